import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/error-message';

export interface IdentityRemoveButtonProps {
  label: string;
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: (close: () => void) => void;
}

/** Removing a connected account is asked once more in a modal; the native dialog keeps focus
 *  inside and returns it to the button afterwards. */
export function IdentityRemoveButton(props: IdentityRemoveButtonProps) {
  const { t } = useTranslation('identity');
  const { t: tp } = useTranslation('platform');
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <div className="button-row">
        <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
          {props.label}
        </Button>
      </div>
      <Dialog open={open} onClose={close} closeButton={t('close')} aria-labelledby={titleId}>
        <Heading level={2} data-size="sm" id={titleId}>
          {props.title}
        </Heading>
        <Paragraph>{props.text}</Paragraph>
        {props.error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{errorMessage(props.error, tp)}</Paragraph>
          </Alert>
        ) : null}
        <div className="button-row">
          <Button
            data-color="danger"
            loading={props.pending}
            aria-disabled={props.pending || undefined}
            onClick={() => {
              if (!props.pending) props.onConfirm(close);
            }}
          >
            {props.confirmLabel}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
