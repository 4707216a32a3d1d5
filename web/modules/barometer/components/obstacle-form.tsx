import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { BusyButton } from '../../org/components/busy-button';
import { errorKey } from '../../org/components/form-errors';
import { RequiredLabel } from '../../org/components/required-label';
import { newIdempotencyKey } from '../../signals/lib/idempotency-key';
import { useRaiseObstacle } from '../api/dialogue-api';

/** "Raise an obstacle": it becomes a signal to whoever has the mandate, linked to the dialogue. */
export function ObstacleForm(props: { waveId: string; unitId: string; onRaised: () => void }) {
  const { t } = useTranslation('barometer');
  const raise = useRaiseObstacle(props.waveId, props.unitId);
  const [text, setText] = useState('');
  // One key per obstacle written: pressing the button twice raises one signal.
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const inputId = useId();
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        raise.mutate(
          { text, idempotencyKey },
          {
            onSuccess: () => {
              setText('');
              setIdempotencyKey(newIdempotencyKey());
              props.onRaised();
            },
          },
        );
      }}
    >
      <Heading level={3} data-size="xs">
        {t('dialogue.obstaclesHeading')}
      </Heading>
      {raise.error ? (
        <FormErrorSummary
          key={errorKey(raise.error)}
          error={raise.error}
          fields={{ text: { inputId, label: t('dialogue.obstacleLabel') } }}
        />
      ) : null}
      <Textfield
        id={inputId}
        multiline
        rows={3}
        label={<RequiredLabel text={t('dialogue.obstacleLabel')} />}
        description={t('dialogue.obstacleHint')}
        value={text}
        error={fieldError(raise.error, 'text')}
        onChange={(event) => setText(event.target.value)}
        aria-required
      />
      <div className="button-row">
        <BusyButton type="submit" pending={raise.isPending}>
          {t('dialogue.raise')}
        </BusyButton>
      </div>
    </form>
  );
}
