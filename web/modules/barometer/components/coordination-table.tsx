import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Coordination } from '../../../../common/barometer/api.js';
import { TableScroll } from '../../../ui/table-scroll';
import { defaultScale, ScoreValue } from './score-value';
import { UnitRowHeader } from './unit-row-header';

/** The relational-coordination matrix: the groups that answered as rows, the groups they depend
 *  on as columns, each cell the mean over the seven dimensions. */
export function CoordinationTable({ coordination }: { coordination: Coordination }) {
  const { t } = useTranslation('barometer');
  if (coordination.targets.length === 0 || coordination.rows.length === 0)
    return <Paragraph>{t('coordination.empty')}</Paragraph>;
  const top = Math.min(...coordination.rows.map((row) => row.depth));
  return (
    <>
      <Paragraph data-size="sm" className="barometer-hint">
        {t('coordination.caption')}{' '}
        {t('coordination.dimensions', { names: coordination.dimensions.map((d) => d.name).join(', ') })}
      </Paragraph>
      <TableScroll label={t('coordination.heading')}>
        <Table className="barometer-table" data-size="sm">
          <caption className="ds-sr-only">{t('coordination.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('coordination.rater')}</Table.HeaderCell>
              {coordination.targets.map((target) => (
                <Table.HeaderCell scope="col" key={target.id}>
                  {target.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {coordination.rows.map((row) => (
              <Table.Row key={row.unit.id}>
                <UnitRowHeader depth={row.depth - top}>{row.unit.name}</UnitRowHeader>
                {coordination.targets.map((target, index) => {
                  const cell = row.cells[index];
                  return (
                    <Table.Cell key={target.id}>
                      {cell ? <ScoreValue cell={cell.overall} scale={defaultScale} /> : null}
                    </Table.Cell>
                  );
                })}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
