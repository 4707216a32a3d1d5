// Field building blocks shared by every module's schemas, so that limits are the same everywhere.
import { z } from 'zod';

/** A required single-line text: trimmed, 1..max characters, no control characters. */
export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/u);

/** Optional multi-line text: trimmed, may be empty, line breaks allowed. */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/u);

export const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const id = z.uuid();

export const isoTime = z.string();

export const limits = { name: 200, title: 200, description: 4000, code: 40 } as const;
