import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useUnit } from '../api/use-unit';
import { useUpdateUnit } from '../api/use-update-unit';
import { UnitForm } from '../components/unit-form';
import { useNavigateWithFlash } from '../lib/use-status-message';
import { retryFor } from '../lib/retry';
import '../org.css';

export function UnitEditPage() {
  const { t } = useTranslation('org');
  const navigateWithFlash = useNavigateWithFlash();
  const { id = '' } = useParams();
  const unit = useUnit(id);
  const update = useUpdateUnit(id);
  const data = unit.data;

  return (
    <div className="page page--text">
      <PageHeading title={data ? t('unitForm.editTitle', { name: data.name }) : t('unitForm.editTitleLoading')} />
      {unit.isPending ? <Loading /> : null}
      {unit.isError ? <QueryError error={unit.error} onRetry={retryFor(unit)} /> : null}
      {data ? (
        <UnitForm
          initial={{
            name: data.name,
            code: data.code,
            kind: data.kind,
            description: data.description,
            parentId: data.parentId,
          }}
          submitLabel={t('common.save')}
          cancelTo={`/org/units/${data.id}`}
          pending={update.isPending}
          error={update.error}
          onSubmit={({ name, code, kind, description }) =>
            update.mutate(
              { name, code, kind, description },
              {
                onSuccess: (saved) =>
                  navigateWithFlash(`/org/units/${saved.id}`, t('unitForm.saved', { name: saved.name })),
              },
            )
          }
        />
      ) : null}
    </div>
  );
}
