// Field building blocks shared by every module's schemas, so that limits are the same everywhere.
import { z } from 'zod';

/** The catalog key (errors.*) of a text with characters it may not hold. */
export const invalidCharactersKey = 'field.invalidCharacters';

// No control characters (a long text keeps tab and line breaks) and no unpaired UTF-16
// surrogates: PostgreSQL cannot store NUL, and neither database keeps a lone surrogate as it came.
const singleLine = /^[^\u0000-\u001f\u007f\p{Cs}]*$/u;
const multiLine = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\p{Cs}]*$/u;

/** A required single-line text: trimmed, 1..max characters, no control characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1).max(max).regex(singleLine, { message: invalidCharactersKey });

/** Optional multi-line text: trimmed, may be empty, line breaks allowed. */
export const longText = (max: number) => z.string().trim().max(max).regex(multiLine, { message: invalidCharactersKey });

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const id = z.uuid();

export const isoTime = z.string();

export const limits = { name: 200, title: 200, description: 4000, code: 40 } as const;
