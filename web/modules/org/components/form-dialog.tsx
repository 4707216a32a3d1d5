import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** The form; mounted only while the dialog is open. */
  children: ReactNode;
}

/** The dialog stays mounted so that closing it hands focus back to the button that opened it;
 *  the form inside is fresh every time it opens. */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {props.title}
      </Heading>
      {props.open ? props.children : null}
    </Dialog>
  );
}
