import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../../../../common/org/roles.js';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { useAddMembership } from '../api/use-add-membership';
import { useUnits } from '../api/use-units';
import { BusyButton } from './busy-button';
import { useUnitScope } from '../lib/use-unit-scope';
import { errorKey, localFieldError } from './form-errors';
import { MembershipRoleSelect } from './membership-role-select';
import { UnitPicker } from './unit-picker';
import { retryFor } from '../lib/retry';

interface AddMembershipDialogProps {
  open: boolean;
  personId: string;
  personName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function AddMembershipDialog(props: AddMembershipDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  return (
    <Dialog open={props.open} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {t('membership.addTitle', { name: props.personName })}
      </Heading>
      {props.open ? <AddMembershipForm {...props} /> : null}
    </Dialog>
  );
}

function AddMembershipForm({ personId, personName, onClose, onDone }: AddMembershipDialogProps) {
  const { t } = useTranslation('org');
  const ids = { unit: useId(), role: useId() };
  const units = useUnits();
  const scope = useUnitScope(units.data?.items);
  const add = useAddMembership();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [role, setRole] = useState<MembershipRole>('staff');
  const [localError, setLocalError] = useState<Error | null>(null);
  const error = localError ?? add.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    if (unitId === null) {
      setLocalError(localFieldError('unitId', t('membership.unitRequired'), t('form.checkFields')));
      return;
    }
    setLocalError(null);
    const unitName = units.data?.items.find((u) => u.id === unitId)?.name ?? '';
    add.mutate(
      { personId, unitId, role },
      {
        onSuccess: () => {
          onClose();
          onDone(t('members.added', { name: personName, unit: unitName }));
        },
      },
    );
  };

  if (units.isPending) return <Loading />;
  if (units.isError) return <QueryError error={units.error} onRetry={retryFor(units)} />;
  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? (
        <FormErrorSummary
          key={errorKey(error)}
          error={error}
          fields={{
            unitId: { inputId: ids.unit, label: t('fields.unit') },
            role: { inputId: ids.role, label: t('fields.membershipRole') },
          }}
        />
      ) : null}
      <UnitPicker
        id={ids.unit}
        legend={t('fields.unit')}
        units={units.data.items}
        selectable={(u) => scope.manages(u.id)}
        value={unitId}
        onChange={setUnitId}
        error={fieldError(error, 'unitId')}
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
