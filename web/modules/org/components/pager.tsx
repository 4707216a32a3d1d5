import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  onOffset: (offset: number) => void;
  /** Only one pager on a page should announce the range as it changes. */
  announce?: boolean;
}

/** Previous/next through a long list. The buttons use aria-disabled so that pressing "next" onto
 *  the last page does not throw keyboard focus away. */
export function Pager({ offset, limit, total, onOffset, announce = false }: PagerProps) {
  const { t } = useTranslation('org');
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < total;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav aria-label={t('pager.label')} className="org-pager">
      <Paragraph role={announce ? 'status' : undefined} data-size="sm">
        {t('pager.range', { from, to, count: total })}
      </Paragraph>
      {total > limit ? (
        <div className="button-row">
          <Button
            variant="secondary"
            data-size="sm"
            aria-disabled={!hasPrevious || undefined}
            onClick={() => hasPrevious && onOffset(Math.max(0, offset - limit))}
          >
            {t('pager.previous')}
          </Button>
          <Button
            variant="secondary"
            data-size="sm"
            aria-disabled={!hasNext || undefined}
            onClick={() => hasNext && onOffset(offset + limit)}
          >
            {t('pager.next')}
          </Button>
        </div>
      ) : null}
    </nav>
  );
}
