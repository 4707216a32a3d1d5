import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UnitKind } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { BusyButton } from './busy-button';
import { errorKey } from './form-errors';
import { RequiredLabel } from './required-label';
import { UnitKindSelect } from './unit-kind-select';
import { UnitPicker } from './unit-picker';

export interface UnitFormValues {
  name: string;
  code: string;
  kind: UnitKind;
  description: string;
  /** Only used when creating; moving an existing unit has its own dialog. */
  parentId: string | null;
}

interface UnitFormProps {
  initial: UnitFormValues;
  submitLabel: string;
  cancelTo: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UnitFormValues) => void;
  /** When given, the form asks where the unit belongs (creating only). */
  parentUnits?: readonly UnitSummary[];
  /** Which units may be chosen as parent, and whether the top level may. */
  parentSelectable?: (unit: UnitSummary) => boolean;
  allowTopLevel?: boolean;
}

/** The fields a unit has, for creating and editing. The server validates; its messages are shown
 *  at each field and in the summary at the top. */
export function UnitForm(props: UnitFormProps) {
  const { t } = useTranslation('org');
  const ids = { name: useId(), code: useId(), kind: useId(), parent: useId(), description: useId() };
  const [values, setValues] = useState(props.initial);
  const set = <K extends keyof UnitFormValues>(key: K, value: UnitFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const { error } = props;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate className="form">
      {error ? (
        <FormErrorSummary
          key={errorKey(error)}
          error={error}
          fields={{
            name: { inputId: ids.name, label: t('fields.name') },
            code: { inputId: ids.code, label: t('fields.code') },
            kind: { inputId: ids.kind, label: t('fields.kind') },
            parentId: { inputId: ids.parent, label: t('fields.parent') },
            description: { inputId: ids.description, label: t('fields.description') },
          }}
        />
      ) : null}
      <Textfield
        id={ids.name}
        label={<RequiredLabel text={t('fields.name')} />}
        value={values.name}
        onChange={(event) => set('name', event.target.value)}
        error={fieldError(error, 'name')}
        autoComplete="off"
        aria-required
      />
      <Textfield
        id={ids.code}
        label={<RequiredLabel text={t('fields.code')} />}
        description={t('unitForm.codeHint')}
        value={values.code}
        onChange={(event) => set('code', event.target.value)}
        error={fieldError(error, 'code')}
        autoComplete="off"
        spellCheck={false}
        aria-required
      />
      <UnitKindSelect
        id={ids.kind}
        value={values.kind}
        onChange={(kind) => set('kind', kind)}
        error={fieldError(error, 'kind')}
      />
      {props.parentUnits ? (
        <UnitPicker
          id={ids.parent}
          legend={t('fields.parent')}
          description={t('unitForm.parentHint')}
          units={props.parentUnits}
          selectable={props.parentSelectable}
          value={values.parentId}
          onChange={(parentId) => set('parentId', parentId)}
          noneLabel={props.allowTopLevel ? t('move.topLevel') : undefined}
          error={fieldError(error, 'parentId')}
        />
      ) : null}
      <Textfield
        id={ids.description}
        multiline
        rows={4}
        label={t('fields.description')}
        description={t('unitForm.descriptionHint')}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        error={fieldError(error, 'description')}
      />
      <div className="button-row">
        <BusyButton type="submit" pending={props.pending}>
          {props.submitLabel}
        </BusyButton>
        <Button asChild variant="secondary">
          <RouterLink to={props.cancelTo}>{t('common.cancel')}</RouterLink>
        </Button>
      </div>
    </form>
  );
}
