import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { useNavigateWithFlash } from '../../org/lib/use-status-message';
import { useMe } from '../../platform/use-me';
import { newIdempotencyKey } from '../../signals/lib/idempotency-key';
import { useCreateDemand } from '../api/use-demand-mutations';
import { DemandForm, emptyDemand } from '../components/demand-form';
import '../../org/org.css';
import '../burden.css';

/** /burden/demands/new: administrators and managers register a demand (the server checks the unit). */
export function DemandCreatePage() {
  const { t } = useTranslation('burden');
  const me = useMe().data;
  const create = useCreateDemand();
  const navigateWithFlash = useNavigateWithFlash();
  // One key per filled-in form: a double submit (or a retry after a lost answer) gives one demand.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const managed = me?.memberships.find((m) => m.role === 'manager')?.unitId ?? me?.memberships[0]?.unitId ?? '';
  return (
    <div className="page page--text">
      <PageHeading title={t('form.createTitle')} />
      {me ? (
        <DemandForm
          initial={emptyDemand(managed)}
          submitLabel={t('form.create')}
          cancelTo="/burden/demands"
          pending={create.isPending}
          error={create.error}
          onSubmit={(values) =>
            create.mutate(
              { ...values, idempotencyKey },
              { onSuccess: (demand) => navigateWithFlash(`/burden/demands/${demand.id}`, t('form.created')) },
            )
          }
        />
      ) : (
        <Loading />
      )}
    </div>
  );
}
