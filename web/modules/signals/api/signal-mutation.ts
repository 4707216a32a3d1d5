import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SignalDetail } from '../../../../common/signals/signals.js';
import { useGuardedMutation } from '../../org/api/use-guarded-mutation';
import { signalKeys } from './query-keys';

/** After a change: the board, the figures and "what needs me now" may all be stale. */
export async function invalidateSignals(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['signals', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['signals', 'figures'] }),
    queryClient.invalidateQueries({ queryKey: ['home'] }),
  ]);
}

/** Every operation on one signal answers with the updated signal: store it, refresh the rest. */
export function useSignalMutation<TInput>(mutationFn: (input: TInput) => Promise<SignalDetail>) {
  const queryClient = useQueryClient();
  return useGuardedMutation({
    mutationFn,
    onSuccess: async (signal) => {
      queryClient.setQueryData(signalKeys.detail(signal.id), signal);
      await invalidateSignals(queryClient);
    },
  });
}
