import { useQuery } from '@tanstack/react-query';
import { personDetailSchema } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { orgKeys } from './query-keys';

export function getPerson(id: string) {
  return api.get(`/people/${encodeURIComponent(id)}`, personDetailSchema);
}

export function usePerson(id: string) {
  return useQuery({ queryKey: orgKeys.person(id), queryFn: () => getPerson(id) });
}
