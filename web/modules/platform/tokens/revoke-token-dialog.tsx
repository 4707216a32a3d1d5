import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../common/platform/tokens.js';
import { errorMessage } from '../../../ui/error-message';

interface RevokeTokenDialogProps {
  /** The token asked about; null keeps the dialog closed. */
  token: ApiToken | null;
  pending: boolean;
  error: unknown;
  onConfirm: (token: ApiToken) => void;
  onClose: () => void;
}

/** Asks before revoking: integrations stop at once and it cannot be undone. The native dialog
 *  keeps focus inside and gives it back to the button that opened it. */
export function RevokeTokenDialog({ token, pending, error, onConfirm, onClose }: RevokeTokenDialogProps) {
  const { t } = useTranslation('tokens');
  const { t: tp } = useTranslation('platform');
  const titleId = useId();
  return (
    <Dialog open={token !== null} onClose={onClose} closeButton={t('revoke.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('revoke.title', { name: token?.name ?? '' })}
      </Heading>
      <Paragraph>{t('revoke.text')}</Paragraph>
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorMessage(error, tp)}</Paragraph>
        </Alert>
      ) : null}
      <div className="button-row">
        <Button
          data-color="danger"
          loading={pending}
          aria-disabled={pending || undefined}
          onClick={() => {
            if (token && !pending) onConfirm(token);
          }}
        >
          {t('revoke.confirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('revoke.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
