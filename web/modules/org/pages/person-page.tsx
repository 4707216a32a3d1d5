import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { usePerson } from '../api/use-person';
import { InactiveTag } from '../components/inactive-tag';
import { PersonActivation } from '../components/person-activation';
import { PersonFacts } from '../components/person-facts';
import { PersonMemberships } from '../components/person-memberships';
import { PersonRoles } from '../components/person-roles';
import { StatusMessage } from '../../../ui/status-message';
import { useStatusMessage } from '../lib/use-status-message';
import { PersonIdentity } from '../../platform/person-identity';
import { AccessRequestDownload } from '../../platform/privacy/access-request-download';
import { PersonSignInHelp } from '../../platform/security/person-sign-in-help';
import { retryFor } from '../lib/retry';
import '../org.css';

export function PersonPage() {
  const { t } = useTranslation('org');
  const { id = '' } = useParams();
  const person = usePerson(id);
  const [status, setStatus] = useStatusMessage();
  const data = person.data;

  return (
    <div className="page">
      <AppLink to="/org/people">{t('person.backToPeople')}</AppLink>
      <PageHeading title={data?.name ?? t('person.title')} />
      <StatusMessage message={status} />
      {person.isPending ? <Loading /> : null}
      {person.isError ? <QueryError error={person.error} onRetry={retryFor(person)} /> : null}
      {data ? (
        <>
          {data.active ? null : (
            <p className="org-tags">
              <InactiveTag />
            </p>
          )}
          {data.can.edit || data.can.deactivate ? (
            <div className="button-row">
              {data.can.edit ? (
                <Button asChild variant="secondary">
                  <RouterLink to={`/org/people/${data.id}/edit`}>{t('person.edit')}</RouterLink>
                </Button>
              ) : null}
              {data.can.deactivate ? <PersonActivation person={data} onStatus={setStatus} /> : null}
            </div>
          ) : null}
          <PersonFacts person={data} />
          <PersonMemberships person={data} onStatus={setStatus} />
          <PersonRoles person={data} onStatus={setStatus} />
          <PersonIdentity person={data} onStatus={setStatus} />
          <AccessRequestDownload person={data} />
          <PersonSignInHelp person={data} onStatus={setStatus} />
        </>
      ) : null}
    </div>
  );
}
