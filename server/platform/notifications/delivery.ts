// Delivers the outbox. A row is claimed with a conditional update and a lease, so two processes
// never send the same row at once; a crash between sending and marking can resend once after the
// lease expires, and the fixed Message-ID (the outbox id) lets mail systems drop that duplicate.
// Without SMTP, messages are written as .eml files named by the same id, which is idempotent.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/schema.js';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  body: string;
}

export interface Mailer {
  send: (mail: OutgoingMail) => Promise<void>;
}

export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
        messageId: `<${mail.id}@tillit>`,
      });
    },
  };
}

export function fileMailer(dir: string, from: string): Mailer {
  return {
    async send(mail) {
      await mkdir(dir, { recursive: true });
      const content = [
        `Message-ID: <${mail.id}@tillit>`,
        `From: ${from}`,
        `To: ${mail.to}`,
        `Subject: ${mail.subject}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        mail.body,
      ].join('\r\n');
      const target = join(dir, `${mail.id}.eml`);
      await writeFile(`${target}.tmp`, content, 'utf8');
      await rename(`${target}.tmp`, target);
    },
  };
}

const leaseMs = 5 * 60_000;
const maxAttempts = 8;

export async function deliverOutbox(db: Kysely<Database>, mailer: Mailer, now = new Date()): Promise<number> {
  const nowIso = now.toISOString();
  const candidates = await db
    .selectFrom('outbox')
    .select(['id'])
    .where((eb) =>
      eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', nowIso)])]),
    )
    .where('attempts', '<', maxAttempts)
    .orderBy('created_at')
    .limit(50)
    .execute();
  let sent = 0;
  for (const { id } of candidates) {
    const claim = await db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        lease_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('lease_until', '<', nowIso)])]),
      )
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue; // another process took it
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    try {
      await mailer.send({ id: row.id, to: row.to_address, subject: row.subject, body: row.body });
      await db
        .updateTable('outbox')
        .set({ status: 'sent', sent_at: new Date().toISOString(), lease_until: null, last_error: null })
        .where('id', '=', id)
        .execute();
      sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'error';
      await db
        .updateTable('outbox')
        .set({ status: row.attempts >= maxAttempts ? 'failed' : 'pending', lease_until: null, last_error: reason })
        .where('id', '=', id)
        .execute();
    }
  }
  return sent;
}
