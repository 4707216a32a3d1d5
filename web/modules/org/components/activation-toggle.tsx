import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './confirm-dialog';

/** The deactivate or reactivate request, whichever fits the current state. */
export interface ActivationMutation {
  isPending: boolean;
  error: Error | null;
  reset: () => void;
  mutate: (input: undefined, callbacks: { onSuccess: (updated: { active: boolean; name: string }) => void }) => void;
}

interface ActivationToggleProps {
  /** The catalog section with the texts: `person` or `unit`. */
  section: 'person' | 'unit';
  target: { active: boolean; name: string };
  mutation: ActivationMutation;
  onStatus: (message: string) => void;
}

/** A button that asks first, then deactivates what is active or reactivates what is not. */
export function ActivationToggle({ section, target, mutation, onStatus }: ActivationToggleProps) {
  const { t } = useTranslation('org');
  const [open, setOpen] = useState(false);
  const action = target.active ? 'deactivate' : 'reactivate';
  const close = () => {
    mutation.reset();
    setOpen(false);
  };
  return (
    <>
      <Button variant="secondary" data-color={target.active ? 'danger' : 'accent'} onClick={() => setOpen(true)}>
        {t(`${section}.${action}`)}
      </Button>
      <ConfirmDialog
        open={open}
        title={t(`${section}.${action}Title`, { name: target.name })}
        confirmLabel={t(`${section}.${action}`)}
        destructive={target.active}
        pending={mutation.isPending}
        error={mutation.error}
        onClose={close}
        onConfirm={() =>
          mutation.mutate(undefined, {
            onSuccess: (updated) => {
              close();
              onStatus(t(updated.active ? `${section}.reactivated` : `${section}.deactivated`, { name: updated.name }));
            },
          })
        }
      >
        <Paragraph>{t(`${section}.${action}Explain`)}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
