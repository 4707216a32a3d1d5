import { useMutation, type MutateOptions, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';

/** useMutation whose `mutate` ignores calls while one is still running. React Query only reports
 *  `isPending` after its next notification tick, so a quick double click (or Enter pressed twice)
 *  could otherwise send the same request twice; the ref closes that gap synchronously. */
export function useGuardedMutation<TData, TVariables>(options: UseMutationOptions<TData, Error, TVariables>) {
  const mutation = useMutation(options);
  const inFlight = useRef(false);
  const { mutate: rawMutate, reset: rawReset } = mutation;
  const mutate = useCallback(
    (variables: TVariables, callbacks?: MutateOptions<TData, Error, TVariables>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      rawMutate(variables, {
        ...callbacks,
        onSettled: (...args) => {
          inFlight.current = false;
          return callbacks?.onSettled?.(...args);
        },
      });
    },
    [rawMutate],
  );
  // After a reset React Query drops the running call's callbacks, so the guard must open here too.
  const reset = useCallback(() => {
    inFlight.current = false;
    rawReset();
  }, [rawReset]);
  return { ...mutation, mutate, reset };
}
