import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ChainMap, ScoreCell } from '../../../../common/barometer/api.js';
import { TableScroll } from '../../../ui/table-scroll';
import { defaultScale, ScoreValue } from './score-value';

/** The trust map of the steering chain: per link, the trust placed upward in that level and the
 *  trust that level places downward, then can / will / dare of the upward trust, then the
 *  organisation's up and down to compare with. */
export function ChainTable({ chain }: { chain: ChainMap }) {
  const { t } = useTranslation('barometer');
  if (chain.links.length === 0) return <Paragraph>{t('chain.empty')}</Paragraph>;
  const facets = chain.links[0]?.facets.map((f) => f.facet) ?? [];
  return (
    <TableScroll label={t('chain.heading')}>
      <Table className="barometer-table" data-size="sm">
        <caption className="ds-sr-only">{t('chain.caption', { unit: chain.unit.name })}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('chain.link')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('chain.up')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('chain.down')}</Table.HeaderCell>
            {facets.map((facet) => (
              <Table.HeaderCell scope="col" key={facet}>
                {t('chain.facetUp', { facet: t(`chain.facets.${facet}`) })}
              </Table.HeaderCell>
            ))}
            <Table.HeaderCell scope="col">{t('chain.organisationUp')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('chain.organisationDown')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {chain.links.map((link) => {
            const organisation = chain.organisation.find((o) => o.level === link.level);
            return (
              <Table.Row key={link.level}>
                <Table.HeaderCell scope="row">{t(`chain.levels.${link.level}`)}</Table.HeaderCell>
                <Cell cell={link.up} />
                <Cell cell={link.down} />
                {facets.map((facet) => (
                  <Cell key={facet} cell={link.facets.find((f) => f.facet === facet)?.cell} />
                ))}
                <Cell cell={organisation?.up} />
                <Cell cell={organisation?.down} />
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function Cell({ cell }: { cell: ScoreCell | undefined }) {
  const { t } = useTranslation('barometer');
  return (
    <Table.Cell>
      {cell ? (
        <ScoreValue cell={cell} scale={defaultScale} />
      ) : (
        <span className="barometer-hint">{t('chain.notMeasured')}</span>
      )}
    </Table.Cell>
  );
}
