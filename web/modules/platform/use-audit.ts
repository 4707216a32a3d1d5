import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditListSchema } from '../../../common/platform/audit.js';
import { api, query } from '../../app/api';

export interface AuditFilter {
  entityType: string;
  entityId: string;
}

export const auditPageSize = 100;

export function useAudit(filter: AuditFilter) {
  return useQuery({
    queryKey: ['audit', filter],
    queryFn: () => api.get(`/audit${query({ ...filter, limit: auditPageSize })}`, auditListSchema),
    // Keep the old rows on screen while a new filter loads, instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}
