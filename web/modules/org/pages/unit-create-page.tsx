import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useCreateUnit } from '../api/use-create-unit';
import { useUnits } from '../api/use-units';
import { UnitForm } from '../components/unit-form';
import { useNavigateWithFlash } from '../lib/use-status-message';
import { nextKindBelow } from '../lib/next-kind';
import { useUnitScope } from '../lib/use-unit-scope';
import { retryFor } from '../lib/retry';
import '../org.css';

/** /org/units/new, optionally ?parent=<id> when started from a unit ("New sub-unit"). */
export function UnitCreatePage() {
  const { t } = useTranslation('org');
  const navigateWithFlash = useNavigateWithFlash();
  const [params] = useSearchParams();
  const units = useUnits();
  const create = useCreateUnit();
  const parentId = params.get('parent');
  const scope = useUnitScope(units.data?.items);
  const parent = units.data?.items.find((u) => u.id === parentId && u.active && scope.manages(u.id));

  return (
    <div className="page page--text">
      <PageHeading
        title={parent ? t('unitForm.createUnderTitle', { parent: parent.name }) : t('unitForm.createTitle')}
      />
      {units.isPending ? <Loading /> : null}
      {units.isError ? <QueryError error={units.error} onRetry={retryFor(units)} /> : null}
      {units.data ? (
        <UnitForm
          initial={{
            name: '',
            code: '',
            kind: nextKindBelow(parent?.kind),
            description: '',
            parentId: parent?.id ?? null,
          }}
          parentUnits={units.data.items}
          parentSelectable={(u) => scope.manages(u.id)}
          allowTopLevel={scope.admin}
          submitLabel={t('unitForm.create')}
          cancelTo={parent ? `/org/units/${parent.id}` : '/org'}
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(values, {
              onSuccess: (unit) =>
                navigateWithFlash(`/org/units/${unit.id}`, t('unitForm.created', { name: unit.name })),
            })
          }
        />
      ) : null}
    </div>
  );
}
