import { Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mandate, UnitSummary } from '../../../../common/org/units.js';
import {
  ConfidentialFields,
  confidentialBody,
  type ConfidentialDraft,
} from '../../platform/privacy/confidential-fields';
import { useCreateMandate } from '../api/use-create-mandate';
import { useUpdateMandate } from '../api/use-update-mandate';
import type { HolderRole } from '../lib/mandate-holder';
import { useFormFields } from '../lib/use-form-fields';
import { FormDialog } from './form-dialog';
import { FormShell } from './form-shell';
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
  const { editing } = props;
  return (
    <FormDialog
      open={editing !== null}
      title={editing === 'new' || editing === null ? t('mandates.createTitle') : t('mandates.editTitle')}
      onClose={props.onClose}
    >
      {editing !== null ? (
        <MandateForm
          key={editing === 'new' ? 'new' : editing.id}
          mandate={editing === 'new' ? null : editing}
          units={props.units}
          onClose={props.onClose}
          onDone={props.onDone}
        />
      ) : null}
    </FormDialog>
  );
}

function MandateForm(props: {
  mandate: Mandate | null;
  units: readonly UnitSummary[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('org');
  const create = useCreateMandate();
  const update = useUpdateMandate();
  const mutation = props.mandate ? update : create;
  const [title, setTitle] = useState(props.mandate?.title ?? '');
  const [description, setDescription] = useState(props.mandate?.description ?? '');
  const [unitId, setUnitId] = useState<string | null>(props.mandate?.unitId ?? null);
  const [holderRole, setHolderRole] = useState<HolderRole | null>(props.mandate?.holderRole ?? null);
  const [delegatedBy, setDelegatedBy] = useState(props.mandate?.delegatedBy ?? '');
  const [confidential, setConfidential] = useState<ConfidentialDraft>({
    marked: Boolean(props.mandate?.confidential),
    reason: props.mandate?.confidential?.reason ?? '',
  });
  const fields = useFormFields(
    {
      title: t('mandates.decision'),
      description: t('fields.description'),
      unitId: t('mandates.holderUnit'),
      holderRole: t('mandates.holderRole'),
      delegatedBy: t('mandates.delegatedBy'),
      'confidential.reason': t('confidential.reason', { ns: 'privacy' }),
    },
    mutation.error,
  );

  const submit = () => {
    const body = { title, description, unitId, holderRole, delegatedBy, confidential: confidentialBody(confidential) };
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
    <FormShell
      error={mutation.error}
      fields={fields.summary}
      pending={mutation.isPending}
      submitLabel={props.mandate ? t('common.save') : t('mandates.create')}
      onSubmit={submit}
      onCancel={props.onClose}
    >
      <Textfield
        {...fields.input('title')}
        label={<RequiredLabel text={t('mandates.decision')} />}
        description={t('mandates.decisionHint')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        autoComplete="off"
        aria-required
      />
      <Textfield
        {...fields.input('description')}
        multiline
        rows={3}
        label={t('fields.description')}
        description={t('mandates.descriptionHint')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <UnitPicker
        {...fields.input('unitId')}
        legend={t('mandates.holderUnit')}
        description={t('mandates.holderUnitHint')}
        units={props.units}
        value={unitId}
        onChange={setUnitId}
        noneLabel={t('mandates.noUnit')}
      />
      <HolderRoleSelect {...fields.input('holderRole')} value={holderRole} onChange={setHolderRole} />
      <Textfield
        {...fields.input('delegatedBy')}
        label={t('mandates.delegatedBy')}
        description={t('mandates.delegatedByHint')}
        value={delegatedBy}
        onChange={(event) => setDelegatedBy(event.target.value)}
        autoComplete="off"
      />
      <ConfidentialFields
        value={confidential}
        onChange={setConfidential}
        reasonInput={fields.input('confidential.reason')}
      />
    </FormShell>
  );
}
