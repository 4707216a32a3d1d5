import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AssessmentAggregate } from '../../../../common/burden/api.js';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';

export interface Calibration {
  ownerMinutes: number;
  frontlineMedianMinutes: number | null;
  hoursWithFrontlineMedian: number | null;
}

/** What the people who do it think, only in aggregate: how many gave each usefulness, whether
 *  anyone would notice, the median minutes beside the owner's estimate, and comments without names. */
export function AssessmentSummary(props: {
  aggregate: AssessmentAggregate;
  calibration?: Calibration;
  currentHours?: number;
  headingId: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('burden');
  const { formatNumber } = useFormat();
  const { aggregate, calibration } = props;
  const n = (value: number, digits = 1) => formatNumber(value, { maximumFractionDigits: digits });
  return (
    <section className="page-section" aria-labelledby={props.headingId}>
      <Heading level={props.headingLevel ?? 2} data-size={props.headingLevel === 3 ? 'xs' : 'sm'} id={props.headingId}>
        {t('aggregate.heading')}
      </Heading>
      {aggregate.count === 0 ? (
        <Paragraph>{t('aggregate.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('aggregate.summary', {
              count: aggregate.count,
              mean: aggregate.meanUsefulness === null ? '–' : n(aggregate.meanUsefulness),
            })}
          </Paragraph>
          <TableScroll label={t('aggregate.distributionCaption')}>
            <Table data-size="sm">
              <caption>{t('aggregate.distributionCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('aggregate.usefulness')}</Table.HeaderCell>
                  {[1, 2, 3, 4, 5].map((value) => (
                    <Table.HeaderCell key={value}>{value}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                <Table.Row>
                  <Table.HeaderCell>{t('aggregate.people')}</Table.HeaderCell>
                  {aggregate.distribution.map((count, index) => (
                    <Table.Cell key={index}>{count}</Table.Cell>
                  ))}
                </Table.Row>
              </Table.Body>
            </Table>
          </TableScroll>
          <Paragraph>
            {t('aggregate.noticed', {
              yes: aggregate.noticed.yes,
              no: aggregate.noticed.no,
              unknown: aggregate.noticed.unknown,
            })}
          </Paragraph>
        </>
      )}
      {calibration ? (
        <dl className="org-facts">
          <div>
            <dt>{t('aggregate.ownerEstimate')}</dt>
            <dd>{t('units.minutes', { value: n(calibration.ownerMinutes) })}</dd>
          </div>
          <div>
            <dt>{t('aggregate.frontlineMedian')}</dt>
            <dd>
              {calibration.frontlineMedianMinutes === null
                ? t('aggregate.noMedian')
                : t('units.minutes', { value: n(calibration.frontlineMedianMinutes) })}
            </dd>
          </div>
          {calibration.hoursWithFrontlineMedian !== null && props.currentHours !== undefined ? (
            <div>
              <dt>{t('aggregate.hoursWithMedian')}</dt>
              <dd>
                {t('aggregate.hoursCompared', {
                  median: n(calibration.hoursWithFrontlineMedian),
                  owner: n(props.currentHours),
                })}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : aggregate.medianMinutes !== null ? (
        <Paragraph>{t('aggregate.medianOnly', { value: n(aggregate.medianMinutes) })}</Paragraph>
      ) : null}
      {aggregate.comments.length > 0 ? (
        <>
          <Heading level={props.headingLevel === 3 ? 4 : 3} data-size="xs">
            {t('aggregate.comments')}
          </Heading>
          <ul className="plain-list">
            {aggregate.comments.map((comment, index) => (
              <li key={`${index}-${comment.text.slice(0, 20)}`} className="stacked">
                <span className="burden-prewrap">{comment.text}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
