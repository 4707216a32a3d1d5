import { Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CostTrace as Cost } from '../../../../common/burden/api.js';
import { useFormat } from '../../../ui/format';
import { CostTrace } from './cost-trace';

/** The demand's price a year in hours, FTE and money, with the sum behind each figure. */
export function DemandCost({ cost, headingId }: { cost: Cost; headingId: string }) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('detail.costHeading')}
      </Heading>
      <dl className="burden-figures">
        <div className="burden-figure">
          <dt>{t('figures.hoursPerYear')}</dt>
          <dd>{formatNumber(cost.annualHours, { maximumFractionDigits: 1 })}</dd>
        </div>
        <div className="burden-figure">
          <dt>{t('figures.fte')}</dt>
          <dd>{formatNumber(cost.fte, { maximumFractionDigits: 2 })}</dd>
        </div>
        <div className="burden-figure">
          <dt>{t('figures.money')}</dt>
          <dd>
            {cost.money === null ? t('figures.noHourlyCost') : formatNumber(cost.money, { maximumFractionDigits: 0 })}
          </dd>
        </div>
      </dl>
      <Details>
        <Details.Summary>{t('trace.heading')}</Details.Summary>
        <Details.Content>
          <CostTrace
            inputs={{
              ...cost,
              performersEntered: cost.performersSource === 'entered',
            }}
          />
        </Details.Content>
      </Details>
      <Paragraph data-size="sm" className="burden-hint">
        {t('detail.costMethod')}
      </Paragraph>
    </section>
  );
}
