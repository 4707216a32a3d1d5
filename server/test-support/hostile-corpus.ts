// Hostile input: strings an attacker (or an unlucky copy-paste) puts into a text field, and
// request-level abuse. server/platform/hostile-input.test.ts sends every string through every text
// field, query parameter and path parameter of every route; e2e/hostile-input.e2e.ts renders the
// markup ones in the browser. Each entry says what it probes, so a failure names its cause.

export type HostileKind =
  'sql' | 'markup' | 'formula' | 'bidi' | 'invisible' | 'nul' | 'long' | 'surrogate' | 'emoji' | 'template';

export interface HostileString {
  name: string;
  kind: HostileKind;
  value: string;
}

const entry = (kind: HostileKind, name: string, value: string): HostileString => ({ kind, name, value });

export const sqlPayloads: readonly HostileString[] = [
  entry('sql', 'SQL tautology', "' OR 1=1 --"),
  entry('sql', 'SQL stacked drop', "'); DROP TABLE people; --"),
  entry('sql', 'SQL wildcard tautology', "%' OR '%'='"),
  entry('sql', 'SQL LIKE wildcards', '%_%'),
];

export const markupPayloads: readonly HostileString[] = [
  entry('markup', 'script tag', '<script>alert(1)</script>'),
  entry('markup', 'attribute break-out with onerror', '"><img src=x onerror=alert(1)>'),
  entry('markup', 'javascript: URL', 'javascript:alert(1)'),
  entry('markup', 'SVG onload', '<svg onload=alert(1)>'),
  entry('markup', 'SVG with script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
];

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"). */
export const formulaPayloads: readonly HostileString[] = [
  entry('formula', 'HYPERLINK formula', '=HYPERLINK("http://evil.example","click")'),
  entry('formula', 'DDE command', "+cmd|' /C calc'!A0"),
  entry('formula', 'minus arithmetic', '-2+3'),
  entry('formula', 'at-sign function', '@SUM(A1)'),
  entry('formula', 'tab-prefixed formula', '\t=1+1'),
  entry('formula', 'CR-prefixed formula', '\r=1+1'),
];

export const unicodePayloads: readonly HostileString[] = [
  entry('bidi', 'right-to-left override', 'invoice\u202Etxt.exe'),
  entry('invisible', 'zero-width space', 'zero\u200Bwidth'),
  entry('invisible', 'zero-width joiner', 'zero\u200Djoiner'),
  entry('invisible', 'byte order mark inside', 'byte\uFEFForder'),
  entry('invisible', 'leading byte order mark', '\uFEFFleading'),
  entry('nul', 'NUL byte', 'nul\u0000byte'),
  entry('nul', 'NUL byte alone', '\u0000'),
  entry('surrogate', 'lone high surrogate', 'lone\uD800high'),
  entry('surrogate', 'lone low surrogate', 'lone\uDC00low'),
  entry('emoji', 'emoji ZWJ sequence', 'family 👩‍👩‍👧‍👦 and flag 🏳️‍🌈'),
];

export const templatePayloads: readonly HostileString[] = [
  entry('template', '__proto__', '__proto__'),
  entry('template', 'constructor', 'constructor'),
  entry('template', 'mustache template', '{{7*7}}'),
  entry('template', 'JS template literal', '${7*7}'),
  entry('template', 'i18next nesting', '$t(errors.internal)'),
];

export const longPayloads: readonly HostileString[] = [
  entry('long', '5,000 characters', 'å'.repeat(5_000)),
  entry('long', '100,000 characters', 'x'.repeat(100_000)),
];

export const hostileStrings: readonly HostileString[] = [
  ...sqlPayloads,
  ...markupPayloads,
  ...formulaPayloads,
  ...unicodePayloads,
  ...templatePayloads,
  ...longPayloads,
];

/** True for a string with an unpaired UTF-16 surrogate (not well-formed Unicode). */
export const hasLoneSurrogate = (value: string): boolean => /\p{Cs}/u.test(value);

/** A JSON text of `levels` nested arrays around one string, built without recursion. */
export function deeplyNestedJson(levels = 10_000): string {
  return `${'['.repeat(levels)}"deep"${']'.repeat(levels)}`;
}

/** A JSON text of `levels` nested objects ({"a":{"a":...}}). */
export function deeplyNestedObjectJson(levels = 10_000): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** A JSON object of about `bytes` bytes: one text field far beyond every body limit. */
export function hugeJsonBody(bytes = 10 * 1024 * 1024): string {
  return JSON.stringify({ name: 'x'.repeat(bytes) });
}

/** Request bodies that try to pollute Object.prototype through the JSON parser. */
export const prototypePollutionBodies: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"a":{"__proto__":{"polluted":"yes"}}}',
];

/**
 * Percent-encodes a value for a URL. encodeURIComponent refuses lone surrogates; a hostile client
 * sends them anyway, as the (invalid) UTF-8 bytes a naive encoder would produce.
 */
export function encodeHostile(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff)
      out +=
        `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    else out += encodeURIComponent(char);
  }
  return out;
}
