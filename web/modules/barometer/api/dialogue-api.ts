import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { dialogueSchema, raiseObstacleBody, saveDialogueBody } from '../../../../common/barometer/api.js';
import { api } from '../../../app/api';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { barometerKeys, wavePath } from './query-keys';

const dialoguePath = (id: string, unitId: string) => `${wavePath(id)}/units/${encodeURIComponent(unitId)}/dialogue`;

export function useDialogue(id: string, unitId: string | undefined) {
  return useQuery({
    queryKey: barometerKeys.dialogue(id, unitId ?? ''),
    queryFn: () => api.get(dialoguePath(id, unitId ?? ''), dialogueSchema),
    enabled: unitId !== undefined,
    // A half-written dialogue must not be replaced by a refetch when the window regains focus.
    refetchOnWindowFocus: false,
  });
}

export type SaveDialogueInput = z.input<typeof saveDialogueBody>;

export function useSaveDialogue(id: string, unitId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: SaveDialogueInput) => api.put(dialoguePath(id, unitId), dialogueSchema, body),
    onSuccess: (dialogue) => queryClient.setQueryData(barometerKeys.dialogue(id, unitId), dialogue),
  });
}

export type RaiseObstacleInput = z.input<typeof raiseObstacleBody>;

/** The obstacle becomes a signal: the signals board is stale too. */
export function useRaiseObstacle(id: string, unitId: string) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn: (body: RaiseObstacleInput) => api.post(`${dialoguePath(id, unitId)}/obstacles`, dialogueSchema, body),
    onSuccess: async (dialogue) => {
      queryClient.setQueryData(barometerKeys.dialogue(id, unitId), dialogue);
      await queryClient.invalidateQueries({ queryKey: ['signals'] });
    },
  });
}
