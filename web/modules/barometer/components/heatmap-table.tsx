import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapRow } from '../../../../common/barometer/api.js';
import { TableScroll } from '../../../ui/table-scroll';
import { ParticipationValue } from './participation-value';
import { ScoreValue } from './score-value';
import { UnitRowHeader } from './unit-row-header';

/** Units as rows in tree order, dimensions as columns, the organisation as the comparison row. */
export function HeatmapTable({ heatmap }: { heatmap: Heatmap }) {
  const { t } = useTranslation('barometer');
  const top = Math.min(...heatmap.rows.map((row) => row.depth));
  const organisationShown = heatmap.rows.some((row) => row.unit.id === heatmap.organisation.unit.id);
  if (heatmap.columns.length === 0) return <Paragraph>{t('heatmap.empty')}</Paragraph>;
  return (
    <>
      <Paragraph data-size="sm" className="barometer-hint">
        {t('heatmap.legend')}
      </Paragraph>
      <TableScroll label={t('heatmap.heading')}>
        <Table className="barometer-table" data-size="sm">
          <caption className="ds-sr-only">{t('heatmap.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('heatmap.unit')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('heatmap.respondents')}</Table.HeaderCell>
              {heatmap.columns.map((column) => (
                <Table.HeaderCell scope="col" key={column.key}>
                  {column.name}
                  <span className="barometer-column-scale">
                    {column.score100
                      ? t('heatmap.scale100')
                      : t('heatmap.scaleRange', { min: column.scaleMin, max: column.scaleMax })}
                  </span>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {heatmap.rows.map((row) => (
              <HeatmapTableRow key={row.unit.id} heatmap={heatmap} row={row} depth={row.depth - top} />
            ))}
            {organisationShown ? null : (
              <HeatmapTableRow heatmap={heatmap} row={heatmap.organisation} depth={0} organisation />
            )}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

function HeatmapTableRow(props: { heatmap: Heatmap; row: HeatmapRow; depth: number; organisation?: boolean }) {
  const { t } = useTranslation('barometer');
  const { row, heatmap } = props;
  return (
    <Table.Row className={props.organisation ? 'barometer-row--organisation' : undefined}>
      {props.organisation ? (
        <Table.HeaderCell scope="row">{t('heatmap.comparison', { unit: row.unit.name })}</Table.HeaderCell>
      ) : (
        <UnitRowHeader depth={props.depth}>{row.unit.name}</UnitRowHeader>
      )}
      <Table.Cell>
        <ParticipationValue cell={row.participation} />
      </Table.Cell>
      {heatmap.columns.map((column, index) => {
        const cell = row.cells[index];
        return <Table.Cell key={column.key}>{cell ? <ScoreValue cell={cell} scale={column} /> : null}</Table.Cell>;
      })}
    </Table.Row>
  );
}
