import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** Says that a record is confidential (seen only by those who must see it). */
export function ConfidentialTag() {
  const { t } = useTranslation('privacy');
  return (
    <Tag data-size="sm" data-color="danger">
      {t('confidential.tag')}
    </Tag>
  );
}
