import { Button, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MembershipRole } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';
import { fieldError, FormErrorSummary } from '../../../ui/form-error-summary';
import { BusyButton } from './busy-button';
import { errorKey } from './form-errors';
import { MembershipRoleSelect } from './membership-role-select';
import { RequiredLabel } from './required-label';
import { UnitPicker } from './unit-picker';

export interface PersonFormValues {
  name: string;
  email: string;
  title: string;
  /** Only used when creating: a new person starts with one membership. */
  unitId: string | null;
  role: MembershipRole;
}

interface PersonFormProps {
  initial: PersonFormValues;
  submitLabel: string;
  cancelTo: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: PersonFormValues) => void;
  /** When given, the form asks for the first unit and role (creating only). */
  units?: readonly UnitSummary[];
  unitSelectable?: (unit: UnitSummary) => boolean;
}

export function PersonForm(props: PersonFormProps) {
  const { t } = useTranslation('org');
  const ids = { name: useId(), email: useId(), title: useId(), unit: useId(), role: useId() };
  const [values, setValues] = useState(props.initial);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
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
            email: { inputId: ids.email, label: t('fields.email') },
            title: { inputId: ids.title, label: t('fields.title') },
            unitId: { inputId: ids.unit, label: t('fields.unit') },
            role: { inputId: ids.role, label: t('fields.membershipRole') },
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
        id={ids.email}
        type="email"
        label={<RequiredLabel text={t('fields.email')} />}
        value={values.email}
        onChange={(event) => set('email', event.target.value)}
        error={fieldError(error, 'email')}
        autoComplete="off"
        spellCheck={false}
        aria-required
      />
      <Textfield
        id={ids.title}
        label={t('fields.title')}
        description={t('personForm.titleHint')}
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={fieldError(error, 'title')}
        autoComplete="off"
      />
      {props.units ? (
        <>
          <UnitPicker
            id={ids.unit}
            legend={<RequiredLabel text={t('fields.unit')} />}
            description={t('personForm.unitHint')}
            units={props.units}
            selectable={props.unitSelectable}
            value={values.unitId}
            onChange={(unitId) => set('unitId', unitId)}
            error={fieldError(error, 'unitId')}
          />
          <MembershipRoleSelect
            id={ids.role}
            value={values.role}
            onChange={(role) => set('role', role)}
            error={fieldError(error, 'role')}
          />
        </>
      ) : null}
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
