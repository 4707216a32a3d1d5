import { Table } from '@digdir/designsystemet-react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A row's unit, indented by its place in the tree; screen readers hear the level in words,
 *  since indentation alone says nothing to them. */
export function UnitRowHeader({ depth, children }: { depth: number; children: ReactNode }) {
  const { t } = useTranslation('barometer');
  const style: CSSProperties & Record<'--barometer-depth', number> = { '--barometer-depth': depth };
  return (
    <Table.HeaderCell scope="row">
      <span className="barometer-indent" style={style}>
        {children}
        <span className="ds-sr-only">{`, ${t('heatmap.level', { depth: depth + 1 })}`}</span>
      </span>
    </Table.HeaderCell>
  );
}
