import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '../../../../common/platform/auth.js';
import { okSchema } from '../../../../common/platform/notifications.js';
import { api } from '../../../app/api';

/** Ends every other session of the person; the server renews this one (new cookies). */
export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => api.post('/me/password', okSchema, body) });
}
