import type { z } from 'zod';
import { personDetailSchema, type createPersonBody } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export type CreatePersonInput = z.input<typeof createPersonBody>;

export function createPerson(body: CreatePersonInput) {
  return api.post('/people', personDetailSchema, body);
}

export function useCreatePerson() {
  return usePersonMutation(createPerson);
}
