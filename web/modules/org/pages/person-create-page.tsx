import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useCreatePerson } from '../api/use-create-person';
import { useUnits } from '../api/use-units';
import { localFieldError } from '../components/form-errors';
import { PersonForm } from '../components/person-form';
import { useNavigateWithFlash } from '../lib/use-status-message';
import { useUnitScope } from '../lib/use-unit-scope';
import { retryFor } from '../lib/retry';
import '../org.css';

/** /org/people/new, optionally ?unit=<id> to start in a given unit. */
export function PersonCreatePage() {
  const { t } = useTranslation('org');
  const navigateWithFlash = useNavigateWithFlash();
  const [params] = useSearchParams();
  const units = useUnits();
  const create = useCreatePerson();
  const [localError, setLocalError] = useState<Error | null>(null);
  const scope = useUnitScope(units.data?.items);
  const presetUnit = units.data?.items.find((u) => u.id === params.get('unit') && u.active && scope.manages(u.id));

  return (
    <div className="page page--text">
      <PageHeading title={t('personForm.createTitle')} />
      {units.isPending ? <Loading /> : null}
      {units.isError ? <QueryError error={units.error} onRetry={retryFor(units)} /> : null}
      {units.data ? (
        <PersonForm
          initial={{ name: '', email: '', title: '', unitId: presetUnit?.id ?? null, role: 'staff' }}
          units={units.data.items}
          unitSelectable={(u) => scope.manages(u.id)}
          submitLabel={t('personForm.create')}
          cancelTo="/org/people"
          pending={create.isPending}
          error={localError ?? create.error}
          onSubmit={({ name, email, title, unitId, role }) => {
            if (unitId === null) {
              setLocalError(localFieldError('unitId', t('personForm.unitRequired'), t('form.checkFields')));
              return;
            }
            setLocalError(null);
            create.mutate(
              { name, email, title, unitId, role },
              {
                onSuccess: (person) =>
                  navigateWithFlash(`/org/people/${person.id}`, t('personForm.created', { name: person.name })),
              },
            );
          }}
        />
      ) : null}
    </div>
  );
}
