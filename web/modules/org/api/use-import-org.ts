import { useQueryClient } from '@tanstack/react-query';
import { useGuardedMutation } from './use-guarded-mutation';
import { importResultSchema, type ImportMode } from '../../../../common/org/csv-format.js';
import { api, query } from '../../../app/api';
import { invalidateOrg } from './invalidate-org';

/** The file goes up as raw bytes (a Blob), so the server itself checks encoding and delimiter. */
export function importOrg(file: Blob, mode: ImportMode) {
  return api.post(`/org/import${query({ mode })}`, importResultSchema, file);
}

export function useImportOrg() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: ({ file, mode }: { file: Blob; mode: ImportMode }) => importOrg(file, mode),
    onSuccess: async (result) => {
      // A dry run writes nothing; only a real import makes cached org data stale.
      if (result.mode === 'apply') await invalidateOrg(queryClient);
    },
  });
}
