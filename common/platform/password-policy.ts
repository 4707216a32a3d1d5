// The password rules that need no list: length in Unicode code points (so "å" or an emoji counts
// as one character, as a person would count it), and no password built from the person's own
// e-mail address or the organisation's name. No composition rules and no forced rotation: they
// make passwords harder to remember without making them harder to guess (NIST SP 800-63B).
// The server adds the check against the shipped list of common passwords.

export const passwordLength = { minimum: 12, maximum: 128 } as const;

/** What is wrong with a new password, as a key under errors.security.* in the catalogs. */
export type PasswordProblem =
  'passwordTooShort' | 'passwordTooLong' | 'passwordCommon' | 'passwordContainsEmail' | 'passwordOrganisationName';

export function codePointLength(text: string): number {
  return [...text].length;
}

/** Trailing digits, punctuation, symbols and spaces: "sommar2024!" is still "sommar". */
const decoration = /[\p{N}\p{P}\p{S}\s]+$/u;

/** The password without decoration at its end, lowercased, as attackers' rules would try it. */
export function passwordCore(password: string): string {
  return password.toLowerCase().replace(decoration, '');
}

/** Too short (or too long) for the rules; the common-password list is checked on the server. */
export function passwordLengthProblem(password: string): PasswordProblem | null {
  const length = codePointLength(password);
  if (length < passwordLength.minimum) return 'passwordTooShort';
  if (length > passwordLength.maximum) return 'passwordTooLong';
  return null;
}

/** A local part this short ("jo@…") would refuse too many good passwords to be worth checking. */
const shortestCheckedLocalPart = 3;

/** The person's own e-mail address or the organisation's name is the first thing an attacker tries. */
export function personalPasswordProblem(
  password: string,
  context: { email: string; organisationName?: string | undefined },
): PasswordProblem | null {
  const lower = password.toLowerCase();
  const localPart = (context.email.split('@')[0] ?? '').toLowerCase();
  if (codePointLength(localPart) >= shortestCheckedLocalPart && lower.includes(localPart))
    return 'passwordContainsEmail';
  const organisation = (context.organisationName ?? '').toLowerCase().trim();
  if (organisation !== '') {
    const core = passwordCore(password);
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    if (core === organisation || squeeze(core) === squeeze(organisation)) return 'passwordOrganisationName';
  }
  return null;
}
