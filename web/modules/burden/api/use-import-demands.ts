import { useQueryClient } from '@tanstack/react-query';
import { burdenImportResultSchema } from '../../../../common/burden/api.js';
import { api, query } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { invalidateBurden } from './invalidate';

export type BurdenImportMode = 'dry-run' | 'apply';

/** The file goes up as raw bytes (a Blob), so the server itself checks encoding and delimiter. */
export function useImportDemands() {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: ({ file, mode }: { file: Blob; mode: BurdenImportMode }) =>
      api.post(`/burden/demands/import${query({ mode })}`, burdenImportResultSchema, file),
    onSuccess: async (result) => {
      if (result.mode === 'apply' && result.ok) await invalidateBurden(queryClient);
    },
  });
}
