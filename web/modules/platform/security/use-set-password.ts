import { useMutation } from '@tanstack/react-query';
import { okSchema } from '../../../../common/platform/notifications.js';
import { api } from '../../../app/api';

/** An administrator sets a person's password; the person is signed out everywhere. */
export function useSetPassword(personId: string) {
  return useMutation({
    mutationFn: (body: { newPassword: string }) =>
      api.post(`/people/${encodeURIComponent(personId)}/password`, okSchema, body),
  });
}
