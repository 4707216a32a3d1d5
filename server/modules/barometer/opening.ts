// Opening a wave: freeze the organisation as it is now (units of the target subtree and one unit
// per invited person), lock the thresholds, and invite. Moving people later cannot shrink a group
// of this wave.
import type { Insertable, Transaction } from 'kysely';
import { isExternalKind } from '../../../common/org/roles.js';
import type { Database } from '../../db/schema.js';
import type { BarometerParticipationTable, BarometerWaveUnitTable } from '../../db/schema-barometer.js';
import type { Notifier } from '../../platform/notifications/notify.js';
import { moveWaveStatus, readSettings, type WaveRow } from './repo.js';
import { batches } from '../../db/batches.js';

interface SnapshotUnit {
  id: string;
  parentId: string | null;
  name: string;
  code: string;
}

/**
 * The wave's tree in display order. For the whole organisation the top is the organisation itself
 * (a node with the wave's id); for a unit, the unit. Inactive and external units are left out.
 */
export function snapshotTree(
  units: readonly { id: string; parent_id: string | null; name: string; code: string; kind: string; active: number }[],
  scope: { unitId: string } | { organisationNodeId: string; organisationName: string },
): Insertable<BarometerWaveUnitTable>[] {
  const usable = units.filter((u) => u.active === 1 && !isExternalKind(u.kind));
  const byParent = new Map<string | null, SnapshotUnit[]>();
  for (const u of usable) {
    const list = byParent.get(u.parent_id) ?? [];
    list.push({ id: u.id, parentId: u.parent_id, name: u.name, code: u.code });
    byParent.set(u.parent_id, list);
  }
  for (const list of byParent.values())
    list.sort((a, b) => a.name.localeCompare(b.name, 'sv') || (a.id < b.id ? -1 : 1));

  const rows: Insertable<BarometerWaveUnitTable>[] = [];
  const stack: { unit: SnapshotUnit; depth: number }[] = [];
  if ('unitId' in scope) {
    const top = usable.find((u) => u.id === scope.unitId);
    if (!top) return [];
    stack.push({ unit: { id: top.id, parentId: null, name: top.name, code: top.code }, depth: 0 });
  } else {
    rows.push({
      wave_id: '',
      unit_id: scope.organisationNodeId,
      parent_id: null,
      name: scope.organisationName,
      code: '',
      depth: 0,
      sort: 0,
      invited: null,
      answered: null,
    });
    const tops = byParent.get(null) ?? [];
    for (let i = tops.length - 1; i >= 0; i -= 1) {
      const unit = tops[i];
      if (unit) stack.push({ unit: { ...unit, parentId: scope.organisationNodeId }, depth: 1 });
    }
  }
  const seen = new Set<string>();
  while (stack.length > 0) {
    const next = stack.pop();
    if (!next || seen.has(next.unit.id)) continue;
    seen.add(next.unit.id);
    rows.push({
      wave_id: '',
      unit_id: next.unit.id,
      parent_id: next.unit.parentId,
      name: next.unit.name,
      code: next.unit.code,
      depth: next.depth,
      sort: rows.length,
      invited: null,
      answered: null,
    });
    const children = byParent.get(next.unit.id) ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child) stack.push({ unit: child, depth: next.depth + 1 });
    }
  }
  return rows;
}

/**
 * One unit per invited person: of their active memberships in the snapshot, the deepest unit (the
 * most specific group they work in); a tie goes to the unit first in tree order. A person who
 * manages or deputises for any unit of the snapshot is a manager for manager-only items.
 */
export function placePeople(
  memberships: readonly { person_id: string; unit_id: string; role: string }[],
  tree: readonly { unit_id: string; depth: number; sort: number }[],
): { personId: string; unitId: string; isManager: boolean }[] {
  const node = new Map(tree.map((t) => [t.unit_id, t]));
  const placed = new Map<string, { unitId: string; depth: number; sort: number; isManager: boolean }>();
  for (const m of memberships) {
    const at = node.get(m.unit_id);
    if (!at) continue;
    const manages = m.role === 'manager' || m.role === 'deputy';
    const current = placed.get(m.person_id);
    if (!current) {
      placed.set(m.person_id, { unitId: m.unit_id, depth: at.depth, sort: at.sort, isManager: manages });
      continue;
    }
    current.isManager = current.isManager || manages;
    if (at.depth > current.depth || (at.depth === current.depth && at.sort < current.sort)) {
      current.unitId = m.unit_id;
      current.depth = at.depth;
      current.sort = at.sort;
    }
  }
  return [...placed].map(([personId, p]) => ({ personId, unitId: p.unitId, isManager: p.isManager }));
}

/** Opens a draft (if it still is one): snapshot, participation, locked thresholds, invitations. */
export async function openWave(
  trx: Transaction<Database>,
  notifier: Notifier,
  wave: WaveRow,
  at: string,
): Promise<boolean> {
  if (!(await moveWaveStatus(trx, wave.id, 'draft', 'open', at))) return false;
  const settings = await readSettings(trx);
  // Thresholds are locked at the organisation's current values (a wave set higher keeps its own).
  await trx
    .updateTable('barometer_waves')
    .set({
      min_group: Math.max(wave.min_group, settings.minGroup),
      min_comments: Math.max(wave.min_comments, settings.minComments),
    })
    .where('id', '=', wave.id)
    .execute();
  const units = await trx.selectFrom('units').select(['id', 'parent_id', 'name', 'code', 'kind', 'active']).execute();
  const org = await trx.selectFrom('organisation').select('name').executeTakeFirst();
  const tree = snapshotTree(
    units,
    wave.scope_unit_id
      ? { unitId: wave.scope_unit_id }
      : { organisationNodeId: wave.id, organisationName: org?.name ?? '' },
  ).map((row) => ({ ...row, wave_id: wave.id }));
  for (const rows of batches(tree, 500)) await trx.insertInto('barometer_wave_units').values(rows).execute();

  const unitIds = tree.map((t) => t.unit_id);
  const memberships: { person_id: string; unit_id: string; role: string }[] = [];
  for (const ids of batches(unitIds, 500)) {
    memberships.push(
      ...(await trx
        .selectFrom('memberships as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['m.person_id', 'm.unit_id', 'm.role'])
        .where('m.ended_at', 'is', null)
        .where('p.active', '=', 1)
        .where('m.unit_id', 'in', ids)
        .execute()),
    );
  }
  const placed = placePeople(
    memberships,
    tree.map((t) => ({ unit_id: t.unit_id, depth: t.depth, sort: t.sort ?? 0 })),
  );
  const participation: Insertable<BarometerParticipationTable>[] = placed.map((p) => ({
    wave_id: wave.id,
    person_id: p.personId,
    unit_id: p.unitId,
    is_manager: p.isManager ? 1 : 0,
    answered: 0,
  }));
  for (const rows of batches(participation, 500))
    await trx.insertInto('barometer_participation').values(rows).execute();
  for (const p of placed)
    await notifier.notify(trx, {
      personId: p.personId,
      kind: 'barometer.invited',
      params: { title: wave.title },
      link: `/barometer/waves/${wave.id}/answer`,
    });
  return true;
}
