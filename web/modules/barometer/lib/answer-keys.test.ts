import { describe, expect, it } from 'vitest';
import type { FormItem } from '../../../../common/barometer/api.js';
import { answerKey, responseBody } from './answer-keys';

const base = { scaleMin: 1, scaleMax: 5, minLabel: null, maxLabel: null, choices: [], targetUnit: null };
const scale: FormItem = { ...base, key: 'pulse.trust', kind: 'scale', text: 'Tillit' };
const rcA: FormItem = { ...scale, key: 'rc.timely', targetUnit: { id: 'a', name: 'A' } };
const rcB: FormItem = { ...scale, key: 'rc.timely', targetUnit: { id: 'b', name: 'B' } };
const text: FormItem = { ...base, key: 'pulse.comment', kind: 'text', text: 'Något mer?' };

describe('responseBody', () => {
  it('keeps one answer per item and target, and leaves out what was skipped', () => {
    const body = responseBody([scale, rcA, rcB, text], {
      values: { [answerKey(scale)]: 4, [answerKey(rcB)]: 2 },
      texts: { [answerKey(text)]: '   ' },
    });
    expect(body).toEqual({
      answers: [
        { itemKey: 'pulse.trust', targetUnitId: null, value: 4 },
        { itemKey: 'rc.timely', targetUnitId: 'b', value: 2 },
      ],
      comments: [],
    });
  });

  it('sends trimmed free text as a comment', () => {
    const body = responseBody([text], { values: {}, texts: { [answerKey(text)]: ' Bra jobbat \n' } });
    expect(body.comments).toEqual([{ itemKey: 'pulse.comment', text: 'Bra jobbat' }]);
  });
});
