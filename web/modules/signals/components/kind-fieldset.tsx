import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { signalKinds, type SignalKind } from '../../../../common/signals/vocabulary.js';

/** The four kinds as radio buttons, each with one line saying when to use it. The error summary
 *  links to the first radio (`id`). */
export function KindFieldset(props: {
  id: string;
  value: SignalKind;
  onChange: (kind: SignalKind) => void;
  error?: string;
}) {
  const { t } = useTranslation('signals');
  const name = useId();
  return (
    <Fieldset data-size="sm">
      <Fieldset.Legend>{t('raise.kindLegend')}</Fieldset.Legend>
      {signalKinds.map((kind, index) => (
        <Radio
          key={kind}
          id={index === 0 ? props.id : undefined}
          name={name}
          value={kind}
          label={t(`kinds.${kind}`)}
          description={t(`kindHints.${kind}`)}
          checked={props.value === kind}
          onChange={() => props.onChange(kind)}
        />
      ))}
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Fieldset>
  );
}
