// Counts the lines of a file before it is decoded or parsed, so that an oversized file is turned
// away after one cheap pass over its bytes instead of after parsing all of it.

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;
const semicolon = 0x3b;
const space = 0x20;
const tab = 0x09;

/**
 * The number of non-blank lines (records), header included. Line breaks inside quoted fields do
 * not end a record. Scanning bytes is safe before decoding: in UTF-8 every byte of a multi-byte
 * character is >= 0x80, so it can never be mistaken for a quote or a line break. Lines holding only
 * separators (what spreadsheets write for empty rows) count as blank.
 */
export function countRecords(bytes: Uint8Array): number {
  let records = 0;
  let inQuotes = false;
  let hasContent = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === quote) {
      inQuotes = !inQuotes;
      hasContent = true;
    } else if (!inQuotes && (byte === lf || byte === cr)) {
      if (hasContent) records++;
      hasContent = false;
    } else if (byte !== semicolon && byte !== space && byte !== tab && byte !== lf && byte !== cr) {
      hasContent = true;
    }
  }
  if (hasContent) records++;
  return records;
}
