import { mandateSchema } from '../../../../common/org/mandates.js';
import { api } from '../../../app/api';
import { useMandateMutation } from './mandate-mutation';

export function deactivateMandate(id: string) {
  return api.post(`/mandates/${encodeURIComponent(id)}/deactivate`, mandateSchema);
}

export function useDeactivateMandate() {
  return useMandateMutation(deactivateMandate);
}
