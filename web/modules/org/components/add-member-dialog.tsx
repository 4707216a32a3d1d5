import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../../common/org/people.js';
import type { MembershipRole } from '../../../../common/org/roles.js';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { useAddMembership } from '../api/use-add-membership';
import { BusyButton } from './busy-button';
import { errorKey, localFieldError } from './form-errors';
import { MembershipRoleSelect } from './membership-role-select';
import { PersonPicker } from './person-picker';

interface AddMemberDialogProps {
  open: boolean;
  unitId: string;
  unitName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The dialog stays mounted so that closing it hands focus back to the button that opened it;
 *  the form inside is fresh every time it opens. */
export function AddMemberDialog(props: AddMemberDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('members.addTitle', { unit: props.unitName })}
      </Heading>
      {props.open ? <AddMemberForm {...props} /> : null}
    </Dialog>
  );
}

function AddMemberForm({ unitId, unitName, onClose, onDone }: AddMemberDialogProps) {
  const { t } = useTranslation('org');
  const ids = { person: useId(), role: useId() };
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [role, setRole] = useState<MembershipRole>('staff');
  const [localError, setLocalError] = useState<Error | null>(null);
  const add = useAddMembership();
  const error = localError ?? add.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    if (!person) {
      setLocalError(localFieldError('personId', t('members.personRequired'), t('form.checkFields')));
      return;
    }
    setLocalError(null);
    add.mutate(
      { personId: person.id, unitId, role },
      {
        onSuccess: () => {
          onClose();
          onDone(t('members.added', { name: person.name, unit: unitName }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? (
        <FormErrorSummary
          key={errorKey(error)}
          error={error}
          fields={{
            personId: { inputId: ids.person, label: t('members.choosePerson') },
            role: { inputId: ids.role, label: t('fields.membershipRole') },
          }}
        />
      ) : null}
      <PersonPicker
        id={ids.person}
        legend={t('members.choosePerson')}
        value={person}
        onChange={setPerson}
        error={fieldError(error, 'personId')}
      />
      <MembershipRoleSelect id={ids.role} value={role} onChange={setRole} error={fieldError(error, 'role')} />
      <div className="button-row">
        <BusyButton type="submit" pending={add.isPending}>
          {t('members.addSubmit')}
        </BusyButton>
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
