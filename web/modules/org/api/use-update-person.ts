import type { z } from 'zod';
import { personDetailSchema, type updatePersonBody } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export type UpdatePersonInput = z.input<typeof updatePersonBody>;

export function updatePerson(id: string, body: UpdatePersonInput) {
  return api.patch(`/people/${encodeURIComponent(id)}`, personDetailSchema, body);
}

export function useUpdatePerson(id: string) {
  return usePersonMutation((body: UpdatePersonInput) => updatePerson(id, body));
}
