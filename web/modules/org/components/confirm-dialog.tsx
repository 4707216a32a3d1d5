import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../app/api';
import { BusyButton } from './busy-button';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  /** Colours the confirm button red for changes that take something away. */
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** A modal question before a change that is hard to undo. The native dialog keeps focus inside
 *  and returns it to the button that opened it. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  const detail = props.error instanceof ApiError ? props.error.problem?.detail : undefined;
  return (
    <Dialog open={props.open} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {props.title}
      </Heading>
      <div className="org-dialog-body">{props.children}</div>
      {props.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{detail ?? t('common.saveError')}</Paragraph>
        </Alert>
      ) : null}
      <div className="button-row">
        <BusyButton
          data-color={props.destructive ? 'danger' : 'accent'}
          onClick={props.onConfirm}
          pending={props.pending}
        >
          {props.confirmLabel}
        </BusyButton>
        <Button variant="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
