import { personDetailSchema } from '../../../../common/org/people.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export function endMembership(personId: string, membershipId: string) {
  const path = `/people/${encodeURIComponent(personId)}/memberships/${encodeURIComponent(membershipId)}/end`;
  return api.post(path, personDetailSchema);
}

export function useEndMembership() {
  return usePersonMutation(({ personId, membershipId }: { personId: string; membershipId: string }) =>
    endMembership(personId, membershipId),
  );
}
