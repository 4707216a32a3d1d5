// Two kinds of character that neither database stores as they came: NUL (PostgreSQL refuses it in
// text and in query parameters, SQLite keeps it) and unpaired UTF-16 surrogates (JSON can carry
// them, and each database replaces them with a different number of U+FFFD). Every request is
// checked for them before validation, whatever its schema says, so a search or a password field
// answers 422 like a name field does, and SQLite and PostgreSQL behave alike.

const unstorable = /[\u0000\p{Cs}]/u;

/** True when the text holds a NUL or an unpaired surrogate. */
export const isUnstorableText = (text: string): boolean => unstorable.test(text);

/**
 * The dotted path of the first string (value or key) that cannot be stored, '' for the input
 * itself, or null when there is none. Walks without recursion: a body may nest 10,000 levels deep.
 */
export function findUnstorableText(input: unknown): string | null {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (isUnstorableText(value)) return path;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: join(path, String(i)) });
    } else if (typeof value === 'object' && value !== null) {
      const entries: Array<[string, unknown]> = Object.entries(value);
      for (const [key] of entries) if (isUnstorableText(key)) return join(path, key);
      for (const [key, child] of entries.reverse()) stack.push({ value: child, path: join(path, key) });
    }
  }
  return null;
}
