import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/app-deps.js';

export function registerBarometerRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
