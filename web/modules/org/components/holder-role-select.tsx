import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { membershipRoles, orgRoles } from '../../../../common/org/roles.js';
import { isHolderRole, type HolderRole } from '../lib/mandate-holder';

/** Who in (or across) the organisation holds a mandate: a role in the unit, or an organisation
 *  role; or no role, when the unit as a whole holds it. */
export function HolderRoleSelect(props: {
  id: string;
  value: HolderRole | null;
  onChange: (role: HolderRole | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('org');
  return (
    <Field>
      <Label>{t('mandates.holderRole')}</Label>
      <Field.Description>{t('mandates.holderRoleHint')}</Field.Description>
      <Select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) => {
          const value = event.target.value;
          props.onChange(isHolderRole(value) ? value : null);
        }}
        aria-invalid={props.error ? true : undefined}
      >
        <Select.Option value="">{t('mandates.noRole')}</Select.Option>
        <Select.Optgroup label={t('mandates.rolesInUnit')}>
          {membershipRoles.map((role) => (
            <Select.Option key={role} value={role}>
              {t(`membershipRoles.${role}`)}
            </Select.Option>
          ))}
        </Select.Optgroup>
        <Select.Optgroup label={t('mandates.orgRoles')}>
          {orgRoles.map((role) => (
            <Select.Option key={role} value={role}>
              {t(`orgRoles.${role}`)}
            </Select.Option>
          ))}
        </Select.Optgroup>
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
