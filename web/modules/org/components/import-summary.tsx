import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ImportSummary as Summary } from '../../../../common/org/csv-format.js';
import { useFormat } from '../../../ui/format';

const summaryKeys = [
  'lines',
  'unitsCreated',
  'unitsUpdated',
  'unitsDeactivated',
  'peopleCreated',
  'peopleUpdated',
  'peopleDeactivated',
  'membershipsAdded',
  'membershipsEnded',
] as const satisfies ReadonlyArray<keyof Summary>;

/** The counts of a check or an import. For a check they are what an import would do. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation('org');
  const { formatNumber } = useFormat();
  return (
    <section aria-labelledby="org-import-summary" className="page-section">
      <Heading level={2} data-size="sm" id="org-import-summary" tabIndex={-1}>
        {result.mode === 'apply' ? t('import.appliedHeading') : t('import.checkedHeading')}
      </Heading>
      <dl className="org-facts org-counts">
        {summaryKeys.map((key) => (
          <div key={key}>
            <dt>{t(`import.summary.${key}`)}</dt>
            <dd>{formatNumber(result.summary[key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
