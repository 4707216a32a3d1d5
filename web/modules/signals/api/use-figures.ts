import { useQuery } from '@tanstack/react-query';
import { figuresSchema } from '../../../../common/signals/signals.js';
import { api, query } from '../../../app/api';
import { signalKeys } from './query-keys';

export function getFigures(unitId: string) {
  return api.get(`/signals/figures${query({ unitId })}`, figuresSchema);
}

export function useFigures(unitId: string | undefined) {
  return useQuery({
    queryKey: signalKeys.figures(unitId ?? ''),
    queryFn: () => getFigures(unitId ?? ''),
    enabled: unitId !== undefined,
  });
}
