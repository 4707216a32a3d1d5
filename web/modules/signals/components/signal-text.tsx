import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SignalSummary } from '../../../../common/signals/signals.js';

/** What the author wrote, line breaks kept, and their suggestion if they made one. */
export function SignalText({ signal }: { signal: SignalSummary }) {
  const { t } = useTranslation('signals');
  return (
    <section className="page-section" aria-labelledby="signal-text-heading">
      <Heading level={2} data-size="sm" id="signal-text-heading">
        {t('signal.text')}
      </Heading>
      <Paragraph className="signals-prewrap">{signal.text}</Paragraph>
      {signal.suggestion ? (
        <>
          <Heading level={3} data-size="xs">
            {t('signal.suggestion')}
          </Heading>
          <Paragraph className="signals-prewrap">{signal.suggestion}</Paragraph>
        </>
      ) : null}
    </section>
  );
}
