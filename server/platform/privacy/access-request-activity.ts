// Access-request sections about what happened to and by the person: notifications and e-mails to
// them, records they marked confidential, and the audit log where they acted or were acted upon.
import type { AccessRequestContext, AccessRequestSection } from './access-request-registry.js';

const title = (key: string) => ({ namespace: 'privacy' as const, key: `accessRequest.sections.${key}` });

function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

async function notifications({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    params: parseJson(r.params_json),
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
    emailedAt: r.emailed_at,
  }));
}

async function emails({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'body', 'created_at', 'status', 'sent_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    to: r.to_address,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at,
    status: r.status,
    sentAt: r.sent_at,
  }));
}

async function confidentialMarkings({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('confidential_records')
    .selectAll()
    .where('marked_by', '=', personId)
    .orderBy('marked_at')
    .execute();
  return rows.map((r) => ({
    entityType: r.entity_type,
    entityId: r.entity_id,
    reason: r.reason,
    markedAt: r.marked_at,
  }));
}

/**
 * Every entry where the person is the actor or the entity. Where the entry is about them, it comes
 * with who acted and the before and after; where they only acted on someone or something else, it says what they
 * did, to which record and when, but not the other record's contents, which are other people's data.
 */
async function audit({ db, personId }: AccessRequestContext) {
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_id', 'action', 'entity_type', 'entity_id', 'before_json', 'after_json'])
    .where((eb) => eb.or([eb('actor_id', '=', personId), eb('entity_id', '=', personId)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const aboutThem = r.entity_id === personId;
    return {
      id: Number(r.id),
      at: r.at,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      byThem: r.actor_id === personId,
      aboutThem,
      ...(aboutThem ? { actorId: r.actor_id, before: parseJson(r.before_json), after: parseJson(r.after_json) } : {}),
    };
  });
}

export const activitySections: AccessRequestSection[] = [
  { key: 'notifications', title: title('notifications'), collect: notifications },
  { key: 'emails', title: title('emails'), collect: emails },
  { key: 'confidentialMarkings', title: title('confidentialMarkings'), collect: confidentialMarkings },
  { key: 'audit', title: title('audit'), collect: audit },
];
