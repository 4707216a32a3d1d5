// Every signals query lives under ['signals', ...], so one invalidation after a change refreshes the
// board, the signal and the figures together.
import type { SignalKind, SignalStatus } from '../../../../common/signals/vocabulary.js';
import type { signalSorts } from '../../../../common/signals/signals.js';

export type SignalSort = (typeof signalSorts)[number];

export interface SignalListParams {
  unitId?: string;
  status?: SignalStatus;
  kind?: SignalKind;
  waiting?: 'mine';
  q?: string;
  sort: SignalSort;
  page: number;
  pageSize: number;
}

export const signalKeys = {
  all: ['signals'] as const,
  list: (params: SignalListParams) => ['signals', 'list', params] as const,
  detail: (id: string) => ['signals', 'detail', id] as const,
  handUpTargets: (id: string) => ['signals', 'hand-up-targets', id] as const,
  figures: (unitId: string) => ['signals', 'figures', unitId] as const,
  settings: ['signals', 'settings'] as const,
  /** The key stays in memory only (React Query's cache); it is never written to storage. */
  follow: (key: string) => ['signals', 'follow', key] as const,
};
