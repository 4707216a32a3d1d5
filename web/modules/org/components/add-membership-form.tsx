import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../../../../common/org/roles.js';
import { useAddMembership } from '../api/use-add-membership';
import { useFormFields } from '../lib/use-form-fields';
import { localFieldError } from './form-errors';
import { FormShell } from './form-shell';
import { MembershipRoleSelect } from './membership-role-select';

/** Both ends of the membership once the picker has a choice. */
export interface ChosenMembership {
  personId: string;
  personName: string;
  unitId: string;
  unitName: string;
}

interface AddMembershipFormProps {
  /** null while nothing is chosen yet. */
  chosen: ChosenMembership | null;
  /** The picker's field: the server's name for it, its label, and the message when it is empty. */
  choice: { field: 'personId' | 'unitId'; label: string; required: string };
  /** Draws the picker with the id the error summary links to and its error message. */
  picker: (input: { id: string; error: string | undefined }) => ReactNode;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Adding a membership from either end: the unit page chooses a person, the person page a unit.
 *  The role, the check that something was chosen, and the request are the same. */
export function AddMembershipForm({ chosen, choice, picker, onClose, onDone }: AddMembershipFormProps) {
  const { t } = useTranslation('org');
  const add = useAddMembership();
  const [role, setRole] = useState<MembershipRole>('staff');
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? add.error;
  const fields = useFormFields({ [choice.field]: choice.label, role: t('fields.membershipRole') }, error);

  const submit = () => {
    if (!chosen) {
      setLocalError(localFieldError(choice.field, choice.required, t('form.checkFields')));
      return;
    }
    setLocalError(null);
    add.mutate(
      { personId: chosen.personId, unitId: chosen.unitId, role },
      {
        onSuccess: () => {
          onClose();
          onDone(t('members.added', { name: chosen.personName, unit: chosen.unitName }));
        },
      },
    );
  };

  return (
    <FormShell
      error={error}
      fields={fields.summary}
      pending={add.isPending}
      submitLabel={t('members.addSubmit')}
      onSubmit={submit}
      onCancel={onClose}
    >
      {picker(fields.input(choice.field))}
      <MembershipRoleSelect {...fields.input('role')} value={role} onChange={setRole} />
    </FormShell>
  );
}
