// One form item may appear once per dependent work group (relational coordination); the pair of
// item key and target is what an answer is about, and what the form keeps its state under.
import type { FormItem, SubmitResponseBody } from '../../../../common/barometer/api.js';

export function answerKey(item: Pick<FormItem, 'key' | 'targetUnit'>): string {
  return item.targetUnit ? `${item.key}@${item.targetUnit.id}` : item.key;
}

export interface AnswerState {
  values: Record<string, number>;
  texts: Record<string, string>;
}

/** The request body: skipped items are left out, blank comments too. */
export function responseBody(items: FormItem[], state: AnswerState): SubmitResponseBody {
  const answers: SubmitResponseBody['answers'] = [];
  const comments: SubmitResponseBody['comments'] = [];
  for (const item of items) {
    const key = answerKey(item);
    if (item.kind === 'text') {
      const text = (state.texts[key] ?? '').trim();
      if (text !== '') comments.push({ itemKey: item.key, text });
      continue;
    }
    const value = state.values[key];
    if (value !== undefined) answers.push({ itemKey: item.key, targetUnitId: item.targetUnit?.id ?? null, value });
  }
  return { answers, comments };
}
