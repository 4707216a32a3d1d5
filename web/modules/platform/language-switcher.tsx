import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, localeNames, locales } from '../../../common/i18n/locales.js';
import { currentLocale } from '../../app/i18n';
import { useChangeLocale } from './use-change-locale';

/** A native select: it works the same with a keyboard, a screen reader and a phone's picker.
 *  Each language is written in itself and marked with its lang, so it is read out correctly. */
export function LanguageSwitcher({ className }: { className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const changeLocale = useChangeLocale();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value;
    if (isLocale(value)) void changeLocale(value);
  };
  return (
    <Field className={className ? `language-switcher ${className}` : 'language-switcher'} data-size="sm">
      <Label htmlFor={id}>{t('language.label')}</Label>
      <Select id={id} value={currentLocale()} onChange={onChange} width="auto">
        {locales.map((locale) => (
          <Select.Option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
