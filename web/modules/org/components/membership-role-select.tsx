import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { membershipRoles, type MembershipRole } from '../../../../common/org/roles.js';

export function isMembershipRole(value: string): value is MembershipRole {
  return membershipRoles.some((role) => role === value);
}

export function MembershipRoleSelect(props: {
  id: string;
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
  error?: string;
}) {
  const { t } = useTranslation('org');
  return (
    <Field>
      <Label>{t('fields.membershipRole')}</Label>
      <Select
        id={props.id}
        value={props.value}
        onChange={(event) => {
          if (isMembershipRole(event.target.value)) props.onChange(event.target.value);
        }}
        aria-invalid={props.error ? true : undefined}
        width="auto"
      >
        {membershipRoles.map((role) => (
          <Select.Option key={role} value={role}>
            {t(`membershipRoles.${role}`)}
          </Select.Option>
        ))}
      </Select>
      {props.error ? <ValidationMessage>{props.error}</ValidationMessage> : null}
    </Field>
  );
}
