import { describe, expect, it } from 'vitest';
import { parseOrgCsv } from './parse.js';
import type { ExistingPerson, ExistingUnit, OrgSnapshot } from './snapshot.js';
import { csvBytes, line, personLine, unitLine } from './test-fixtures.js';
import { validateOrgCsv } from './validate.js';

const empty: OrgSnapshot = { units: [], people: [] };

function unit(code: string, parentId: string | null, extra: Partial<ExistingUnit> = {}): ExistingUnit {
  return {
    id: `id-${code}`,
    code,
    name: code,
    kind: parentId ? 'unit' : 'board',
    parentId,
    description: '',
    active: true,
    ...extra,
  };
}

function person(email: string, extra: Partial<ExistingPerson> = {}): ExistingPerson {
  return { id: `id-${email}`, email, name: email, title: '', active: true, roles: [], memberships: [], ...extra };
}

/** A small existing organisation: KS > SOC > AO > HT1, with one administrator. */
const existing: OrgSnapshot = {
  units: [
    unit('KS', null),
    unit('SOC', 'id-KS', { kind: 'administration' }),
    unit('AO', 'id-SOC'),
    unit('HT1', 'id-AO'),
  ],
  people: [
    person('admin@exempelby.se', {
      roles: ['admin'],
      memberships: [{ id: 'm-admin', unitId: 'id-KS', role: 'staff' }],
    }),
    person('anna@exempelby.se', { memberships: [{ id: 'm-anna', unitId: 'id-HT1', role: 'staff' }] }),
  ],
};

function check(lines: string[], snapshot: OrgSnapshot = existing) {
  const file = parseOrgCsv(csvBytes(lines));
  expect(file.rejected).toBe(false);
  return validateOrgCsv(file, snapshot);
}

const found = (lines: string[], snapshot?: OrgSnapshot) =>
  check(lines, snapshot).issues.map((entry) => `${entry.line}:${entry.column ?? ''}:${entry.key}`);

describe('validateOrgCsv: single lines', () => {
  it('maps zod field rules to field.* keys, every problem of a line at once', () => {
    const long = 'x'.repeat(201);
    expect(found([unitLine('-bad', long, 'castle', '', { active: 'maybe' })])).toEqual([
      '2:code:field.invalid',
      `2:name:field.tooLong`,
      '2:kind:field.invalidChoice',
      '2:active:field.invalidChoice',
    ]);
    const result = check([unitLine('X', long, 'unit', 'KS')]);
    expect(result.issues[0]?.params).toEqual({ maximum: 200 });
  });

  it('asks for required cells and a valid e-mail address', () => {
    expect(found([unitLine('', '', 'unit', 'KS'), personLine('', 'Nobody'), personLine('not-an-address', '')])).toEqual(
      [
        '2:code:field.required',
        '2:name:field.required',
        '3:email:field.required',
        '4:email:field.email',
        '4:name:field.required',
      ],
    );
  });

  it('rejects unknown record types and cells that belong to the other type', () => {
    expect(
      found([
        line({ type: 'team', code: 'X' }),
        unitLine('U1', 'U', 'unit', 'KS', { email: 'a@b.se' }),
        personLine('p@x.se', 'P', '', { kind: 'unit' }),
      ]),
    ).toEqual(['2:type:csv.recordType', '3:email:csv.mustBeEmpty', '4:kind:csv.mustBeEmpty']);
  });

  it('reads memberships and roles, and names the bad ones', () => {
    expect(found([personLine('p@x.se', 'P', 'HT1:staff|HT1|:manager|AO:boss', { roles: 'admin|wizard' })])).toEqual([
      '2:roles:field.invalidChoice',
      '2:memberships:csv.badMembership',
      '2:memberships:csv.badMembership',
      '2:memberships:csv.badMembership',
    ]);
  });

  it('stores <script> in a name as plain text: not rejected, not altered', () => {
    const result = check([personLine('x@exempelby.se', '<script>alert(1)</script>', 'HT1:staff')]);
    expect(result.issues).toEqual([]);
    expect(result.plan.people[0]?.after.name).toBe('<script>alert(1)</script>');
  });
});

