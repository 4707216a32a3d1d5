import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../common/platform/tokens.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { StatusMessage } from '../../../ui/status-message';
import { ApiTokenTable } from './api-token-table';
import { CreateTokenForm } from './create-token-form';
import { NewTokenNotice } from './new-token-notice';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { useApiTokens } from './use-api-tokens';
import { useCreateApiToken } from './use-create-api-token';
import { useRevokeApiToken } from './use-revoke-api-token';
import './tokens.css';

/** API tokens for integrations, for administrators: create (the secret shown once), see when
 *  each was last used, revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation('tokens');
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [asking, setAsking] = useState<ApiToken | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const createHeading = useRef<HTMLHeadingElement>(null);

  const closeDialog = () => {
    setAsking(null);
    revoke.reset();
  };
  const confirmRevoke = (token: ApiToken) =>
    revoke.mutate(token.id, {
      onSuccess: () => {
        setAsking(null);
        setStatus(t('revoke.done', { name: token.name }));
      },
    });

  return (
    <div className="page">
      <PageHeading title={t('title')} />
      <Paragraph className="page--text">{t('intro')}</Paragraph>
      <StatusMessage message={status} />
      <section aria-labelledby="api-token-create" className="page-section page--text">
        <Heading level={2} data-size="sm" id="api-token-create" tabIndex={-1} ref={createHeading}>
          {t('create.heading')}
        </Heading>
        {create.data ? (
          <NewTokenNotice
            created={create.data}
            onDone={() => {
              // Forget the secret, and put focus back where the form reappears.
              create.reset();
              createHeading.current?.focus();
            }}
          />
        ) : (
          <CreateTokenForm
            error={create.error}
            pending={create.isPending}
            onCreate={(body) => {
              setStatus(null);
              create.mutate(body);
            }}
          />
        )}
      </section>
      <section aria-labelledby="api-token-list" className="page-section">
        <Heading level={2} data-size="sm" id="api-token-list">
          {t('list.heading')}
        </Heading>
        {tokens.isPending && <Loading />}
        {tokens.isError && <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data && <ApiTokenTable items={tokens.data.items} onRevoke={setAsking} />}
      </section>
      <RevokeTokenDialog
        token={asking}
        pending={revoke.isPending}
        error={revoke.error}
        onConfirm={confirmRevoke}
        onClose={closeDialog}
      />
    </div>
  );
}
