// Process entry: config -> database -> migrate -> (demo data) -> app -> listen, plus the job
// scheduler and the outbox. SIGTERM lets in-flight requests finish and closes the database.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from './config.js';
import { buildApp } from './app.js';
import { openDatabase } from './db/index.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemo } from './demo/seed.js';
import { startBackgroundWork } from './platform/background.js';

async function main(): Promise<void> {
  const demo = process.argv.includes('--demo');
  // The demo gets its own database file unless told otherwise, so it never mixes with real data.
  if (demo && !process.env.DATABASE_URL) process.env.DATABASE_URL = 'sqlite:./data/demo.db';
  const config = loadConfig();
  const handle = openDatabase(config.DATABASE_URL);
  const migrated = await migrateToLatest(handle.db, { dialect: handle.dialect });
  const { app, deps } = await buildApp({ config, db: handle.db });
  if (migrated.applied.length > 0) app.log.info({ migrations: migrated.applied }, 'database migrated');

  if (demo || config.DEMO) {
    const seeded = await seedDemo(handle.db, {
      secretKey: config.SECRET_KEY,
      mfaRequiredRoles: config.MFA_REQUIRED_ROLES,
    });
    deps.organisationChanged();
    const lines = seeded.signIns.map(
      (s) => `  ${s.email.padEnd(32)} ${s.role.padEnd(20)} ${s.secondFactor ? '[code] ' : '       '}${s.description}`,
    );
    process.stdout.write(
      `\nTillit demo: Exempelby kommun ${seeded.created ? '(created now)' : '(already there)'}\n` +
        `Sign in at ${config.PUBLIC_URL} with password "${seeded.password}" as:\n${lines.join('\n')}\n` +
        `[code]: the role requires a second factor. DEMO ONLY, published: add the TOTP secret ` +
        `${seeded.totpSecret} to an authenticator app (or any TOTP tool) for the codes.\n\n`,
    );
  }

  const background = startBackgroundWork(
    handle.db,
    config,
    `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
    app.log,
  );
  await app.listen({ port: config.PORT, host: config.HOST });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close(); // stops accepting, lets in-flight requests finish
      await background.stop();
      await handle.close();
      process.exit(0);
    } catch (error) {
      app.log.error(
        { err: error instanceof Error ? { name: error.name, message: error.message } : {} },
        'shutdown failed',
      );
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `Tillit failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(1);
});
