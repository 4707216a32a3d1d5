import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedApiToken } from '../../../../common/platform/tokens.js';
import { StatusMessage } from '../../../ui/status-message';

const inputId = 'api-token-secret';

/** The one time the secret is on screen. Focus moves here so a screen reader reads the warning
 *  first; "done" drops the secret from memory. */
export function NewTokenNotice({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const { t } = useTranslation('tokens');
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const selectSecret = () => {
    const input = document.getElementById(inputId);
    if (input instanceof HTMLInputElement) {
      input.focus();
      input.select();
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyStatus('copied');
    } catch {
      // No clipboard outside a secure context, or permission refused: let the user copy by hand.
      selectSecret();
      setCopyStatus('failed');
    }
  };

  return (
    <div className="stacked api-token-notice">
      <Heading level={3} data-size="xs" tabIndex={-1} ref={heading}>
        {t('created.heading')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('created.warning')}</Paragraph>
      </Alert>
      <Textfield
        id={inputId}
        className="api-token-secret"
        label={t('created.label', { name: created.apiToken.name })}
        description={t('created.usage')}
        readOnly
        value={created.token}
        spellCheck={false}
        autoComplete="off"
        onFocus={(event) => event.target.select()}
      />
      <StatusMessage
        message={copyStatus === null ? null : t(copyStatus === 'copied' ? 'created.copied' : 'created.copyFailed')}
        color={copyStatus === 'failed' ? 'warning' : 'success'}
      />
      <div className="button-row">
        <Button onClick={() => void copy()}>{t('created.copy')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('created.done')}
        </Button>
      </div>
    </div>
  );
}
