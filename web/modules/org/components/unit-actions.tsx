import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UnitDetail } from '../../../../common/org/units.js';
import { MoveUnitDialog } from './move-unit-dialog';
import { UnitActivation } from './unit-activation';

/** What the viewer may do with the unit; the server says so in `can`, the page only follows. */
export function UnitActions({ unit, onStatus }: { unit: UnitDetail; onStatus: (message: string) => void }) {
  const { t } = useTranslation('org');
  const [moving, setMoving] = useState(false);
  if (!unit.can.edit) return null;
  return (
    <div className="button-row">
      <Button asChild variant="secondary">
        <RouterLink to={`/org/units/${unit.id}/edit`}>{t('unit.edit')}</RouterLink>
      </Button>
      {unit.active ? (
        <>
          <Button asChild variant="secondary">
            <RouterLink to={`/org/units/new?parent=${unit.id}`}>{t('unit.newSubUnit')}</RouterLink>
          </Button>
          <Button variant="secondary" onClick={() => setMoving(true)}>
            {t('unit.move')}
          </Button>
        </>
      ) : null}
      <UnitActivation unit={unit} onStatus={onStatus} />
      <MoveUnitDialog open={moving} unit={unit} onClose={() => setMoving(false)} onDone={onStatus} />
    </div>
  );
}
