import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './error-message';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shown where data should have been; says what went wrong and offers to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation('platform');
  return (
    <Alert data-color="danger">
      <Paragraph>{errorMessage(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry} className="query-error__retry">
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
