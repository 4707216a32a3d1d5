import { describe, expect, it } from 'vitest';
import { followKeyFrom, followLink } from './follow-key';

const key = 'aB3_-aB3_-aB3_-aB3_-aB3_-aB3_-aB3_-aB3_-abc';

describe('the follow key in the fragment', () => {
  it('reads the key after the #', () => {
    expect(followKeyFrom(`#${key}`)).toBe(key);
  });

  it('round-trips through the link it shows', () => {
    const link = new URL(followLink('https://tillit.example', key));
    expect(link.pathname).toBe('/signals/follow');
    expect(link.search).toBe('');
    expect(followKeyFrom(link.hash)).toBe(key);
  });

  it.each(['', '#', '#short', '#%E0%A4%A', `#${key}<script>`, `#${'a'.repeat(201)}`])('refuses %j', (hash) => {
    expect(followKeyFrom(hash)).toBeNull();
  });
});
