// HTTP for the organisation model: auth -> validate -> service -> present. No rules here.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createMandateBody,
  mandateListQuery,
  mandateListSchema,
  mandateSchema,
  updateMandateBody,
} from '../../../common/org/mandates.js';
import {
  addMembershipBody,
  createPersonBody,
  membershipParams,
  personDetailSchema,
  personListQuery,
  personListSchema,
  setRolesBody,
  updatePersonBody,
} from '../../../common/org/people.js';
import {
  createUnitBody,
  idParams,
  moveUnitBody,
  unitDetailSchema,
  unitListQuery,
  unitListSchema,
  updateUnitBody,
} from '../../../common/org/units.js';
import type { AppDeps } from '../../platform/app-deps.js';
import { contextOf } from '../../platform/http/request-context.js';
import { createMandate, deactivateMandate, listMandates, updateMandate } from './mandates-service.js';
import {
  addMembership,
  createPerson,
  endMembership,
  getPersonDetail,
  listPeople,
  setPersonActive,
  setRoles,
  updatePerson,
} from './people-service.js';
import { createUnit, getUnitDetail, listUnits, moveUnit, setUnitActive, updateUnit } from './units-service.js';

export function registerOrgRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.db);
  const unitTags = ['org: units'];
  const personTags = ['org: people'];
  const mandateTags = ['org: mandates'];

  r.get(
    '/api/v1/units',
    {
      schema: { tags: unitTags, querystring: unitListQuery, response: { 200: unitListSchema } },
      config: { scope: 'org:read' },
    },
    async (req) => ({
      items: await listUnits(ctx(req), req.query),
    }),
  );
  r.get(
    '/api/v1/units/:id',
    {
      schema: { tags: unitTags, params: idParams, response: { 200: unitDetailSchema } },
      config: { scope: 'org:read' },
    },
    async (req) => getUnitDetail(ctx(req), req.params.id),
  );
  r.post(
    '/api/v1/units',
    {
      schema: { tags: unitTags, body: createUnitBody, response: { 200: unitDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      const id = await createUnit(ctx(req), req.body);
      return getUnitDetail(ctx(req), id);
    },
  );
  r.patch(
    '/api/v1/units/:id',
    {
      schema: { tags: unitTags, params: idParams, body: updateUnitBody, response: { 200: unitDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await updateUnit(ctx(req), req.params.id, req.body);
      return getUnitDetail(ctx(req), req.params.id);
    },
  );
  r.post(
    '/api/v1/units/:id/move',
    {
      schema: { tags: unitTags, params: idParams, body: moveUnitBody, response: { 200: unitDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await moveUnit(ctx(req), req.params.id, req.body.parentId);
      return getUnitDetail(ctx(req), req.params.id);
    },
  );
  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/v1/units/:id/${action}`,
      {
        schema: { tags: unitTags, params: idParams, response: { 200: unitDetailSchema } },
        config: { scope: 'org:write' },
      },
      async (req) => {
        await setUnitActive(ctx(req), req.params.id, active);
        return getUnitDetail(ctx(req), req.params.id);
      },
    );
  }

  r.get(
    '/api/v1/people',
    {
      schema: { tags: personTags, querystring: personListQuery, response: { 200: personListSchema } },
      config: { scope: 'org:read' },
    },
    async (req) => listPeople(ctx(req), req.query),
  );
  r.get(
    '/api/v1/people/:id',
    {
      schema: { tags: personTags, params: idParams, response: { 200: personDetailSchema } },
      config: { scope: 'org:read' },
    },
    async (req) => getPersonDetail(ctx(req), req.params.id),
  );
  r.post(
    '/api/v1/people',
    {
      schema: { tags: personTags, body: createPersonBody, response: { 200: personDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      const id = await createPerson(ctx(req), req.body, deps.notifier);
      return getPersonDetail(ctx(req), id);
    },
  );
  r.patch(
    '/api/v1/people/:id',
    {
      schema: { tags: personTags, params: idParams, body: updatePersonBody, response: { 200: personDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await updatePerson(ctx(req), req.params.id, req.body);
      return getPersonDetail(ctx(req), req.params.id);
    },
  );
  r.put(
    '/api/v1/people/:id/roles',
    {
      schema: { tags: personTags, params: idParams, body: setRolesBody, response: { 200: personDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await setRoles(ctx(req), req.params.id, req.body.roles);
      return getPersonDetail(ctx(req), req.params.id);
    },
  );
  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    r.post(
      `/api/v1/people/:id/${action}`,
      {
        schema: { tags: personTags, params: idParams, response: { 200: personDetailSchema } },
        config: { scope: 'org:write' },
      },
      async (req) => {
        await setPersonActive(ctx(req), req.params.id, active);
        return getPersonDetail(ctx(req), req.params.id);
      },
    );
  }
  r.post(
    '/api/v1/people/:id/memberships',
    {
      schema: { tags: personTags, params: idParams, body: addMembershipBody, response: { 200: personDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await addMembership(ctx(req), req.params.id, req.body, deps.notifier);
      return getPersonDetail(ctx(req), req.params.id);
    },
  );
  r.post(
    '/api/v1/people/:id/memberships/:membershipId/end',
    {
      schema: { tags: personTags, params: membershipParams, response: { 200: personDetailSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => {
      await endMembership(ctx(req), req.params.id, req.params.membershipId);
      return getPersonDetail(ctx(req), req.params.id);
    },
  );

  r.get(
    '/api/v1/mandates',
    {
      schema: { tags: mandateTags, querystring: mandateListQuery, response: { 200: mandateListSchema } },
      config: { scope: 'org:read' },
    },
    async (req) => ({
      items: await listMandates(ctx(req), req.query),
    }),
  );
  r.post(
    '/api/v1/mandates',
    {
      schema: { tags: mandateTags, body: createMandateBody, response: { 200: mandateSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => createMandate(ctx(req), req.body),
  );
  r.patch(
    '/api/v1/mandates/:id',
    {
      schema: { tags: mandateTags, params: idParams, body: updateMandateBody, response: { 200: mandateSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => updateMandate(ctx(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/mandates/:id/deactivate',
    {
      schema: { tags: mandateTags, params: idParams, response: { 200: mandateSchema } },
      config: { scope: 'org:write' },
    },
    async (req) => deactivateMandate(ctx(req), req.params.id),
  );
}
