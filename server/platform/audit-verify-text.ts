// The plain-text report of `npm run audit:verify`, for an operator's terminal or a cron mail.
import type { AuditChainReport, ChainBreakKind } from './audit-verify.js';

const whatIsWrong: Record<ChainBreakKind, string> = {
  gap: 'this entry is missing (deleted, or taken out of the chain)',
  prevHash: 'this entry does not name the hash of the entry before it (entries reordered or replaced)',
  hash: 'this entry no longer matches its hash (its content was changed)',
  head: 'the chain does not end at the recorded head (newest entries deleted or rewritten, or entries added past it)',
};

export function auditReportText(report: AuditChainReport): string {
  const lines: string[] = [];
  const broken = report.firstBroken;
  if (broken) {
    const entry = broken.id === null ? '' : ` (entry id ${String(broken.id)})`;
    lines.push(`Audit log: BROKEN at seq ${String(broken.seq)}${entry}.`);
    lines.push(`  What is wrong: ${whatIsWrong[broken.kind]}.`);
  } else {
    lines.push('Audit log: the chain is intact.');
  }
  const first = report.prunedToSeq + 1;
  lines.push(
    `  Entries checked: ${String(report.entries)}` +
      (report.headSeq >= first ? ` (seq ${String(first)} to ${String(report.headSeq)})` : ''),
  );
  if (report.prunedToSeq > 0)
    lines.push(`  Removed by retention: seq 1 to ${String(report.prunedToSeq)} (anchor hash ${report.prunedHash})`);
  lines.push(`  Not yet sealed: ${String(report.unsealed)}`);
  lines.push(`  Head: seq ${String(report.headSeq)}, hash ${report.headHash}`);
  lines.push('');
  lines.push('Keep the head hash somewhere outside Tillit (a signed e-mail, the minutes of a meeting).');
  lines.push('If a later check shows an earlier head at a different hash, the log was rewritten since.');
  return `${lines.join('\n')}\n`;
}

export function notedHashText(seq: number, matches: boolean | null): string {
  const at = `The hash written down for seq ${String(seq)}`;
  if (matches === null) return `${at} cannot be compared: that entry is no longer kept, or not yet written.\n`;
  return matches
    ? `${at} matches: the log up to that entry is as it was then.\n`
    : `${at} DIFFERS: the log up to that entry has been rewritten since it was written down.\n`;
}
