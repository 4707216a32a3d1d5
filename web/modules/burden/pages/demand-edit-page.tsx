import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { DemandDetail } from '../../../../common/burden/api.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { retryFor } from '../../org/lib/retry';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { useDemand } from '../api/use-demand';
import { useUpdateDemand } from '../api/use-demand-mutations';
import { DemandForm, type DemandFormValues } from '../components/demand-form';
import '../../org/org.css';
import '../burden.css';

function formValues(demand: DemandDetail): DemandFormValues {
  return {
    title: demand.title,
    description: demand.description,
    kind: demand.kind,
    ownerUnitId: demand.ownerUnit.id,
    ownerPerson: demand.ownerPerson,
    origin: demand.origin,
    originUnitId: demand.originUnit?.id ?? '',
    legalBasis: demand.legalBasis ?? '',
    purpose: demand.purpose,
    resultUsers: demand.resultUsers,
    frequencyUnit: demand.frequencyUnit,
    frequencyCount: String(demand.frequencyCount),
    minutes: String(demand.minutes),
    performers: demand.performers.map((p) => ({
      unitId: p.unit.id,
      includeDescendants: p.includeDescendants,
      role: p.role,
    })),
    performersEntered: demand.performersEntered === null ? '' : String(demand.performersEntered),
    reviewOn: demand.reviewOn ?? '',
    measures: demand.measures,
    focus: demand.focus,
  };
}

/** /burden/demands/:id/edit: the owner, their managers and administrators (the server decides). */
export function DemandEditPage() {
  const { t } = useTranslation('burden');
  const { id = '' } = useParams();
  const demand = useDemand(id);
  const update = useUpdateDemand(id);
  const navigateWithFlash = useNavigateWithFlash();
  const data = demand.data;
  return (
    <div className="page page--text">
      <PageHeading title={data ? t('form.editTitle', { title: data.title }) : t('form.editTitleShort')} />
      {demand.isPending ? <Loading /> : null}
      {demand.isError ? <QueryError error={demand.error} onRetry={retryFor(demand)} /> : null}
      {data ? (
        <DemandForm
          key={data.version}
          initial={formValues(data)}
          submitLabel={t('form.save')}
          cancelTo={`/burden/demands/${data.id}`}
          pending={update.isPending}
          error={update.error}
          onSubmit={(values) =>
            update.mutate(
              { ...values, version: data.version },
              { onSuccess: (saved) => navigateWithFlash(`/burden/demands/${saved.id}`, t('form.saved')) },
            )
          }
        />
      ) : null}
    </div>
  );
}
