// Instruments on the server: parsing stored definitions, the wave's instruments, texts in the
// reader's language, and the instruments routes' services.
import { z } from 'zod';
import type { InstrumentSummary, CreateInstrumentBody } from '../../../common/barometer/api.js';
import {
  instrumentDefinitionSchema,
  type InstrumentDefinition,
  type LocalisedText,
} from '../../../common/barometer/instrument.js';
import type { Locale } from '../../../common/i18n/locales.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { writeAudit } from '../../platform/audit.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { barometerPolicy } from './policy.js';
import { builtInInstruments } from '../../../common/barometer/instruments/index.js';
import { ensureBuiltInInstruments, findInstrumentRow, insertInstrument, listInstrumentRows, type Db } from './repo.js';

export const inLocale = (text: LocalisedText | undefined, locale: Locale): string => (text ? text[locale] : '');

// Stored definitions never change (a change is a new version), so each text is parsed once.
const parsed = new Map<string, InstrumentDefinition>();

export function parseDefinition(json: string): InstrumentDefinition {
  const known = parsed.get(json);
  if (known) return known;
  const definition = instrumentDefinitionSchema.parse(JSON.parse(json));
  if (parsed.size > 200) parsed.clear();
  parsed.set(json, definition);
  return definition;
}

/** The instruments a wave uses, in form order. */
export async function loadWaveInstruments(db: Db, instrumentsJson: string): Promise<InstrumentDefinition[]> {
  const refs = parseInstrumentRefs(instrumentsJson);
  const out: InstrumentDefinition[] = [];
  for (const ref of refs) {
    const row = await findInstrumentRow(db, ref.key, ref.version);
    if (row) out.push(parseDefinition(row.definition_json));
  }
  return out;
}

const instrumentRefs = z.array(z.object({ key: z.string(), version: z.number().int() }));

export function parseInstrumentRefs(json: string): { key: string; version: number }[] {
  const parsed = instrumentRefs.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

function summary(
  definition: InstrumentDefinition,
  row: { built_in: number; created_at: string },
  locale: Locale,
): InstrumentSummary {
  return {
    key: definition.key,
    version: definition.version,
    name: inLocale(definition.names, locale),
    description: inLocale(definition.descriptions, locale),
    builtIn: row.built_in === 1,
    itemCount: definition.items.length,
    dimensions: definition.dimensions.map((d) => ({ key: d.key, name: inLocale(d.names, locale) })),
    createdAt: row.created_at,
  };
}

/**
 * Stored instruments plus any built-in not stored yet (the app stores them when it starts and when
 * a wave is created; a read never writes).
 */
async function instrumentRows(db: Db) {
  const rows = await listInstrumentRows(db);
  const missing = builtInInstruments
    .filter((d) => !rows.some((r) => r.key === d.key && r.version === d.version))
    .map((d) => ({ key: d.key, version: d.version, definition_json: JSON.stringify(d), built_in: 1, created_at: '' }));
  return [...rows, ...missing].sort((a, b) => a.key.localeCompare(b.key) || b.version - a.version);
}

export async function listInstruments(ctx: ServiceContext): Promise<{ items: InstrumentSummary[] }> {
  requireSignedIn(ctx);
  const rows = await instrumentRows(ctx.db);
  const items = rows.map((row) => summary(parseDefinition(row.definition_json), row, ctx.locale));
  // Newest version of each first, older versions after.
  const newest = new Set<string>();
  const first: InstrumentSummary[] = [];
  const rest: InstrumentSummary[] = [];
  for (const item of items) {
    if (newest.has(item.key)) rest.push(item);
    else {
      newest.add(item.key);
      first.push(item);
    }
  }
  return { items: [...first, ...rest] };
}

export async function getInstrument(ctx: ServiceContext, key: string, version: number) {
  requireSignedIn(ctx);
  const row = (await instrumentRows(ctx.db)).find((r) => r.key === key && r.version === version);
  if (!row) throw notFound();
  const definition = parseDefinition(row.definition_json);
  return { summary: summary(definition, row, ctx.locale), definition };
}

export async function createInstrument(ctx: ServiceContext, body: CreateInstrumentBody) {
  const authed = requireSignedIn(ctx);
  const { scope } = await loadOrgScope(authed);
  if (!barometerPolicy.canAddInstrument(scope)) throw forbidden();
  await ensureBuiltInInstruments(ctx.db);
  const definition = body.definition;
  const latest = await findInstrumentRow(ctx.db, definition.key);
  if (latest && latest.version >= definition.version)
    throw invalid('barometerInstrumentVersion', 'definition.version', { latest: latest.version });
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertInstrument(trx, {
        key: definition.key,
        version: definition.version,
        definitionJson: JSON.stringify(definition),
        builtIn: false,
        createdBy: authed.principal.personId,
      });
      await writeAudit(trx, {
        actorId: authed.principal.personId,
        action: 'barometer.instrument.created',
        entityType: 'barometer_instrument',
        entityId: `${definition.key}@${definition.version}`,
        after: { key: definition.key, version: definition.version, items: definition.items.length },
        requestId: ctx.requestId,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('barometerInstrumentVersion');
    throw error;
  }
  return getInstrument(ctx, definition.key, definition.version);
}
