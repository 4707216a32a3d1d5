// Translation completeness: the four languages say the same things with the same placeholders,
// nothing is left empty, and every message the server can send exists in every language.
import { describe, expect, it } from 'vitest';
import { catalogs, namespaces, type Namespace } from './catalogs.js';
import { locales, type Locale } from './locales.js';
import { flattenKeys, lookup } from './translate.js';

const reference: Locale = 'sv';
const others = locales.filter((l) => l !== reference);

function keysOf(locale: Locale, namespace: Namespace): Map<string, string> {
  return new Map(flattenKeys(catalogs[locale][namespace]));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('i18n catalogs', () => {
  it.each(namespaces)('the "%s" namespace has exactly the same keys in every language', (namespace) => {
    const expected = [...keysOf(reference, namespace).keys()];
    expect(expected.length).toBeGreaterThan(0);
    const report: Record<string, { missing: string[]; extra: string[] }> = {};
    const clean: Record<string, { missing: string[]; extra: string[] }> = {};
    for (const locale of others) {
      const actual = [...keysOf(locale, namespace).keys()];
      report[locale] = {
        missing: expected.filter((k) => !actual.includes(k)),
        extra: actual.filter((k) => !expected.includes(k)),
      };
      clean[locale] = { missing: [], extra: [] };
    }
    expect(report).toEqual(clean);
  });

  it('has no empty or whitespace-only texts', () => {
    const empty: string[] = [];
    for (const locale of locales)
      for (const namespace of namespaces)
        for (const [key, value] of keysOf(locale, namespace))
          if (value.trim() === '') empty.push(`${locale}:${namespace}.${key}`);
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in every language as in Swedish, and no broken braces', () => {
    const wrong: string[] = [];
    for (const namespace of namespaces) {
      for (const [key, svText] of keysOf(reference, namespace)) {
        const wanted = placeholders(svText);
        for (const locale of others) {
          const text = keysOf(locale, namespace).get(key);
          if (text === undefined) continue; // reported by the key test
          const got = placeholders(text);
          const missing = wanted.filter((p) => !got.includes(p));
          const unknown = got.filter((p) => !wanted.includes(p));
          if (missing.length > 0) wrong.push(`${locale}:${namespace}.${key} lacks {{${missing.join('}}, {{')}}}`);
          if (unknown.length > 0)
            wrong.push(`${locale}:${namespace}.${key} has {{${unknown.join('}}, {{')}}} that Swedish does not`);
        }
      }
      for (const locale of locales)
        for (const [key, text] of keysOf(locale, namespace)) {
          const stripped = text.replace(/\{\{\s*\w+\s*\}\}/g, '');
          if (/\{\{|\}\}/.test(stripped)) wrong.push(`${locale}:${namespace}.${key} has unbalanced {{ }}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  // The messages the server sends, with the parameters it passes. Kept by hand: when a service
  // starts throwing a new code, add it here (and to the catalogs).
  const serverMessages: Array<[Namespace, string, string[]]> = [
    // server/platform/http/problem.ts, errors.ts and the services
    ['errors', 'badRequest', []],
    ['errors', 'validation', []],
    ['errors', 'unauthenticated', []],
    ['errors', 'invalidCredentials', []],
    ['errors', 'forbidden', []],
    ['errors', 'notFound', []],
    ['errors', 'conflict', []],
    ['errors', 'payloadTooLarge', []],
    ['errors', 'rateLimited', []],
    ['errors', 'internal', []],
    ['errors', 'setupDone', []],
    ['errors', 'emailTaken', []],
    ['errors', 'codeTaken', []],
    ['errors', 'cycle', []],
    ['errors', 'parentInactive', []],
    ['errors', 'parentRequired', []],
    ['errors', 'unitInactive', []],
    ['errors', 'personInactive', []],
    ['errors', 'alreadyMember', []],
    ['errors', 'lastAdmin', []],
    ['errors', 'hasActiveChildren', []],
    ['errors', 'mandateHolder', []],
    // server/platform/auth (second factor, passwords, throttling)
    ['errors', 'security.tooManyAttempts', ['minutes']],
    ['errors', 'security.tooManyAttemptsOneMinute', []],
    ['errors', 'security.invalidCode', []],
    ['errors', 'security.passwordTooShort', ['minimum']],
    ['errors', 'security.passwordTooLong', ['maximum']],
    ['errors', 'security.passwordCommon', []],
    ['errors', 'security.passwordContainsEmail', []],
    ['errors', 'security.passwordOrganisationName', []],
    ['errors', 'security.passwordUnchanged', []],
    ['errors', 'security.wrongPassword', []],
    ['errors', 'security.mfaAlreadyEnrolled', []],
    ['errors', 'security.mfaNotEnrolled', []],
    ['errors', 'security.mfaNotStarted', []],
    ['errors', 'security.mfaRequiredByRole', []],
    ['errors', 'security.resetOwn', []],
    ['errors', 'security.setOwnPassword', []],
    // server/platform/http/validation.ts
    ['errors', 'field.required', []],
    ['errors', 'field.tooShort', ['minimum']],
    ['errors', 'field.tooLong', ['maximum']],
    ['errors', 'field.tooSmall', ['minimum']],
    ['errors', 'field.tooBig', ['maximum']],
    ['errors', 'field.email', []],
    ['errors', 'field.invalidChoice', []],
    ['errors', 'field.invalidId', []],
    ['errors', 'field.invalid', []],
    ['errors', 'field.unknownField', ['keys']],
    // server/modules/org/csv
    ['errors', 'csv.encoding', []],
    ['errors', 'csv.empty', []],
    ['errors', 'csv.tooManyLines', ['count', 'maximum']],
    ['errors', 'csv.tooLarge', ['maximum']],
    ['errors', 'csv.delimiter', []],
    ['errors', 'csv.missingColumns', ['columns']],
    ['errors', 'csv.unknownColumns', ['columns']],
    ['errors', 'csv.duplicateColumns', ['columns']],
    ['errors', 'csv.malformed', ['detail']],
    ['errors', 'csv.columnCount', ['count', 'expected']],
    ['errors', 'csv.valueWithoutColumn', ['position']],
    ['errors', 'csv.unclosedQuote', []],
    ['errors', 'csv.recordType', ['value']],
    ['errors', 'csv.mustBeEmpty', ['column', 'type']],
    ['errors', 'csv.badMembership', ['value']],
    ['errors', 'csv.duplicateCode', ['value']],
    ['errors', 'csv.duplicateEmail', ['value']],
    ['errors', 'csv.unknownParent', ['value']],
    ['errors', 'csv.unknownUnit', ['value']],
    ['errors', 'csv.unitInactive', ['value']],
    ['errors', 'csv.cycle', ['value']],
    ['errors', 'csv.parentInactive', ['value']],
    ['errors', 'csv.hasActiveChildren', ['value']],
    ['errors', 'csv.moreIssues', ['count']],
    // server/platform/notifications
    ['platform', 'notificationKinds.membershipAdded', ['unitName']],
    ['platform', 'email.footer', []],
    ['platform', 'email.digestSubject', ['count']],
  ];

  it('has every message the server sends, in every language, with the parameters the server passes', () => {
    const problems: string[] = [];
    for (const locale of locales)
      for (const [namespace, key, params] of serverMessages) {
        const text = lookup(catalogs[locale][namespace], key);
        if (text === undefined) {
          problems.push(`${locale}:${namespace}.${key} is missing`);
          continue;
        }
        for (const param of params)
          if (!placeholders(text).includes(param))
            problems.push(`${locale}:${namespace}.${key} does not use {{${param}}}`);
      }
    expect(problems).toEqual([]);
  });
});
