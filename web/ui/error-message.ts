import type { TFunction } from 'i18next';
import { ApiError } from '../app/api';

/** The server's own (already localised) explanation when there is one, otherwise a plain
 *  sentence about the connection: a failed fetch has no problem body to show. */
export function errorMessage(error: unknown, t: TFunction<'platform'>): string {
  if (error instanceof ApiError) return error.problem?.detail ?? error.problem?.title ?? t('common.serverError');
  return t('common.networkError');
}
