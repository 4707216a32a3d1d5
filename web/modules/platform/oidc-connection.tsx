import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { oidcLinkOutcomes } from '../../../common/platform/identity.js';
import { isOneOf } from '../../../common/platform/one-of.js';
import { useFormat } from '../../ui/format';
import { StatusMessage } from '../../ui/status-message';
import { IdentityRemoveButton } from './identity-remove-button';
import { oidcStartHref, useAuthProviders } from './use-auth-providers';
import { useDisconnectIdentity } from './use-disconnect-identity';
import { useMyIdentity } from './use-my-identity';

/** Settings: the person's account at the organisation's identity provider. Connecting goes to the
 *  provider and back (`?identity=<outcome>` tells how it went); disconnecting stays here. */
export function OidcConnection() {
  const { t } = useTranslation('identity');
  const { formatDate } = useFormat();
  const [params] = useSearchParams();
  const providers = useAuthProviders();
  const identity = useMyIdentity();
  const disconnect = useDisconnectIdentity();
  const [status, setStatus] = useState<string>();
  const outcome = params.get('identity');
  const oidc = providers.data?.oidc ?? null;
  const connected = identity.data?.identities[0];
  // Nothing to say when no provider is configured and nothing is connected.
  if (!oidc && !connected) return null;
  const name = oidc?.name ?? connected?.issuer ?? '';

  return (
    <section aria-labelledby="identity-connection" className="page-section">
      <Heading level={2} data-size="sm" id="identity-connection">
        {t('connection.heading')}
      </Heading>
      <StatusMessage message={status ?? (outcome === 'linked' ? t('connection.outcomes.linked', { name }) : null)} />
      {isOneOf(oidcLinkOutcomes, outcome) && outcome !== 'linked' && !status ? (
        <Alert data-color={outcome === 'denied' ? 'warning' : 'danger'} role="alert">
          <Paragraph>{t(`connection.outcomes.${outcome}`)}</Paragraph>
        </Alert>
      ) : null}
      {connected ? (
        <>
          <div className="stacked">
            <Paragraph>{t('connection.connected', { name, date: formatDate(connected.connectedAt) })}</Paragraph>
            <Paragraph className="meta">
              {connected.lastUsedAt
                ? t('connection.lastUsed', { date: formatDate(connected.lastUsedAt) })
                : t('connection.neverUsed')}
            </Paragraph>
          </div>
          <IdentityRemoveButton
            label={t('connection.disconnect')}
            title={t('connection.confirmTitle', { name })}
            text={t('connection.confirmText')}
            confirmLabel={t('connection.disconnect')}
            pending={disconnect.isPending}
            error={disconnect.error}
            onConfirm={(close) =>
              disconnect.mutate(undefined, {
                onSuccess: () => {
                  close();
                  setStatus(t('connection.disconnected'));
                },
              })
            }
          />
        </>
      ) : oidc ? (
        <>
          <Paragraph>{t('connection.intro', { name })}</Paragraph>
          <div className="button-row">
            <Button asChild variant="secondary">
              <a href={oidcStartHref({ link: true })}>{t('connection.connect', { name })}</a>
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
