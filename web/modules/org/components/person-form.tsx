import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { MembershipRole } from '../../../../common/org/roles.js';
import type { UnitSummary } from '../../../../common/org/units.js';
import { usePageForm, type PageFormProps } from '../lib/use-page-form';
import { FormShell } from './form-shell';
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

interface PersonFormProps extends PageFormProps<PersonFormValues> {
  /** When given, the form asks for the first unit and role (creating only). */
  units?: readonly UnitSummary[];
  unitSelectable?: (unit: UnitSummary) => boolean;
}

export function PersonForm(props: PersonFormProps) {
  const { t } = useTranslation('org');
  const form = usePageForm(props, {
    name: t('fields.name'),
    email: t('fields.email'),
    title: t('fields.title'),
    unitId: t('fields.unit'),
    role: t('fields.membershipRole'),
  });

  return (
    <FormShell {...form.shell}>
      <Textfield
        {...form.input('name')}
        label={<RequiredLabel text={t('fields.name')} />}
        value={form.values.name}
        onChange={(event) => form.set('name', event.target.value)}
        autoComplete="off"
        aria-required
      />
      <Textfield
        {...form.input('email')}
        type="email"
        label={<RequiredLabel text={t('fields.email')} />}
        value={form.values.email}
        onChange={(event) => form.set('email', event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-required
      />
      <Textfield
        {...form.input('title')}
        label={t('fields.title')}
        description={t('personForm.titleHint')}
        value={form.values.title}
        onChange={(event) => form.set('title', event.target.value)}
        autoComplete="off"
      />
      {props.units ? (
        <>
          <UnitPicker
            {...form.input('unitId')}
            legend={<RequiredLabel text={t('fields.unit')} />}
            description={t('personForm.unitHint')}
            units={props.units}
            selectable={props.unitSelectable}
            value={form.values.unitId}
            onChange={(unitId) => form.set('unitId', unitId)}
          />
          <MembershipRoleSelect
            {...form.input('role')}
            value={form.values.role}
            onChange={(role) => form.set('role', role)}
          />
        </>
      ) : null}
    </FormShell>
  );
}
