import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaveDetail } from '../../../../common/barometer/api.js';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { BusyButton } from '../../org/components/busy-button';
import { ConfirmDialog } from '../../org/components/confirm-dialog';
import { errorKey } from '../../org/components/form-errors';
import { useCloseWave, useRaiseAnonymity } from '../api/waves-api';

/** "Close now" (administrators and analysts): nobody can answer after it, results are computed. */
export function CloseWaveButton({ wave, onClosed }: { wave: WaveDetail; onClosed: (message: string) => void }) {
  const { t } = useTranslation('barometer');
  const [open, setOpen] = useState(false);
  const close = useCloseWave(wave.id, () => {
    setOpen(false);
    onClosed(t('results.closed'));
  });
  return (
    <div>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t('results.closeNow')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('results.closeNow')}
        confirmLabel={t('results.closeNow')}
        pending={close.isPending}
        error={close.error}
        onClose={() => {
          close.reset();
          setOpen(false);
        }}
        onConfirm={() => close.mutate(undefined)}
      >
        <Paragraph>{t('results.closeConfirm')}</Paragraph>
      </ConfirmDialog>
    </div>
  );
}

/** A wave's thresholds can only go up once it has opened; the server refuses anything lower. */
export function RaiseAnonymityForm({ wave, onRaised }: { wave: WaveDetail; onRaised: (message: string) => void }) {
  const { t } = useTranslation('barometer');
  const raise = useRaiseAnonymity(wave.id);
  const [minGroup, setMinGroup] = useState(String(wave.minGroup));
  const [minComments, setMinComments] = useState(String(wave.minComments));
  const groupId = useId();
  const commentsId = useId();
  return (
    <form
      className="form page--narrow"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        raise.mutate(
          { minGroup: Number(minGroup), minComments: Number(minComments) },
          { onSuccess: () => onRaised(t('results.raisedK')) },
        );
      }}
    >
      <Heading level={3} data-size="xs">
        {t('results.raiseK')}
      </Heading>
      {raise.error ? (
        <FormErrorSummary
          key={errorKey(raise.error)}
          error={raise.error}
          fields={{
            minGroup: { inputId: groupId, label: t('settings.minGroupLabel') },
            minComments: { inputId: commentsId, label: t('settings.minCommentsLabel') },
          }}
        />
      ) : null}
      <Textfield
        id={groupId}
        type="number"
        inputMode="numeric"
        min={wave.minGroup}
        label={t('settings.minGroupLabel')}
        value={minGroup}
        error={fieldError(raise.error, 'minGroup')}
        onChange={(event) => setMinGroup(event.target.value)}
      />
      <Textfield
        id={commentsId}
        type="number"
        inputMode="numeric"
        min={wave.minComments}
        label={t('settings.minCommentsLabel')}
        value={minComments}
        error={fieldError(raise.error, 'minComments')}
        onChange={(event) => setMinComments(event.target.value)}
      />
      <div className="button-row">
        <BusyButton type="submit" pending={raise.isPending}>
          {t('results.raiseKSubmit')}
        </BusyButton>
      </div>
    </form>
  );
}
