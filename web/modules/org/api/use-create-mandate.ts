import type { z } from 'zod';
import { mandateSchema, type createMandateBody } from '../../../../common/org/mandates.js';
import { api } from '../../../app/api';
import { useMandateMutation } from './mandate-mutation';

export type CreateMandateInput = z.input<typeof createMandateBody>;

export function createMandate(body: CreateMandateInput) {
  return api.post('/mandates', mandateSchema, body);
}

export function useCreateMandate() {
  return useMandateMutation(createMandate);
}
