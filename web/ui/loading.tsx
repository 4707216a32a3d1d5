import { Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** A labelled spinner; the label is what a screen reader hears instead of silence. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('platform');
  return (
    <div className="loading">
      <Spinner aria-label={label ?? t('common.loading')} data-size="md" />
    </div>
  );
}
