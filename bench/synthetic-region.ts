// A synthetic region as database rows, for the barometer benchmark: about 4,000 units seven levels
// deep (board, administration, 8 departments, 40 areas, 200 sections, 1,200 units, 2,400 teams)
// and 50,000 people, each a member of one team, one manager per team. Deterministic: the same
// seed gives the same region, so figures can be compared run to run.
import { mulberry32 } from '../server/demo/random.js';

export interface RegionUnit {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  kind: 'board' | 'administration' | 'department' | 'unit' | 'team';
  depth: number;
}

export interface RegionPerson {
  id: string;
  teamId: string;
  manager: boolean;
}

export interface Region {
  units: RegionUnit[];
  teams: RegionUnit[];
  people: RegionPerson[];
  /** The department used for the "one department" figures. */
  departmentId: string;
}

/** A uuid-shaped id from a counter: deterministic, and distinct per kind of row. */
function idOf(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function syntheticRegion(peopleTotal = 50_000, seed = 2026): Region {
  const rng = mulberry32(seed);
  const units: RegionUnit[] = [];
  let unitCount = 0;
  const add = (parent: RegionUnit | null, kind: RegionUnit['kind'], name: string): RegionUnit => {
    unitCount += 1;
    const unit = {
      id: idOf(1, unitCount),
      parent_id: parent?.id ?? null,
      code: `R-${unitCount}`,
      name,
      kind,
      depth: parent ? parent.depth + 1 : 0,
    };
    units.push(unit);
    return unit;
  };
  const board = add(null, 'board', 'Regionstyrelsen');
  const administration = add(board, 'administration', 'Regionkontoret');
  const teams: RegionUnit[] = [];
  const fanOut: Array<[RegionUnit['kind'], number, string]> = [
    ['department', 8, 'Förvaltning'],
    ['department', 5, 'Område'],
    ['unit', 5, 'Sektion'],
    ['unit', 6, 'Enhet'],
    ['team', 2, 'Arbetslag'],
  ];
  let level: RegionUnit[] = [administration];
  for (const [kind, count, label] of fanOut) {
    const next: RegionUnit[] = [];
    for (const parent of level)
      for (let i = 1; i <= count; i += 1) next.push(add(parent, kind, `${label} ${parent.code}.${i}`));
    level = next;
  }
  teams.push(...level);
  const departmentId = units.find((u) => u.kind === 'department')?.id ?? administration.id;

  // Teams of uneven size (8 to 34), scaled so the total is peopleTotal.
  const weights = teams.map(() => 8 + Math.floor(rng() * 27));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const people: RegionPerson[] = [];
  let personCount = 0;
  teams.forEach((team, index) => {
    const size =
      index === teams.length - 1
        ? peopleTotal - personCount
        : Math.max(3, Math.round(((weights[index] ?? 8) * peopleTotal) / weightSum));
    for (let i = 0; i < size && personCount < peopleTotal; i += 1) {
      personCount += 1;
      people.push({ id: idOf(2, personCount), teamId: team.id, manager: i === 0 });
    }
  });
  return { units, teams, people, departmentId };
}
