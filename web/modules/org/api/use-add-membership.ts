import type { z } from 'zod';
import { personDetailSchema, type addMembershipBody } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export type AddMembershipInput = z.input<typeof addMembershipBody>;

export function addMembership(personId: string, body: AddMembershipInput) {
  return api.post(`/people/${encodeURIComponent(personId)}/memberships`, personDetailSchema, body);
}

/** The person is chosen at call time, because the unit page adds members for any person it finds. */
export function useAddMembership() {
  return usePersonMutation(({ personId, ...body }: AddMembershipInput & { personId: string }) =>
    addMembership(personId, body),
  );
}
