import { useTranslation } from 'react-i18next';

/** A label that says in words (not only with an asterisk) that the field must be filled in. */
export function RequiredLabel({ text }: { text: string }) {
  const { t } = useTranslation('org');
  return (
    <>
      {text} <span className="org-required">({t('form.required')})</span>
    </>
  );
}
