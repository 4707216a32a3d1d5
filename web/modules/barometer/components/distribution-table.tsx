import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionCell, ItemsResult } from '../../../../common/barometer/api.js';
import { useFormat } from '../../../ui/format';
import { TableScroll } from '../../../ui/table-scroll';

type ItemResult = ItemsResult['items'][number];

/** Each item's answers for the unit as a bar with every share written out beside it, the mean,
 *  and the organisation's mean to compare with; then the comments, when enough were written. */
export function DistributionTable({ result }: { result: ItemsResult }) {
  const { t } = useTranslation('barometer');
  return (
    <>
      <TableScroll label={t('distribution.heading')}>
        <Table className="barometer-table barometer-table--items" data-size="sm">
          <caption className="ds-sr-only">{t('distribution.caption', { unit: result.unit.name })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('distribution.item')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">
                {t('distribution.distribution', { unit: result.unit.name })}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('distribution.mean')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('distribution.organisationMean')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.items.map((item) => (
              <Table.Row key={item.key}>
                <Table.HeaderCell scope="row">{item.text}</Table.HeaderCell>
                <Table.Cell>
                  <Distribution item={item} cell={item.unit} />
                </Table.Cell>
                <Table.Cell>
                  <Mean cell={item.unit} />
                </Table.Cell>
                <Table.Cell>
                  <Mean cell={item.organisation} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Heading level={3} data-size="xs">
        {t('distribution.commentsHeading')}
      </Heading>
      {result.comments.suppressed ? (
        <Paragraph>{t('distribution.commentsSuppressed')}</Paragraph>
      ) : result.comments.items.length === 0 ? (
        <Paragraph>{t('distribution.commentsEmpty')}</Paragraph>
      ) : (
        <CommentGroups comments={result.comments.items} />
      )}
    </>
  );
}

function Suppressed() {
  const { t } = useTranslation('barometer');
  return <span className="barometer-cell barometer-cell--suppressed">{t('heatmap.suppressed')}</span>;
}

function Mean({ cell }: { cell: DistributionCell }) {
  const { formatNumber } = useFormat();
  if (cell.suppressed) return <Suppressed />;
  if (cell.mean === null) return <span aria-hidden="true">–</span>;
  return <>{formatNumber(cell.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</>;
}

function Distribution({ item, cell }: { item: ItemResult; cell: DistributionCell }) {
  const { t } = useTranslation('barometer');
  const { formatNumber } = useFormat();
  if (cell.suppressed) return <Suppressed />;
  const total = cell.counts.reduce((sum, c) => sum + c.count, 0);
  const share = (count: number) => (total > 0 ? count / total : 0);
  const label = (value: number) =>
    item.kind === 'choice' ? (item.choices[value - 1] ?? String(value)) : String(value);
  return (
    <div className="barometer-distribution">
      {/* The bar repeats the shares listed under it; it is a picture of them, not more. */}
      <div className="barometer-bar" aria-hidden="true">
        {cell.counts.map((c) => {
          const style: CSSProperties = { width: `${share(c.count) * 100}%` };
          return <span key={c.value} className="barometer-bar__segment" style={style} />;
        })}
      </div>
      <ul className="barometer-shares">
        {cell.counts.map((c) => (
          <li key={c.value}>
            {t('distribution.share', {
              value: label(c.value),
              percent: formatNumber(share(c.count), { style: 'percent', maximumFractionDigits: 0 }),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

type Comment = Extract<ItemsResult['comments'], { suppressed: false }>['items'][number];

/** One folded group per question, so a long list does not bury the figures below it. Comments
 *  carry no id, author or time; their order is the random one the server stored. */
function CommentGroups({ comments }: { comments: Comment[] }) {
  const { t } = useTranslation('barometer');
  const groups = new Map<string, { text: string; comments: string[] }>();
  for (const comment of comments) {
    const group = groups.get(comment.itemKey) ?? { text: comment.itemText, comments: [] };
    group.comments.push(comment.text);
    groups.set(comment.itemKey, group);
  }
  return (
    <div className="barometer-comment-groups">
      {[...groups.entries()].map(([key, group]) => (
        <Details key={key}>
          <Details.Summary>
            {t('distribution.commentsFor', { item: group.text, count: group.comments.length })}
          </Details.Summary>
          <Details.Content>
            <ul className="barometer-comments">
              {group.comments.map((text, index) => (
                // Position is the only key there is: comments are deliberately anonymous.
                <li key={index}>{text}</li>
              ))}
            </ul>
          </Details.Content>
        </Details>
      ))}
    </div>
  );
}
