// E-mail addresses as Swedish municipalities hand them out: firstname.lastname@domain in plain
// ASCII, with a digit added when the address is already taken.

export const demoDomain = 'exempelby.se';

/** Letters that Unicode does not decompose into a base letter and an accent. */
const foldedLetters: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'dj', ł: 'l', ı: 'i' };

export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[øæœßđłı]/gu, (letter) => foldedLetters[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/\s+/gu, '-')
    .replace(/[^a-z0-9-]/gu, '');
}

/** The first free address for a name; `taken` is updated so the next call sees it. */
export function uniqueEmail(firstName: string, lastName: string, taken: Set<string>): string {
  const local = `${asciiFold(firstName)}.${asciiFold(lastName)}`;
  for (let n = 1; ; n += 1) {
    const candidate = `${local}${n === 1 ? '' : String(n)}@${demoDomain}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
