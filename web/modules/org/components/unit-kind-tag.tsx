import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isExternalKind, type UnitKind } from '../../../../common/org/roles.js';

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation('org');
  return (
    <Tag data-size="sm" data-color={isExternalKind(kind) ? 'info' : 'neutral'} variant="outline">
      {t(`unitKinds.${kind}`)}
    </Tag>
  );
}
