import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { useDeactivateUnit } from '../api/use-deactivate-unit';
import { useReactivateUnit } from '../api/use-reactivate-unit';
import { ConfirmDialog } from './confirm-dialog';

/** Deactivating keeps the unit and its history (for audits and old records) but takes it out of
 *  use; reactivating brings it back. */
export function UnitActivation({ unit, onStatus }: { unit: UnitDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const [open, setOpen] = useState(false);
  const deactivate = useDeactivateUnit(unit.id);
  const reactivate = useReactivateUnit(unit.id);
  const mutation = unit.active ? deactivate : reactivate;
  const close = () => {
    mutation.reset();
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" data-color={unit.active ? 'danger' : 'accent'} onClick={() => setOpen(true)}>
        {unit.active ? t('unit.deactivate') : t('unit.reactivate')}
      </Button>
      <ConfirmDialog
        open={open}
        title={
          unit.active ? t('unit.deactivateTitle', { name: unit.name }) : t('unit.reactivateTitle', { name: unit.name })
        }
        confirmLabel={unit.active ? t('unit.deactivate') : t('unit.reactivate')}
        destructive={unit.active}
        pending={mutation.isPending}
        error={mutation.error}
        onClose={close}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: (updated) => {
              close();
              onStatus(updated.active ? t('unit.reactivated') : t('unit.deactivated'));
            },
          })
        }
      >
        <Paragraph>{unit.active ? t('unit.deactivateExplain') : t('unit.reactivateExplain')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
