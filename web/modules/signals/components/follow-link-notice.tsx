import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import { StatusMessage } from '../../../ui/status-message';
import { followLink } from '../lib/follow-key';

/** Shown once, right after an anonymous signal is sent: the private follow link. Nothing stores it,
 *  so leaving this view loses it; the warning says so before anything else. */
export function FollowLinkNotice({ followKey, onAnother }: { followKey: string; onAnother: () => void }) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const link = followLink(window.location.origin, followKey);

  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus({ text: t('raise.copied'), ok: true });
    } catch {
      // No clipboard (an insecure context, or permission refused): select it for a manual copy.
      const input = document.getElementById(inputId);
      if (input instanceof HTMLInputElement) {
        input.focus();
        input.select();
      }
      setCopyStatus({ text: t('raise.copyFailed'), ok: false });
    }
  };

  return (
    <section className="page-section" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId} ref={heading} tabIndex={-1}>
        {t('raise.followTitle')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('raise.followWarning')}</Paragraph>
      </Alert>
      <Textfield
        id={inputId}
        label={t('raise.followLinkLabel')}
        value={link}
        readOnly
        spellCheck={false}
        className="signals-follow-link"
        onFocus={(event) => event.target.select()}
      />
      <div className="button-row">
        <Button onClick={() => void copy()}>{t('raise.copy')}</Button>
        <AppLink to={`/signals/follow#${followKey}`}>{t('raise.openFollow')}</AppLink>
      </div>
      <StatusMessage message={copyStatus?.text} color={copyStatus?.ok === false ? 'warning' : 'success'} />
      <Paragraph>
        <Button variant="secondary" onClick={onAnother}>
          {t('raise.another')}
        </Button>
      </Paragraph>
    </section>
  );
}
