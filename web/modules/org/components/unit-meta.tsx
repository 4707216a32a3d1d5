import { useTranslation } from 'react-i18next';
import { isExternalKind } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';

/** "12 people · Manager: Anna Berg" under a unit's name. Boards have chairs rather than
 *  managers, and outside parties usually no people of ours, so for them only what exists is said. */
export function UnitMeta({ unit }: { unit: UnitSummary }) {
  const { t } = useTranslation('org');
  const managers = unit.managerNames;
  const expectsManager = unit.kind !== 'board' && !isExternalKind(unit.kind);
  const parts: string[] = [];
  if (unit.memberCount > 0 || !isExternalKind(unit.kind)) parts.push(t('tree.people', { count: unit.memberCount }));
  if (managers.length > 0) parts.push(t('tree.managers', { count: managers.length, names: managers.join(', ') }));
  else if (expectsManager) parts.push(t('tree.noManager'));
  if (parts.length === 0) return null;
  return <span className="meta">{parts.join(' · ')}</span>;
}
