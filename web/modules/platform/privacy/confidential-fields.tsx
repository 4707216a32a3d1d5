import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface ConfidentialDraft {
  marked: boolean;
  reason: string;
}

/** The draft of a record's form as the API's `confidential` field: a reason, or null for public. */
export function confidentialBody(draft: ConfidentialDraft): { reason: string } | null {
  return draft.marked ? { reason: draft.reason } : null;
}

/** "Confidential" with the reason it needs, for any record's form. The reason field appears only
 *  when the box is ticked; the server checks that it is filled in. */
export function ConfidentialFields(props: {
  value: ConfidentialDraft;
  onChange: (value: ConfidentialDraft) => void;
  /** Input id and server message of the reason, from the form's field list. */
  reasonInput: { id: string; error: string | undefined };
}) {
  const { t } = useTranslation('privacy');
  const { value, onChange } = props;
  return (
    <>
      <Checkbox
        label={t('confidential.mark')}
        description={t('confidential.markDescription')}
        checked={value.marked}
        onChange={(event) => onChange({ ...value, marked: event.target.checked })}
      />
      {value.marked ? (
        <Textfield
          {...props.reasonInput}
          label={t('confidential.reason')}
          description={t('confidential.reasonHint')}
          value={value.reason}
          onChange={(event) => onChange({ ...value, reason: event.target.value })}
          autoComplete="off"
          aria-required
          maxLength={500}
        />
      ) : null}
    </>
  );
}
