// npm run audit:verify [-- <seq> <hash>]: seals what is waiting, checks the audit log's hash chain
// in the configured database and prints a plain report; with a position and hash written down at
// an earlier check, also says whether the chain still has that hash there. Exits 1 when the chain
// is broken or the noted hash differs, 2 when it cannot check.
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/index.js';
import { hashAtSeq, verifyAuditChain } from '../platform/audit-verify.js';
import { auditReportText, notedHashText } from '../platform/audit-verify-text.js';

function notedArgument(args: string[]): { seq: number; hash: string } | null {
  if (args.length === 0) return null;
  const [seq = '', hash = ''] = args;
  if (args.length !== 2 || !/^[1-9][0-9]*$/.test(seq) || !/^[0-9a-fA-F]{64}$/.test(hash)) {
    process.stderr.write('Usage: npm run audit:verify [-- <seq> <hash written down at an earlier check>]\n');
    process.exit(2);
  }
  return { seq: Number(seq), hash: hash.toLowerCase() };
}

const noted = notedArgument(process.argv.slice(2));
const config = loadConfig();
const handle = openDatabase(config.DATABASE_URL);

async function main(): Promise<number> {
  const report = await verifyAuditChain(handle.db);
  process.stdout.write(auditReportText(report));
  if (!noted) return report.ok ? 0 : 1;
  const stored = await hashAtSeq(handle.db, noted.seq);
  const matches = stored === null ? null : stored === noted.hash;
  process.stdout.write(notedHashText(noted.seq, matches));
  return report.ok && matches !== false ? 0 : 1;
}

main()
  .then(async (code) => {
    await handle.close();
    process.exitCode = code;
  })
  .catch(async (error: unknown) => {
    process.stderr.write(`Could not check the audit log: ${error instanceof Error ? error.message : String(error)}\n`);
    await handle.close();
    process.exitCode = 2;
  });
