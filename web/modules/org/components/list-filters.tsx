import { Switch, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** The search box at the start of a list page's toolbar. */
export function SearchField(props: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Textfield
      className="org-search-field"
      type="search"
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      autoComplete="off"
    />
  );
}

/** Lists leave deactivated units, people and mandates out unless asked. */
export function ShowDeactivatedSwitch(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation('org');
  return (
    <Switch
      label={t('common.showDeactivated')}
      checked={props.checked}
      onChange={(event) => props.onChange(event.target.checked)}
    />
  );
}
