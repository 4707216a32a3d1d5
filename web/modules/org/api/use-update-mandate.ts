import type { z } from 'zod';
import { mandateSchema, type updateMandateBody } from '../../../../common/org/mandates.js';
import { api } from '../../../app/api';
import { useMandateMutation } from './mandate-mutation';

export type UpdateMandateInput = z.input<typeof updateMandateBody>;

export function updateMandate(id: string, body: UpdateMandateInput) {
  return api.patch(`/mandates/${encodeURIComponent(id)}`, mandateSchema, body);
}

/** The mandate is chosen at call time: the register edits any row from one dialog. */
export function useUpdateMandate() {
  return useMandateMutation(({ id, body }: { id: string; body: UpdateMandateInput }) => updateMandate(id, body));
}
