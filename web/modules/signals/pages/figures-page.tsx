import { Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isExternalKind } from '../../../../common/org/roles.js';
import { AppLink } from '../../../ui/app-link';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useUnits } from '../../org/api/use-units';
import { joinPath } from '../../org/lib/path-separator';
import { retryFor } from '../../org/lib/retry';
import { buildForest, flattenForest } from '../../org/lib/unit-tree';
import { useUnitScope } from '../../org/lib/use-unit-scope';
import { useMe } from '../../platform/use-me';
import { useFigures } from '../api/use-figures';
import { FiguresTable } from '../components/figures-table';
import { FilterSelect } from '../components/filter-select';
import { ledUnitIds } from '../lib/viewer';
import '../../org/org.css';
import '../signals.css';

/** /signals/figures?unitId=: leadership response figures for a unit and the units directly below
 *  it. Offered to the unit's leaders and the chain above, analysts and administrators. */
export function FiguresPage() {
  const { t, i18n } = useTranslation('signals');
  const me = useMe().data;
  const units = useUnits();
  const scope = useUnitScope(units.data?.items);
  const [params, setParams] = useSearchParams();
  const seesAll = scope.admin || (me?.roles.includes('analyst') ?? false);

  const options = useMemo(
    () =>
      flattenForest(buildForest(units.data?.items ?? [], i18n.language)).filter(
        ({ unit }) => unit.active && !isExternalKind(unit.kind) && (seesAll || scope.manages(unit.id)),
      ),
    [units.data, i18n.language, seesAll, scope],
  );
  // Without a choice: the first unit the reader leads, or the top of the organisation.
  const unitId = params.get('unitId') ?? ledUnitIds(me)[0] ?? options[0]?.unit.id;
  const figures = useFigures(unitId);

  return (
    <div className="page">
      <PageHeading title={t('figures.title')} />
      <Paragraph>{t('figures.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/signals">{t('signal.back')}</AppLink>
      </Paragraph>
      {units.isPending ? <Loading /> : null}
      {options.length > 0 ? (
        <div className="org-toolbar">
          <FilterSelect
            label={t('figures.unitLabel')}
            value={unitId}
            options={options.map(({ unit, path }) => ({ value: unit.id, label: joinPath([...path, unit.name]) }))}
            onChange={(id) => setParams(id ? { unitId: id } : {}, { replace: true })}
          />
        </div>
      ) : null}
      {unitId === undefined && units.data ? <Paragraph>{t('figures.chooseUnit')}</Paragraph> : null}
      {figures.isPending && unitId !== undefined ? <Loading /> : null}
      {figures.isError ? <QueryError error={figures.error} onRetry={retryFor(figures)} /> : null}
      {figures.data ? (
        <section className="page-section" aria-label={t('figures.caption', { unit: figures.data.unit.name })}>
          <FiguresTable figures={figures.data} />
          <Paragraph data-size="sm">{t('figures.missingExplained')}</Paragraph>
          <Paragraph data-size="sm">{t('figures.hoursExplained')}</Paragraph>
        </section>
      ) : null}
    </div>
  );
}
