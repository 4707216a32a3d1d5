// The board as CSV, for the public-access requests and analyses a public body must answer. Every
// cell goes through neutraliseFormula, so a text typed into Tillit cannot run in a spreadsheet.
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../../common/i18n/locales.js';
import { neutraliseFormula } from '../../../common/platform/csv-formula.js';
import type { SignalSummary } from '../../../common/signals/signals.js';
import { translate } from '../../platform/i18n.js';

export function formatSignalsCsv(items: readonly SignalSummary[], locale: Locale): string {
  const t = (key: string) => translate(locale, 'signals', key);
  const header = [
    'id',
    'created_at',
    'kind',
    'status',
    'unit',
    'handling_unit',
    'text',
    'suggestion',
    'minutes_per_week',
    'me_too',
    'total_minutes_per_week',
    'author',
    'due_at',
    'first_answered_at',
    'restricted',
  ];
  const rows = items.map((s) => [
    s.id,
    s.createdAt,
    t(`kinds.${s.kind}`),
    t(`statuses.${s.status}`),
    s.unit.name,
    s.handlingUnit.name,
    s.text,
    s.suggestion,
    s.minutesPerWeek === null ? '' : String(s.minutesPerWeek),
    String(s.meToo.count),
    String(s.meToo.totalMinutesPerWeek),
    s.author ? s.author.name : t('anonymous'),
    s.dueAt,
    s.firstAnsweredAt ?? '',
    s.restricted ? 'yes' : 'no',
  ]);
  return stringify([header, ...rows.map((row) => row.map(neutraliseFormula))], { delimiter: ';', bom: true });
}
