import { useMutation } from '@tanstack/react-query';
import { auditVerifySchema } from '../../../common/platform/audit.js';
import { api, query } from '../../app/api';

export interface NotedHash {
  seq: string;
  hash: string;
}

/** Runs the integrity check on request (it is recorded in the log, so never on its own). */
export function useVerifyAuditLog() {
  return useMutation({
    mutationFn: (noted: NotedHash) =>
      api.get(`/audit/verify${query({ seq: noted.seq.trim(), hash: noted.hash.trim() })}`, auditVerifySchema),
  });
}
