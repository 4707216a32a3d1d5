import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { figuresSchema, responseFiguresSchema } from '../../../../common/signals/signals.js';
import { AppLink } from '../../../ui/app-link';
import { useFormat } from '../../../ui/format';
import { StackBody, StackCell, StackHead, StackHeader, StackRow, StackTable } from '../../org/components/stack-table';

type Figures = z.infer<typeof figuresSchema>;
type ResponseFigures = z.infer<typeof responseFiguresSchema>;

/** The unit as a whole, then each unit directly below it (a link to its own figures). */
export function FiguresTable({ figures }: { figures: Figures }) {
  const { t } = useTranslation('signals');
  const columns = ['signals', 'answered', 'median', 'onTime', 'resolved', 'hours'] as const;
  return (
    <StackTable label={t('figures.caption', { unit: figures.unit.name })}>
      <StackHead>
        <StackHeader>{t('figures.columns.unit')}</StackHeader>
        {columns.map((column) => (
          <StackHeader key={column}>{t(`figures.columns.${column}`)}</StackHeader>
        ))}
      </StackHead>
      <StackBody>
        <FiguresRow
          unit={<span className="signals-strong">{t('figures.whole', { unit: figures.unit.name })}</span>}
          figures={figures.figures}
        />
        {figures.children.map((child) => (
          <FiguresRow
            key={child.unit.id}
            unit={<AppLink to={`/signals/figures?unitId=${child.unit.id}`}>{child.unit.name}</AppLink>}
            figures={child.figures}
          />
        ))}
      </StackBody>
    </StackTable>
  );
}

function FiguresRow({ unit, figures }: { unit: ReactNode; figures: ResponseFigures }) {
  const { t } = useTranslation('signals');
  const { formatNumber } = useFormat();
  const decimal = (value: number) => formatNumber(value, { maximumFractionDigits: 1 });
  const percent = (value: number) => formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const label = (column: string) => t(`figures.columns.${column}`);
  return (
    <StackRow>
      <StackCell label={label('unit')}>{unit}</StackCell>
      <StackCell label={label('signals')}>{formatNumber(figures.signals)}</StackCell>
      <StackCell label={label('answered')}>{formatNumber(figures.answered)}</StackCell>
      <StackCell label={label('median')}>
        <Maybe value={figures.medianDaysToFirstAnswer} format={decimal} />
      </StackCell>
      <StackCell label={label('onTime')}>
        <Maybe value={figures.onTimeShare} format={percent} />
      </StackCell>
      <StackCell label={label('resolved')}>
        <Maybe value={figures.resolvedShare} format={percent} />
      </StackCell>
      <StackCell label={label('hours')}>{decimal(figures.hoursPerWeekRemoved)}</StackCell>
    </StackRow>
  );
}

/** "–" where there is nothing to measure; a screen reader hears why instead of "dash". */
function Maybe({ value, format }: { value: number | null; format: (value: number) => string }) {
  const { t } = useTranslation('signals');
  if (value !== null) return <>{format(value)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="ds-sr-only">{t('figures.missing')}</span>
    </>
  );
}
