// The HME export: one row per unit the caller may see, with respondents, the three area indexes
// and the total on 0-100 (whole numbers), in the shape the Kolada report needs. A suppressed row
// keeps its unit code and name and the status 'suppressed', nothing else; every cell passes neutraliseFormula.
import { stringify } from 'csv-stringify/sync';
import { dimensionMetric, respondentsMetric, totalMetric } from '../../../common/barometer/metrics.js';
import { neutraliseFormula } from '../../../common/platform/csv-formula.js';
import { notFound } from '../../platform/errors.js';
import { requireSignedIn, type ServiceContext } from '../../platform/principal.js';
import { loadOrgScope } from '../org/scope.js';
import { loadWaveInstruments } from './instruments.js';
import { loadResults, scoreCell } from './results-model.js';

const areas = ['motivation', 'leadership', 'steering'] as const;

export async function hmeCsv(ctx: ServiceContext, waveId: string): Promise<string> {
  const { scope } = await loadOrgScope(requireSignedIn(ctx));
  const results = await loadResults(ctx.db, scope, waveId, [respondentsMetric, 'dim:hme.', 'total:hme']);
  const instruments = await loadWaveInstruments(ctx.db, results.wave.instruments_json);
  const hme = instruments.find((i) => i.key === 'hme');
  if (!hme) throw notFound();
  const scale = { min: 1, max: 5, score100: true };
  const header = ['unit_code', 'unit_name', 'respondents', ...areas, 'hme_total', 'status'];
  const rows = results.units
    .filter((u) => results.viewerUnits.has(u.unit_id))
    .map((u) => {
      const total = scoreCell(results, totalMetric(hme.key), u.unit_id, scale);
      const parts = areas.map((area) => scoreCell(results, dimensionMetric(hme.key, area), u.unit_id, scale));
      const figure = (cell: typeof total) => (cell.suppressed ? '' : String(Math.round(cell.score100 ?? 0)));
      return [
        u.code,
        u.name,
        total.suppressed ? '' : String(total.n),
        ...parts.map(figure),
        figure(total),
        // A code, not a sentence: the file is read by programs as well as people.
        total.suppressed ? 'suppressed' : 'ok',
      ];
    });
  return stringify([header, ...rows.map((row) => row.map(neutraliseFormula))], { delimiter: ';', bom: true });
}
