import { describe, expect, it } from 'vitest';
import { passwordLength } from '../../../common/platform/password-policy.js';
import { commonPasswords, isCommonPassword, newPasswordProblem } from './password-rules.js';

const person = { email: 'karin.lindqvist@exempelby.se', organisationName: 'Exempelby kommun' };

describe('password rules', () => {
  it('loads the shipped list once, without its comment lines, with the Nordic additions', async () => {
    const listed = await commonPasswords();
    expect(await commonPasswords()).toBe(listed);
    expect(listed.size).toBeGreaterThan(40_000);
    expect(listed.has('password')).toBe(true);
    expect(listed.has('lösenord')).toBe(true);
    expect(listed.has('velkommen')).toBe(true);
    expect([...listed].some((entry) => entry.startsWith('# '))).toBe(false);
  });

  it('counts length in code points: 12 to 128', async () => {
    expect(await newPasswordProblem('kort lösen', person)).toBe('passwordTooShort');
    // Eleven emoji are 22 UTF-16 units but eleven characters to a person.
    expect(await newPasswordProblem('🌲'.repeat(11), person)).toBe('passwordTooShort');
    expect(await newPasswordProblem('🌲🦊🌲🦊🌲🦊 åäö ørn æ', person)).toBeNull();
    const longest = 'fjällräv i skogen '.repeat(8).slice(0, passwordLength.maximum);
    expect(await newPasswordProblem(longest, person)).toBeNull();
    expect(await newPasswordProblem(`${longest}x`, person)).toBe('passwordTooLong');
  });

  it('refuses listed passwords, also in capitals, repeated, or followed by digits and symbols', async () => {
    const listed = await commonPasswords();
    for (const weak of [
      'qwertyuiop123',
      'QWERTYUIOP123',
      'sommar2024!!!',
      'Lösenord2024!',
      'passwordpassword',
      'dragondragon1',
      'velkommen123456',
      'aaaaaaaaaaaaaa',
      'abababababab',
    ])
      expect(isCommonPassword(weak, listed), weak).toBe(true);
    for (const fine of ['correct horse battery staple', 'tre ord som inte hör ihop', 'tillit-demo-2026'])
      expect(isCommonPassword(fine, listed), fine).toBe(false);
    expect(await newPasswordProblem('Password12345!', person)).toBe('passwordCommon');
  });

  it("refuses the person's e-mail local part and the organisation's name", async () => {
    expect(await newPasswordProblem('Karin.Lindqvist99', person)).toBe('passwordContainsEmail');
    expect(await newPasswordProblem('min karin.lindqvist', person)).toBe('passwordContainsEmail');
    expect(await newPasswordProblem('Exempelby kommun', person)).toBe('passwordOrganisationName');
    expect(await newPasswordProblem('exempelbykommun2026!', person)).toBe('passwordOrganisationName');
    expect(await newPasswordProblem('kommunen i exempelby', person)).toBeNull();
    // A very short local part would refuse too much; it is not checked.
    expect(await newPasswordProblem('jo jo säger bonden', { email: 'jo@exempelby.se' })).toBeNull();
  });
});
