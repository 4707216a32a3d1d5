// The colour band of a result cell. The band is only a second cue: the number is always shown,
// and the band is also written out in words, so nothing depends on seeing colour.

export const bands = ['low', 'middle', 'high'] as const;
export type Band = (typeof bands)[number];

export interface Scale {
  min: number;
  max: number;
}

/** The 0-100 presentation of a scale: where the instrument asks for it. */
export const scale100: Scale = { min: 0, max: 100 };

/** Low below half of the range, high from three quarters: the usual cut-offs of trust and
 *  engagement indexes (an HME of 75 or more counts as high). */
export function bandOf(value: number, scale: Scale): Band {
  const span = scale.max - scale.min;
  const share = span > 0 ? (value - scale.min) / span : 0;
  if (share < 0.5) return 'low';
  if (share < 0.75) return 'middle';
  return 'high';
}
