import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../../ui/status-message';

/** The recovery codes, the only time they are on screen: copy, download, then "I have saved
 *  them". Focus moves to the heading so a screen reader starts with what this is. */
export function RecoveryCodes({ codes, onSaved }: { codes: readonly string[]; onSaved: () => void }) {
  const { t } = useTranslation('security');
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const text = `${t('recovery.fileHeader')}\n\n${codes.join('\n')}\n`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyStatus('copied');
    } catch {
      // No clipboard outside a secure context, or permission refused: select them for the user.
      const selection = window.getSelection();
      if (list.current && selection) selection.selectAllChildren(list.current);
      setCopyStatus('failed');
    }
  };

  return (
    <section aria-labelledby="recovery-codes-heading" className="stacked recovery-codes">
      <Heading level={2} data-size="sm" id="recovery-codes-heading" tabIndex={-1} ref={heading}>
        {t('recovery.heading')}
      </Heading>
      <Paragraph>{t('recovery.intro')}</Paragraph>
      <ol className="recovery-codes__list" aria-label={t('recovery.listLabel')} ref={list}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <StatusMessage
        message={copyStatus === null ? null : t(copyStatus === 'copied' ? 'recovery.copied' : 'recovery.copyFailed')}
        color={copyStatus === 'failed' ? 'warning' : 'success'}
      />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('recovery.copy')}
        </Button>
        <Button asChild variant="secondary">
          <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download={t('recovery.fileName')}>
            {t('recovery.download')}
          </a>
        </Button>
      </div>
      <div className="button-row">
        <Button onClick={onSaved}>{t('recovery.saved')}</Button>
      </div>
    </section>
  );
}
