import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/loading';
import { QueryError } from '../../../ui/query-error';
import { useUnits } from '../api/use-units';
import { retryFor } from '../lib/retry';
import { useUnitScope } from '../lib/use-unit-scope';
import { AddMembershipForm } from './add-membership-form';
import { FormDialog } from './form-dialog';
import { UnitPicker } from './unit-picker';

interface AddMembershipDialogProps {
  open: boolean;
  personId: string;
  personName: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** From the person page: choose a unit the viewer manages. */
export function AddMembershipDialog(props: AddMembershipDialogProps) {
  const { t } = useTranslation('org');
  return (
    <FormDialog open={props.open} title={t('membership.addTitle', { name: props.personName })} onClose={props.onClose}>
      <AddMembershipToUnitForm {...props} />
    </FormDialog>
  );
}

function AddMembershipToUnitForm({ personId, personName, onClose, onDone }: AddMembershipDialogProps) {
  const { t } = useTranslation('org');
  const units = useUnits();
  const scope = useUnitScope(units.data?.items);
  const [unitId, setUnitId] = useState<string | null>(null);

  if (units.isPending) return <Loading />;
  if (units.isError) return <QueryError error={units.error} onRetry={retryFor(units)} />;
  const unit = units.data.items.find((u) => u.id === unitId);
  return (
    <AddMembershipForm
      chosen={unitId === null ? null : { personId, personName, unitId, unitName: unit?.name ?? '' }}
      choice={{ field: 'unitId', label: t('fields.unit'), required: t('membership.unitRequired') }}
      picker={(input) => (
        <UnitPicker
          {...input}
          legend={t('fields.unit')}
          units={units.data.items}
          selectable={(u) => scope.manages(u.id)}
          value={unitId}
          onChange={setUnitId}
        />
      )}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
