import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { usePerson } from '../api/use-person';
import { useUpdatePerson } from '../api/use-update-person';
import { PersonForm } from '../components/person-form';
import { useNavigateWithFlash } from '../lib/use-status-message';
import { retryFor } from '../lib/retry';
import '../org.css';

export function PersonEditPage() {
  const { t } = useTranslation('org');
  const navigateWithFlash = useNavigateWithFlash();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const update = useUpdatePerson(id);
  const data = person.data;

  return (
    <div className="page page--text">
      <PageHeading title={data ? t('personForm.editTitle', { name: data.name }) : t('personForm.editTitleLoading')} />
      {person.isPending ? <Loading /> : null}
      {person.isError ? <QueryError error={person.error} onRetry={retryFor(person)} /> : null}
      {data ? (
        <PersonForm
          initial={{ name: data.name, email: data.email, title: data.title, unitId: null, role: 'staff' }}
          submitLabel={t('common.save')}
          cancelTo={`/org/people/${data.id}`}
          pending={update.isPending}
          error={update.error}
          onSubmit={({ name, email, title }) =>
            update.mutate(
              { name, email, title },
              {
                onSuccess: (saved) =>
                  navigateWithFlash(`/org/people/${saved.id}`, t('personForm.saved', { name: saved.name })),
              },
            )
          }
        />
      ) : null}
    </div>
  );
}
