import { useQuery } from '@tanstack/react-query';
import {
  chainSchema,
  coordinationSchema,
  heatmapSchema,
  itemsResultSchema,
  trendSchema,
} from '../../../../common/barometer/api.js';
import { api, query } from '../../../app/api';
import { barometerKeys, wavePath } from './query-keys';

export function useHeatmap(id: string, unitId: string | undefined) {
  return useQuery({
    queryKey: barometerKeys.heatmap(id, unitId),
    queryFn: () => api.get(`${wavePath(id)}/heatmap${query({ unitId })}`, heatmapSchema),
  });
}

export function useItemsResult(id: string, unitId: string | undefined) {
  return useQuery({
    queryKey: barometerKeys.items(id, unitId),
    queryFn: () => api.get(`${wavePath(id)}/items${query({ unitId })}`, itemsResultSchema),
  });
}

export function useTrend(unitId: string | undefined, instrument: string | undefined) {
  return useQuery({
    queryKey: barometerKeys.trend(unitId ?? '', instrument ?? ''),
    queryFn: () =>
      api.get(`/barometer/units/${encodeURIComponent(unitId ?? '')}/trend${query({ instrument })}`, trendSchema),
    enabled: unitId !== undefined && instrument !== undefined,
  });
}

export function useCoordination(id: string, unitId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: barometerKeys.coordination(id, unitId),
    queryFn: () => api.get(`${wavePath(id)}/coordination${query({ unitId })}`, coordinationSchema),
    enabled,
  });
}

export function useChain(id: string, unitId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: barometerKeys.chain(id, unitId),
    queryFn: () => api.get(`${wavePath(id)}/chain${query({ unitId })}`, chainSchema),
    enabled,
  });
}

/** The HME export (every unit the reader may see) is a file the browser downloads itself, with
 *  the session cookie. */
export function hmeExportHref(id: string): string {
  return `/api/v1${wavePath(id)}/hme.csv`;
}
