import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { QueryError } from '../../ui/query-error';
import { IdentityRemoveButton } from './identity-remove-button';
import { useMe, isAdmin } from './use-me';
import { usePersonIdentity } from './use-person-identity';
import { useRemovePersonIdentity } from './use-remove-person-identity';

/** On a person's page, for administrators: whether the person has connected an account at the
 *  identity provider, and a way to remove the connection (a wrong or compromised account). */
export function PersonIdentity({
  person,
  onStatus,
}: {
  person: { id: string; name: string };
  onStatus: (message: string) => void;
}) {
  const { t } = useTranslation('identity');
  const { formatDate } = useFormat();
  const admin = isAdmin(useMe().data);
  const identity = usePersonIdentity(person.id, admin);
  const remove = useRemovePersonIdentity(person.id);
  if (!admin) return null;
  const connected = identity.data?.identities[0];

  return (
    <section aria-labelledby="identity-person" className="page-section">
      <Heading level={2} data-size="sm" id="identity-person">
        {t('person.heading')}
      </Heading>
      {identity.isError ? <QueryError error={identity.error} onRetry={() => void identity.refetch()} /> : null}
      {identity.data && !connected ? <Paragraph>{t('person.none')}</Paragraph> : null}
      {connected ? (
        <>
          <div className="stacked">
            <Paragraph>
              {t('person.connected', { date: formatDate(connected.connectedAt), issuer: connected.issuer })}
            </Paragraph>
            <Paragraph className="meta">
              {connected.lastUsedAt
                ? t('connection.lastUsed', { date: formatDate(connected.lastUsedAt) })
                : t('connection.neverUsed')}
            </Paragraph>
          </div>
          <IdentityRemoveButton
            label={t('person.remove')}
            title={t('person.confirmTitle', { name: person.name })}
            text={t('person.confirmText')}
            confirmLabel={t('person.remove')}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={(close) =>
              remove.mutate(undefined, {
                onSuccess: () => {
                  close();
                  onStatus(t('person.removed', { name: person.name }));
                },
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}
