import { useMutation } from '@tanstack/react-query';
import { enrolmentSchema } from '../../../../common/platform/mfa.js';
import { api } from '../../../app/api';

/** A new secret for the authenticator app (each call replaces one not yet confirmed). */
export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post('/me/mfa/enrol', enrolmentSchema) });
}
