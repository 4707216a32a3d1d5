import { personDetailSchema } from '../../../../common/org/people.js';
import type { OrgRole } from '../../../../common/org/roles.js';
import { api } from '../../../app/api';
import { usePersonMutation } from './person-mutation';

export function setPersonRoles(id: string, roles: OrgRole[]) {
  return api.put(`/people/${encodeURIComponent(id)}/roles`, personDetailSchema, { roles });
}

export function useSetPersonRoles(id: string) {
  return usePersonMutation((roles: OrgRole[]) => setPersonRoles(id, roles));
}
