import { Button, Dialog, Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mandate, UnitSummary } from '../../../../common/org/units.js';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { useCreateMandate } from '../api/use-create-mandate';
import { useUpdateMandate } from '../api/use-update-mandate';
import type { HolderRole } from '../lib/mandate-holder';
import { BusyButton } from './busy-button';
import { errorKey } from './form-errors';
import { HolderRoleSelect } from './holder-role-select';
import { RequiredLabel } from './required-label';
import { UnitPicker } from './unit-picker';

interface MandateDialogProps {
  /** null: closed; 'new': create; a mandate: edit it. */
  editing: Mandate | 'new' | null;
  units: readonly UnitSummary[];
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Creating and editing a mandate happen in a dialog over the register, since the register
 *  already holds every field of the row being edited. */
export function MandateDialog(props: MandateDialogProps) {
  const { t } = useTranslation('org');
  const titleId = useId();
  const { editing } = props;
  return (
    <Dialog open={editing !== null} onClose={props.onClose} closeButton={t('common.close')} aria-labelledby={titleId}>
      <Heading level={2} data-size="sm" id={titleId}>
        {editing === 'new' || editing === null ? t('mandates.createTitle') : t('mandates.editTitle')}
      </Heading>
      {editing !== null ? (
        <MandateForm
          key={editing === 'new' ? 'new' : editing.id}
          mandate={editing === 'new' ? null : editing}
          units={props.units}
          onClose={props.onClose}
          onDone={props.onDone}
        />
      ) : null}
    </Dialog>
  );
}

function MandateForm(props: {
  mandate: Mandate | null;
  units: readonly UnitSummary[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('org');
  const ids = { title: useId(), description: useId(), unit: useId(), role: useId(), delegatedBy: useId() };
  const create = useCreateMandate();
  const update = useUpdateMandate();
  const mutation = props.mandate ? update : create;
  const [title, setTitle] = useState(props.mandate?.title ?? '');
  const [description, setDescription] = useState(props.mandate?.description ?? '');
  const [unitId, setUnitId] = useState<string | null>(props.mandate?.unitId ?? null);
  const [holderRole, setHolderRole] = useState<HolderRole | null>(props.mandate?.holderRole ?? null);
  const [delegatedBy, setDelegatedBy] = useState(props.mandate?.delegatedBy ?? '');
  const error = mutation.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const body = { title, description, unitId, holderRole, delegatedBy };
    const done = (saved: Mandate) => {
      props.onClose();
      props.onDone(
        props.mandate ? t('mandates.saved', { title: saved.title }) : t('mandates.created', { title: saved.title }),
      );
    };
    if (props.mandate) update.mutate({ id: props.mandate.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? (
        <FormErrorSummary
          key={errorKey(error)}
          error={error}
          fields={{
            title: { inputId: ids.title, label: t('mandates.decision') },
            description: { inputId: ids.description, label: t('fields.description') },
            unitId: { inputId: ids.unit, label: t('mandates.holderUnit') },
            holderRole: { inputId: ids.role, label: t('mandates.holderRole') },
            delegatedBy: { inputId: ids.delegatedBy, label: t('mandates.delegatedBy') },
          }}
        />
      ) : null}
      <Textfield
        id={ids.title}
        label={<RequiredLabel text={t('mandates.decision')} />}
        description={t('mandates.decisionHint')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={fieldError(error, 'title')}
        autoComplete="off"
        aria-required
      />
      <Textfield
        id={ids.description}
        multiline
        rows={3}
        label={t('fields.description')}
        description={t('mandates.descriptionHint')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fieldError(error, 'description')}
      />
      <UnitPicker
        id={ids.unit}
        legend={t('mandates.holderUnit')}
        description={t('mandates.holderUnitHint')}
        units={props.units}
        value={unitId}
        onChange={setUnitId}
        noneLabel={t('mandates.noUnit')}
        error={fieldError(error, 'unitId')}
      />
      <HolderRoleSelect
        id={ids.role}
        value={holderRole}
        onChange={setHolderRole}
        error={fieldError(error, 'holderRole')}
      />
      <Textfield
        id={ids.delegatedBy}
        label={t('mandates.delegatedBy')}
        description={t('mandates.delegatedByHint')}
        value={delegatedBy}
        onChange={(event) => setDelegatedBy(event.target.value)}
        error={fieldError(error, 'delegatedBy')}
        autoComplete="off"
      />
      <div className="button-row">
        <BusyButton type="submit" pending={mutation.isPending}>
          {props.mandate ? t('common.save') : t('mandates.create')}
        </BusyButton>
        <Button variant="secondary" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
