import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/app-deps.js';

export function registerBurdenRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
