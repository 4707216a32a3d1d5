import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '../../../../common/org/units.js';
import { AppLink } from '../../../ui/app-link';
import { InactiveTag } from './inactive-tag';
import { UnitKindTag } from './unit-kind-tag';
import { UnitMeta } from './unit-meta';

export function UnitChildren({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('org');
  return (
    <section aria-labelledby="org-unit-children" className="page-section">
      <Heading level={2} data-size="sm" id="org-unit-children">
        {t('unit.subUnits')}
      </Heading>
      {unit.children.length === 0 ? (
        <Paragraph>{t('unit.noSubUnits')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {unit.children.map((child) => (
            <li key={child.id} className="org-list-item">
              <span className="org-tree-title">
                <AppLink to={`/org/units/${child.id}`}>{child.name}</AppLink> <UnitKindTag kind={child.kind} />{' '}
                {child.active ? null : <InactiveTag />}
              </span>
              <UnitMeta unit={child} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
