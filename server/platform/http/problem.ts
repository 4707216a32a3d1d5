// One error handler for the whole API: every failure leaves as application/problem+json with a
// message in the reader's language. Unexpected errors are logged with the request id and answered
// generically, without stack traces or internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Problem } from '../../../common/platform/problem.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../audit.js';
import { AppError, type FieldIssue } from '../errors.js';
import { translate } from '../i18n.js';
import { RequestValidationError } from './validation.js';

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
  fields: FieldIssue[] = [],
) {
  const locale = request.locale;
  const message = translate(locale, 'errors', code, params);
  const body: Problem = {
    type: `urn:tillit:problem:${code}`,
    title: message,
    status,
    detail: message,
    code,
    requestId: request.id,
  };
  // One message per field: the first rule a value breaks is the one worth reading.
  const firstPerField = fields.filter((f, i) => fields.findIndex((other) => other.field === f.field) === i);
  if (firstPerField.length > 0)
    body.errors = firstPerField.map((f) => ({ field: f.field, message: translate(locale, 'errors', f.key, f.params) }));
  return reply.status(status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
}

function hasStatus(error: unknown): error is FastifyError & { statusCode: number } {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number';
}

/**
 * A signed-in person (or API token) refused access is worth knowing about: it is how probing for
 * other people's data shows. Written with the app's own connection, so the entry stays even
 * though the refused request's transaction (if any) has rolled back. The route pattern and
 * method only, never the URL: query strings can carry search terms, which can be names.
 */
async function recordDenied(db: Kysely<Database>, request: FastifyRequest, code: string): Promise<void> {
  const principal = request.principal;
  if (!principal) return;
  const route = request.routeOptions.url ?? 'unknown';
  try {
    await writeAudit(db, {
      actorId: principal.personId,
      action: 'access.denied',
      entityType: 'route',
      entityId: `${request.method} ${route}`,
      after: { method: request.method, route, code, ...(principal.token ? { tokenId: principal.token.id } : {}) },
      requestId: request.id,
    });
  } catch (error) {
    // The refusal itself must still be answered; the failure is logged without data.
    request.log.error(
      { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
      'audit failed',
    );
  }
}

export function registerProblemHandler(app: FastifyInstance, db: Kysely<Database>): void {
  app.setErrorHandler(async (error: unknown, request, reply) => {
    if (error instanceof AppError) {
      if (error.status === 403) await recordDenied(db, request, error.code);
      return sendProblem(request, reply, error.status, error.code, error.params, error.fields);
    }
    if (error instanceof RequestValidationError) {
      // A malformed id in the path is a wrong address, not a form error.
      if (error.context === 'params') return sendProblem(request, reply, 404, 'notFound');
      return sendProblem(request, reply, 422, 'validation', {}, error.fields);
    }
    if (hasStatus(error)) {
      if (error.statusCode === 413) return sendProblem(request, reply, 413, 'payloadTooLarge');
      if (error.statusCode === 429) return sendProblem(request, reply, 429, 'rateLimited');
      if (error.statusCode >= 400 && error.statusCode < 500) {
        request.log.info({ code: error.code }, 'bad request');
        return sendProblem(request, reply, error.statusCode, 'badRequest');
      }
    }
    // Database errors can carry the offending values in extra fields (PostgreSQL's `detail`), so
    // only the name, message and stack are logged: no personal data in logs.
    const safe = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : {};
    request.log.error({ err: safe }, 'unexpected error');
    return sendProblem(request, reply, 500, 'internal');
  });
}
