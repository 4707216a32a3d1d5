// Leadership response figures for a set of signals: pure, so the arithmetic is tested by hand and
// the same on the server and in any export.
import type { SignalKind, SignalStatus } from './vocabulary.js';

export interface SignalFacts {
  kind: SignalKind;
  status: SignalStatus;
  createdAt: string;
  /** The first deadline for a first answer, as set when the signal was raised. */
  firstDueAt: string;
  firstAnsweredAt: string | null;
  /** The author's time cost plus every "me too", in minutes per week. */
  minutesPerWeek: number;
}

export interface ResponseFigures {
  signals: number;
  answered: number;
  /** Median calendar days from raising to the first answer, one decimal; null when none answered. */
  medianDaysToFirstAnswer: number | null;
  /** Answered by the first deadline, of those answered or past their deadline; null when none. */
  onTimeShare: number | null;
  /** Done, of all. Null when there are no signals. */
  resolvedShare: number | null;
  /** Hours per week that resolved obstacles (and rule obstacles) cost before they were removed. */
  hoursPerWeekRemoved: number;
}

const dayMs = 86_400_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function responseFigures(signals: readonly SignalFacts[], now: Date): ResponseFigures {
  const answeredDays: number[] = [];
  let due = 0;
  let onTime = 0;
  let done = 0;
  let minutesRemoved = 0;
  for (const s of signals) {
    const created = Date.parse(s.createdAt);
    const deadline = Date.parse(s.firstDueAt);
    if (s.firstAnsweredAt !== null) {
      const answered = Date.parse(s.firstAnsweredAt);
      answeredDays.push((answered - created) / dayMs);
      due += 1;
      if (answered <= deadline) onTime += 1;
    } else if (deadline < now.getTime()) {
      due += 1;
    }
    if (s.status === 'done') {
      done += 1;
      if (s.kind === 'obstacle' || s.kind === 'rule_obstacle') minutesRemoved += s.minutesPerWeek;
    }
  }
  const med = median(answeredDays);
  return {
    signals: signals.length,
    answered: answeredDays.length,
    medianDaysToFirstAnswer: med === null ? null : round1(med),
    onTimeShare: due === 0 ? null : onTime / due,
    resolvedShare: signals.length === 0 ? null : done / signals.length,
    hoursPerWeekRemoved: round1(minutesRemoved / 60),
  };
}
