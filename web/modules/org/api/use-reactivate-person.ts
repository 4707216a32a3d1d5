import { personDetailSchema } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export function reactivatePerson(id: string) {
  return api.post(`/people/${encodeURIComponent(id)}/reactivate`, personDetailSchema);
}

export function useReactivatePerson(id: string) {
  return usePersonMutation(() => reactivatePerson(id));
}
