// Every burden query lives under ['burden', ...], so one invalidation after a change refreshes the
// inventory, the overview, the rounds and the page being read together.
import type { DemandKind, DemandOrigin, DemandStatus } from '../../../../common/burden/vocabulary.js';

export interface DemandListParams {
  unitId?: string;
  kind?: DemandKind;
  origin?: DemandOrigin;
  status?: DemandStatus;
  mine?: 'performing' | 'owning';
  q?: string;
  sort?: 'hours' | 'title' | 'updated';
  page: number;
  pageSize: number;
}

export const burdenKeys = {
  all: ['burden'] as const,
  list: (params: DemandListParams) => ['burden', 'list', params] as const,
  demand: (id: string) => ['burden', 'demand', id] as const,
  toAssess: ['burden', 'to-assess'] as const,
  overview: (unitId: string | undefined) => ['burden', 'overview', unitId ?? ''] as const,
  rounds: ['burden', 'rounds'] as const,
  round: (id: string) => ['burden', 'round', id] as const,
  settings: ['burden', 'settings'] as const,
};
