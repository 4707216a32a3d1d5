import { personDetailSchema } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export function deactivatePerson(id: string) {
  return api.post(`/people/${encodeURIComponent(id)}/deactivate`, personDetailSchema);
}

export function useDeactivatePerson(id: string) {
  return usePersonMutation(() => deactivatePerson(id));
}
