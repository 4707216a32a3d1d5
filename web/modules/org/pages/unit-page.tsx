import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useUnit } from '../api/use-unit';
import { InactiveTag } from '../components/inactive-tag';
import { StatusMessage } from '../../../ui/status-message';
import { UnitActions } from '../components/unit-actions';
import { UnitBreadcrumbs } from '../components/unit-breadcrumbs';
import { UnitChildren } from '../components/unit-children';
import { UnitFacts } from '../components/unit-facts';
import { UnitMandates } from '../components/unit-mandates';
import { UnitMembers } from '../components/unit-members';
import { useStatusMessage } from '../lib/use-status-message';
import { retryFor } from '../lib/retry';
import '../org.css';

export function UnitPage() {
  const { t } = useTranslation('org');
  const { id = '' } = useParams();
  const unit = useUnit(id);
  const [status, setStatus] = useStatusMessage();
  const data = unit.data;

  return (
    <div className="page">
      {data ? <UnitBreadcrumbs unit={data} /> : null}
      {/* The same h1 stays in place while loading, so the focus the layout puts on it survives. */}
      <PageHeading title={data?.name ?? t('unit.title')} />
      <StatusMessage message={status} />
      {unit.isPending ? <Loading /> : null}
      {unit.isError ? <QueryError error={unit.error} onRetry={retryFor(unit)} /> : null}
      {data ? (
        <>
          {data.active ? null : (
            <p className="org-tags">
              <InactiveTag />
            </p>
          )}
          <UnitActions unit={data} onStatus={setStatus} />
          <UnitFacts unit={data} />
          <UnitChildren unit={data} />
          <UnitMembers unit={data} onStatus={setStatus} />
          <UnitMandates unit={data} />
        </>
      ) : null}
    </div>
  );
}
