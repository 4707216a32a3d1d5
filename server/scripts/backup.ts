// npm run backup: writes a consistent backup of the configured database into BACKUP_DIR.
import { loadConfig } from '../config.js';
import { backupDatabase } from '../platform/backup.js';

const config = loadConfig();
backupDatabase(config.DATABASE_URL, config.BACKUP_DIR)
  .then((file) => process.stdout.write(`Backup written: ${file}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
