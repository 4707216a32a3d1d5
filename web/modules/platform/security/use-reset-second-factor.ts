import { useMutation } from '@tanstack/react-query';
import { okSchema } from '../../../../common/platform/notifications.js';
import { api } from '../../../app/api';

/** An administrator removes a person's second factor (a lost phone); the person is signed out. */
export function useResetSecondFactor(personId: string) {
  return useMutation({
    mutationFn: () => api.post(`/people/${encodeURIComponent(personId)}/mfa/reset`, okSchema),
  });
}
