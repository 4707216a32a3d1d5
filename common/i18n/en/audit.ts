// The audit log's hash chain: the integrity check on the audit page and the auditors' own page.
export default {
  title: 'Audit log',
  nav: 'Audit log check',
  seq: {
    column: 'No.',
    unsealed: 'Not yet in the chain',
  },
  integrity: {
    pageTitle: 'Checking the audit log',
    pageIntro:
      'As an auditor, you can check here that the audit log has not been altered after the fact. Only administrators can read the log itself.',
    forbidden: 'This page is only for administrators and auditors.',
    heading: 'Check that the log is unaltered',
    intro:
      'Every entry in the log gets a checksum calculated from the entry itself and from the checksum of the entry before it, so the entries form a chain. If anyone alters, deletes or moves entries directly in the database, the checksums no longer match, and the check shows where the chain breaks. Every check is recorded in the log.',
    compareLegend: 'Compare with a checksum you wrote down (optional)',
    compareDescription: 'Enter the entry number and the checksum from an earlier check.',
    seq: 'Entry number',
    hash: 'Checksum',
    check: 'Check the log',
    checking: 'Checking…',
    ok_one: 'The log is unaltered. The chain is intact: {{count}} entry was checked.',
    ok_other: 'The log is unaltered. The chain is intact: {{count}} entries were checked.',
    broken: 'The log has been altered. The chain breaks at entry number {{seq}}.',
    whatIsWrong: 'What is wrong',
    kinds: {
      gap: 'The entry is missing. It has been deleted or moved out of the chain.',
      prevHash: 'The entry does not follow on from the entry before it. Entries have been swapped or replaced.',
      hash: 'The content of the entry does not match its checksum. The entry has been altered.',
      head: 'The chain does not end where it ended last time. The latest entries have been deleted or rewritten, or entries have been added outside the chain.',
    },
    entries: 'Entries checked',
    unsealed: 'Entries not yet in the chain',
    pruned: 'Entries deleted under the retention rules',
    prunedValue: 'Numbers 1–{{seq}}',
    head: 'Latest entry in the chain',
    headValue: 'Number {{seq}}',
    headHash: 'Checksum of entry {{seq}}',
    checkedAt: 'Checked',
    noted: {
      match:
        'The checksum you wrote down for entry {{seq}} matches. The log up to that entry is the same as when you wrote it down.',
      differs:
        'The checksum you wrote down for entry {{seq}} does not match. The log up to that entry has been rewritten since then.',
      unknown: 'Entry {{seq}} cannot be compared. It has been deleted under the retention rules or does not exist yet.',
    },
    writeDownHeading: 'Write the checksum down',
    writeDown:
      'The check shows that the chain holds together. On its own, it cannot show that nobody has rewritten the end of the log and recalculated the checksums. So write down the number and checksum of the latest entry somewhere outside Tillit, for example in the minutes of a meeting or in an e-mail to the auditors. Enter them at a later check. If they do not match, the log has been rewritten.',
  },
};
