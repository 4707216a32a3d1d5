import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../common/org/people.js';
import { AddMembershipForm } from './add-membership-form';
import { FormDialog } from './form-dialog';
import { PersonPicker } from './person-picker';

interface AddMemberDialogProps {
  open: boolean;
  unitId: string;
  unitName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** From the unit page: choose the person to add. */
export function AddMemberDialog(props: AddMemberDialogProps) {
  const { t } = useTranslation('org');
  return (
    <FormDialog open={props.open} title={t('members.addTitle', { unit: props.unitName })} onClose={props.onClose}>
      <AddMemberForm {...props} />
    </FormDialog>
  );
}

function AddMemberForm({ unitId, unitName, onClose, onDone }: AddMemberDialogProps) {
  const { t } = useTranslation('org');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  return (
    <AddMembershipForm
      chosen={person ? { personId: person.id, personName: person.name, unitId, unitName } : null}
      choice={{ field: 'personId', label: t('members.choosePerson'), required: t('members.personRequired') }}
      picker={(input) => (
        <PersonPicker {...input} legend={t('members.choosePerson')} value={person} onChange={setPerson} />
      )}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
