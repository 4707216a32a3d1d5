import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { csvColumns, csvLimits } from '../../../../common/org/csv-format.js';
import { useFormat } from '../../../ui/format';

/** The file format in brief; the downloaded export is the real template. */
export function ImportFormat() {
  const { t } = useTranslation('org');
  const { formatNumber } = useFormat();
  return (
    <Details>
      <Details.Summary>{t('import.formatHeading')}</Details.Summary>
      <Details.Content>
        <Paragraph>
          {t('import.formatIntro', {
            lines: formatNumber(csvLimits.maxDataLines),
            megabytes: formatNumber(csvLimits.maxBytes / (1024 * 1024)),
          })}
        </Paragraph>
        <dl className="org-columns">
          {csvColumns.map((column) => (
            <div key={column}>
              <dt>
                <code>{column}</code>
              </dt>
              <dd>{t(`import.columns.${column}`)}</dd>
            </div>
          ))}
        </dl>
        <Paragraph>{t('import.formatMatching')}</Paragraph>
      </Details.Content>
    </Details>
  );
}
