import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Mandate } from '../../../../common/org/units.js';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { isAdmin, useMe } from '../../platform/use-me';
import { useDeactivateMandate } from '../api/use-deactivate-mandate';
import { useMandates } from '../api/use-mandates';
import { useUnits } from '../api/use-units';
import { ConfirmDialog } from '../components/confirm-dialog';
import { MandateDialog } from '../components/mandate-dialog';
import { MandatesTable } from '../components/mandates-table';
import { StatusMessage } from '../../../ui/status-message';
import { UnitFilterSelect } from '../components/unit-filter-select';
import { SearchField, ShowDeactivatedSwitch } from '../components/list-filters';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { useStatusMessage } from '../lib/use-status-message';
import { useAfterRender } from '../lib/use-after-render';
import { focusPageHeading } from '../../../ui/route-focus';
import { retryFor } from '../lib/retry';
import '../org.css';

/** The delegation rules: who may decide what, and on which decision that rests. */
export function MandatesPage() {
  const { t } = useTranslation('org');
  const admin = isAdmin(useMe().data);
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? undefined;
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const [includeInactive, setIncludeInactive] = useState(false);
  const mandates = useMandates({ q, unitId, includeInactive });
  const units = useUnits();
  const [status, setStatus] = useStatusMessage();
  const [editing, setEditing] = useState<Mandate | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<Mandate | null>(null);
  const deactivate = useDeactivateMandate();
  const items = mandates.data?.items;
  const afterRender = useAfterRender();

  const closeDeactivate = () => {
    deactivate.reset();
    setDeactivating(null);
  };

  return (
    <div className="page">
      <PageHeading title={t('mandates.title')} />
      <Paragraph>{t('mandates.intro')}</Paragraph>
      <StatusMessage message={status} />
      <div className="org-toolbar">
        <SearchField label={t('mandates.searchLabel')} value={text} onChange={setText} />
        {units.data ? (
          <UnitFilterSelect
            label={t('mandates.unitFilter')}
            units={units.data.items}
            value={unitId}
            onChange={(id) => setParams(id ? { unit: id } : {}, { replace: true })}
          />
        ) : null}
        <ShowDeactivatedSwitch checked={includeInactive} onChange={setIncludeInactive} />
        {admin ? <Button onClick={() => setEditing('new')}>{t('mandates.new')}</Button> : null}
      </div>
      <Paragraph role="status" data-size="sm" className="org-hint">
        {items ? t('mandates.count', { count: items.length }) : ''}
      </Paragraph>
      {mandates.isPending ? <Loading /> : null}
      {mandates.isError ? <QueryError error={mandates.error} onRetry={retryFor(mandates)} /> : null}
      {items && items.length > 0 ? (
        <MandatesTable
          mandates={items}
          onEdit={admin ? setEditing : undefined}
          onDeactivate={admin ? setDeactivating : undefined}
        />
      ) : null}
      {items && items.length === 0 ? <Paragraph>{t('mandates.none')}</Paragraph> : null}
      {admin ? (
        <>
          <MandateDialog
            editing={editing}
            units={units.data?.items ?? []}
            onClose={() => setEditing(null)}
            onDone={setStatus}
          />
          <ConfirmDialog
            open={deactivating !== null}
            title={t('mandates.deactivateTitle')}
            confirmLabel={t('mandates.deactivate')}
            destructive
            pending={deactivate.isPending}
            error={deactivate.error}
            onClose={closeDeactivate}
            onConfirm={() => {
              if (!deactivating) return;
              deactivate.mutate(deactivating.id, {
                onSuccess: (saved) => {
                  closeDeactivate();
                  setStatus(t('mandates.deactivated', { title: saved.title }));
                  // The row may have left the list, taking the button that opened the dialog.
                  afterRender(focusPageHeading);
                },
              });
            }}
          >
            <Paragraph>
              {deactivating ? t('mandates.deactivateQuestion', { title: deactivating.title }) : null}
            </Paragraph>
          </ConfirmDialog>
        </>
      ) : null}
    </div>
  );
}
