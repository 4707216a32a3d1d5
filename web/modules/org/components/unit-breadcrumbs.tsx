import { Breadcrumbs } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { UnitDetail } from '../../../../common/org/units.js';

/** From the steering chain down to this unit. Designsystemet marks the last link as the current
 *  page and, on narrow screens, shows only a link back to the parent. */
export function UnitBreadcrumbs({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation('org');
  const trail = unit.path.filter((step) => step.id !== unit.id);
  const parent = trail.at(-1);
  return (
    <Breadcrumbs aria-label={t('unit.breadcrumbs')}>
      <Breadcrumbs.Link asChild>
        <RouterLink to={parent ? `/org/units/${parent.id}` : '/org'}>
          {parent ? t('unit.backTo', { name: parent.name }) : t('unit.backToTree')}
        </RouterLink>
      </Breadcrumbs.Link>
      <Breadcrumbs.List>
        <Breadcrumbs.Item>
          <Breadcrumbs.Link asChild>
            <RouterLink to="/org">{t('tree.title')}</RouterLink>
          </Breadcrumbs.Link>
        </Breadcrumbs.Item>
        {trail.map((step) => (
          <Breadcrumbs.Item key={step.id}>
            <Breadcrumbs.Link asChild>
              <RouterLink to={`/org/units/${step.id}`}>{step.name}</RouterLink>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        ))}
        <Breadcrumbs.Item>
          <Breadcrumbs.Link asChild>
            <RouterLink to={`/org/units/${unit.id}`}>{unit.name}</RouterLink>
          </Breadcrumbs.Link>
        </Breadcrumbs.Item>
      </Breadcrumbs.List>
    </Breadcrumbs>
  );
}
