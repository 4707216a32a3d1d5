// The server's half of the password rules: the shared length and personal checks
// (common/platform/password-policy.ts) plus the list of common and breached passwords that ships
// with Tillit. The list is read once, on first use, and kept as a Set (about 49 000 entries).
import { readFile } from 'node:fs/promises';
import {
  passwordCore,
  passwordLength,
  passwordLengthProblem,
  personalPasswordProblem,
  type PasswordProblem,
} from '../../../common/platform/password-policy.js';
import { invalid } from '../errors.js';

// Beside this file both in server/ (tsx) and in dist/server/ (copied by scripts/copy-server-assets.mjs).
const listFile = new URL('./common-passwords.txt', import.meta.url);
let list: Promise<ReadonlySet<string>> | undefined;

export function commonPasswords(): Promise<ReadonlySet<string>> {
  list ??= readFile(listFile, 'utf8').then(
    (text) =>
      new Set(
        text
          .split('\n')
          .map((line) => line.replace(/\r$/, ''))
          // "# " starts a comment; "#name?" alone is a password from a breach, so it stays.
          .filter((line) => line !== '' && !line.startsWith('# ')),
      ),
    (error: unknown) => {
      list = undefined; // try again next time rather than failing forever
      throw error;
    },
  );
  return list;
}

/** One or two characters over and over ("aaaaaaaaaaaa", "abababababab") is as weak as a listed one. */
const trivialUnit = 2;

function isRepeatOfListed(text: string, listed: ReadonlySet<string>): boolean {
  for (let unit = 1; unit <= text.length / 2; unit += 1) {
    if (text.length % unit !== 0) continue;
    const part = text.slice(0, unit);
    if (part.repeat(text.length / unit) === text && (unit <= trivialUnit || listed.has(part))) return true;
  }
  return false;
}

/** Listed as it is or lowercased, a listed one repeated, or a listed one followed only by digits,
 *  punctuation or symbols ("sommar2024!", "passwordpassword1"), as guessing tools try them. */
export function isCommonPassword(password: string, listed: ReadonlySet<string>): boolean {
  const lower = password.toLowerCase();
  if (listed.has(password) || listed.has(lower)) return true;
  for (const candidate of new Set([lower, passwordCore(password)]))
    if (candidate !== '' && (listed.has(candidate) || isRepeatOfListed(candidate, listed))) return true;
  return false;
}

export async function newPasswordProblem(
  password: string,
  context: { email: string; organisationName?: string | undefined },
): Promise<PasswordProblem | null> {
  const problem = passwordLengthProblem(password) ?? personalPasswordProblem(password, context);
  if (problem) return problem;
  return isCommonPassword(password, await commonPasswords()) ? 'passwordCommon' : null;
}

/** Throws a 422 that names the field and the rule the new password breaks. */
export async function assertAcceptablePassword(
  password: string,
  context: { email: string; organisationName?: string | undefined },
  field: string,
): Promise<void> {
  const problem = await newPasswordProblem(password, context);
  if (!problem) return;
  const params: Record<string, number> =
    problem === 'passwordTooShort'
      ? { minimum: passwordLength.minimum }
      : problem === 'passwordTooLong'
        ? { maximum: passwordLength.maximum }
        : {};
  throw invalid(`security.${problem}`, field, params);
}
