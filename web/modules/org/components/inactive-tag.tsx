import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export function InactiveTag() {
  const { t } = useTranslation('org');
  return (
    <Tag data-size="sm" data-color="warning">
      {t('common.deactivated')}
    </Tag>
  );
}
