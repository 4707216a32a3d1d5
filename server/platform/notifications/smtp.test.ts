// E-mail through a real SMTP server running in the test (smtp-server), not a stub of our mailer.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { smtpMailer } from './delivery.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

async function startSmtp(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = address && typeof address === 'object' ? (address satisfies AddressInfo).port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const servers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of servers.splice(0)) await close();
});

describe('SMTP delivery', () => {
  it('sends the message with the outbox id as Message-ID, in UTF-8', async () => {
    const smtp = await startSmtp();
    servers.push(smtp.close);
    const mailer = smtpMailer(`${smtp.url}?ignoreTLS=true`, 'Tillit <no-reply@exempelby.se>');
    await mailer.send({
      id: '6f1c2f7e-0d5b-4a3e-9a43-1e8f0c7b2a10',
      to: 'asa.ostrom@exempelby.se',
      subject: 'Tillit: Du har lagts till i Hemtjänst Norra',
      body: 'Åsa, välkommen till enheten.',
    });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.from).toBe('no-reply@exempelby.se');
    expect(mail?.to).toEqual(['asa.ostrom@exempelby.se']);
    expect(mail?.data).toContain('Message-ID: <6f1c2f7e-0d5b-4a3e-9a43-1e8f0c7b2a10@tillit>');
    expect(mail?.data).toMatch(/charset=utf-8/i);
  });

  it('fails when the server refuses, so the outbox keeps the row for a retry', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    const mailer = smtpMailer(`${smtp.url}?ignoreTLS=true`, 'Tillit <no-reply@exempelby.se>');
    await expect(mailer.send({ id: 'x', to: 'a@b.se', subject: 's', body: 'b' })).rejects.toThrow();
  });
});
