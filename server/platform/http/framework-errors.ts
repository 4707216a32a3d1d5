// Fastify's router answers a path it cannot decode (invalid UTF-8, such as an encoded lone
// surrogate) or a path parameter longer than it allows before any hook runs, with its own JSON
// that echoes the path back. These get the answer a malformed id gets: 404 as problem+json, in the
// language the browser asks for (no session has been read yet).
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { resolveLocale } from '../i18n.js';
import { sendProblem } from './problem.js';

export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  request.locale = resolveLocale({ acceptLanguage: request.headers['accept-language'] });
  if (typeof error.statusCode === 'number' && error.statusCode < 500) {
    void sendProblem(request, reply, 404, 'notFound');
    return;
  }
  request.log.error({ err: { name: error.name, message: error.message } }, 'unexpected router error');
  void sendProblem(request, reply, 500, 'internal');
}