describe('validateOrgCsv: lines together', () => {
  it('reports duplicate codes and e-mail addresses on the later lines', () => {
    expect(
      found([
        unitLine('U1', 'A', 'unit', 'KS'),
        unitLine('U1', 'B', 'unit', 'KS'),
        personLine('p@x.se', 'P'),
        personLine('P@X.se', 'Q'),
      ]),
    ).toEqual(['3:code:csv.duplicateCode', '5:email:csv.duplicateEmail']);
  });

  it('accepts parents later in the file or already in Tillit, rejects unknown ones', () => {
    expect(
      found([
        unitLine('T1', 'Team', 'team', 'U9'),
        unitLine('U9', 'Unit', 'unit', 'AO'),
        unitLine('T2', 'Team', 'team', 'NOPE'),
      ]),
    ).toEqual(['4:parent_code:csv.unknownParent']);
  });

  it('requires a parent for internal units except boards, not for external parties', () => {
    expect(
      found([
        unitLine('B2', 'Board', 'board'),
        unitLine('P1', 'Partner', 'partner'),
        unitLine('D1', 'Dept', 'department'),
      ]),
    ).toEqual(['4:parent_code:parentRequired']);
  });

  it('finds a cycle made only of file lines', () => {
    expect(
      found([
        unitLine('A1', 'A', 'unit', 'C1'),
        unitLine('B1', 'B', 'unit', 'A1'),
        unitLine('C1', 'C', 'unit', 'B1'),
        unitLine('D1', 'D', 'team', 'C1'),
      ]),
    ).toEqual(['2:parent_code:csv.cycle', '3:parent_code:csv.cycle', '4:parent_code:csv.cycle']);
  });

  it('finds a cycle made by moving an existing unit under its own descendant', () => {
    expect(found([unitLine('SOC', 'SOC', 'administration', 'HT1')])).toEqual(['2:parent_code:csv.cycle']);
    expect(found([unitLine('U1', 'Self', 'unit', 'U1')], empty)).toEqual(['2:parent_code:csv.cycle']);
  });

  it('allows moving a unit when the file also moves what would have made a cycle', () => {
    // AO goes under HT1, but HT1 moves under KS in the same file: no loop in the result.
    expect(found([unitLine('AO', 'AO', 'unit', 'HT1'), unitLine('HT1', 'HT1', 'unit', 'KS')])).toEqual([]);
  });

  it('keeps active units out from under deactivated ones', () => {
    expect(found([unitLine('AO', 'AO', 'unit', 'SOC', { active: 'no' })])).toEqual(['2:active:csv.hasActiveChildren']);
    expect(
      found([unitLine('AO', 'AO', 'unit', 'SOC', { active: 'no' }), unitLine('HT1', 'HT1', 'unit', 'AO')]),
    ).toEqual(['3:parent_code:csv.parentInactive']);
    expect(
      found([
        unitLine('AO', 'AO', 'unit', 'SOC', { active: 'no' }),
        unitLine('HT1', 'HT1', 'unit', 'AO', { active: 'no' }),
      ]),
    ).toEqual([]);
  });

  it('rejects memberships in unknown units and new ones in deactivated units', () => {
    const closed: OrgSnapshot = {
      ...existing,
      units: existing.units.map((u) => (u.code === 'HT1' ? { ...u, active: false } : u)),
    };
    expect(found([personLine('anna@exempelby.se', 'Anna', 'HT1:staff|HT1:deputy|XX:staff')], closed)).toEqual([
      '2:memberships:csv.unitInactive',
      '2:memberships:csv.unknownUnit',
    ]);
  });

  it('treats the e-mail of an existing person as an update, whatever its case', () => {
    const result = check([personLine('ANNA@exempelby.se', 'Anna Ny', 'HT1:staff')]);
    expect(result.issues).toEqual([]);
    expect(result.plan.summary).toMatchObject({ peopleCreated: 0, peopleUpdated: 1 });
  });

  it('will not take away the last active administrator', () => {
    expect(found([personLine('admin@exempelby.se', 'Admin', 'KS:staff', { roles: '' })])).toEqual([
      '2:roles:lastAdmin',
    ]);
    expect(found([personLine('admin@exempelby.se', 'Admin', 'KS:staff', { roles: 'admin', active: 'no' })])).toEqual([
      '2:active:lastAdmin',
    ]);
    expect(
      found([
        personLine('admin@exempelby.se', 'Admin', 'KS:staff'),
        personLine('new@exempelby.se', 'New', '', { roles: 'admin' }),
      ]),
    ).toEqual([]);
  });

  it('caps a flood of problems and says how many more there are', () => {
    const lines = Array.from({ length: 1_200 }, (_, i) => personLine(`p${i}@x.se`, '', 'NOPE:staff'));
    const { issues } = check(lines);
    expect(issues).toHaveLength(1_001);
    expect(issues.at(-1)).toMatchObject({ key: 'csv.moreIssues', params: { count: 1_400 } });
  });
});

describe('validateOrgCsv: the plan', () => {
  it('counts creations, updates, deactivations and membership changes', () => {
    const result = check([
      unitLine('NEW', 'Ny enhet', 'unit', 'AO'),
      unitLine('HT1', 'Hemtjänst 1', 'unit', 'AO'),
      unitLine('AO', 'AO', 'unit', 'SOC'),
      personLine('anna@exempelby.se', 'anna@exempelby.se', 'NEW:staff', { active: 'no' }),
      personLine('new@exempelby.se', 'New', 'NEW:manager|HT1:staff'),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.plan.summary).toEqual({
      unitsCreated: 1,
      unitsUpdated: 1,
      unitsDeactivated: 0,
      peopleCreated: 1,
      peopleUpdated: 0,
      peopleDeactivated: 1,
      membershipsAdded: 3,
      membershipsEnded: 1,
      lines: 5,
    });
  });

  it('orders new units so that each comes after its parent', () => {
    const result = check([
      unitLine('C', 'C', 'team', 'B'),
      unitLine('B', 'B', 'unit', 'A'),
      unitLine('A', 'A', 'department', 'SOC'),
    ]);
    expect(result.plan.units.map((change) => change.line.code)).toEqual(['A', 'B', 'C']);
  });
});
