// Shared building blocks of the built-in instruments: one text in the four languages, and the
// usual agreement scale's end labels.
import type { LocalisedText } from '../instrument.js';

export const l = (sv: string, nb: string, da: string, en: string): LocalisedText => ({ sv, nb, da, en });

export const disagree = l('Stämmer inte alls', 'Stemmer ikke i det hele tatt', 'Passer slet ikke', 'Not at all true');
export const agree = l('Stämmer helt', 'Stemmer helt', 'Passer helt', 'Completely true');

/** A five-point agreement item. */
export const agreeItem = (key: string, text: ReturnType<typeof l>) =>
  ({ key, kind: 'scale', text, scaleMin: 1, scaleMax: 5, minLabel: disagree, maxLabel: agree }) as const;
