// Every barometer query lives under ['barometer', ...], so one invalidation after a change (an
// answer, a closed wave) refreshes the lists, the results and the home page's "needs me".
import type { QueryClient } from '@tanstack/react-query';

const enc = encodeURIComponent;

export const barometerKeys = {
  all: ['barometer'] as const,
  waves: ['barometer', 'waves'] as const,
  wave: (id: string) => ['barometer', 'wave', id] as const,
  form: (id: string) => ['barometer', 'form', id] as const,
  heatmap: (id: string, unitId: string | undefined) => ['barometer', 'heatmap', id, unitId ?? ''] as const,
  items: (id: string, unitId: string | undefined) => ['barometer', 'items', id, unitId ?? ''] as const,
  trend: (unitId: string, instrument: string) => ['barometer', 'trend', unitId, instrument] as const,
  coordination: (id: string, unitId: string | undefined) => ['barometer', 'coordination', id, unitId ?? ''] as const,
  chain: (id: string, unitId: string | undefined) => ['barometer', 'chain', id, unitId ?? ''] as const,
  dialogue: (id: string, unitId: string) => ['barometer', 'dialogue', id, unitId] as const,
  instruments: ['barometer', 'instruments'] as const,
  settings: ['barometer', 'settings'] as const,
};

export const wavePath = (id: string) => `/barometer/waves/${enc(id)}`;

/** After anything changes: the barometer's own views and the home page's list may be stale. */
export async function invalidateBarometer(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: barometerKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['home'] }),
  ]);
}
