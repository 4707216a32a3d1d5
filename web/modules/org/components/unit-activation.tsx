import type { UnitDetail } from '../../../../common/org/units.js';
import { useDeactivateUnit } from '../api/use-deactivate-unit';
import { useReactivateUnit } from '../api/use-reactivate-unit';
import { ActivationToggle } from './activation-toggle';

/** Deactivating keeps the unit and its history (for audits and old records) but takes it out of
 *  use; reactivating brings it back. */
export function UnitActivation({ unit, onStatus }: { unit: UnitDetail; onStatus: (message: string) => void }) {
  const deactivate = useDeactivateUnit(unit.id);
  const reactivate = useReactivateUnit(unit.id);
  return (
    <ActivationToggle
      section="unit"
      target={unit}
      mutation={unit.active ? deactivate : reactivate}
      onStatus={onStatus}
    />
  );
}
