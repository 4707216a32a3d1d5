import { useQuery } from '@tanstack/react-query';
import { unitListSchema } from '../../../../common/org/units.js';
import { api, query } from '../../../app/api';
import { orgKeys, type UnitListParams } from './query-keys';

export function getUnits(params: UnitListParams) {
  return api.get(`/units${query({ includeInactive: params.includeInactive ? 'true' : undefined })}`, unitListSchema);
}

/** The whole unit list; trees, paths and pickers are built from it in the browser. */
export function useUnits(params: UnitListParams = { includeInactive: false }) {
  return useQuery({ queryKey: orgKeys.units(params), queryFn: () => getUnits(params) });
}
