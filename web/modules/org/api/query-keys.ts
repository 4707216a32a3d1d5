// Every org query lives under ['org', ...] so one invalidation refreshes all of them after a change:
// moving a unit or ending a membership alters the tree, member counts and people lists at once.
export interface UnitListParams {
  includeInactive: boolean;
}

export interface PeopleListParams {
  q: string;
  unitId: string | undefined;
  includeInactive: boolean;
  offset: number;
  limit: number;
  /** Search every active person, to choose someone to add to a unit (managers and admins). */
  directory?: boolean;
}

export interface MandateListParams {
  q: string;
  unitId: string | undefined;
  includeInactive: boolean;
}

export const orgKeys = {
  all: ['org'] as const,
  units: (params: UnitListParams) => ['org', 'units', params] as const,
  unit: (id: string) => ['org', 'unit', id] as const,
  people: (params: PeopleListParams) => ['org', 'people', params] as const,
  person: (id: string) => ['org', 'person', id] as const,
  mandates: (params: MandateListParams) => ['org', 'mandates', params] as const,
};
