import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../ui/app-link';
import type { UnitSummary } from '../../../../common/org/units.js';
import { joinPath } from '../lib/path-separator';
import { parentPath } from '../lib/unit-tree';
import { InactiveTag } from './inactive-tag';
import { UnitKindTag } from './unit-kind-tag';
import { UnitMeta } from './unit-meta';

/** Matching units as a flat list; each shows the path above it, since the tree is not visible.
 *  The page announces the number of matches in its own live region. */
export function UnitSearchResults({ units, matches }: { units: readonly UnitSummary[]; matches: UnitSummary[] }) {
  const { t } = useTranslation('org');
  return (
    <section aria-labelledby="org-search-results" className="page-section">
      <Heading level={2} data-size="sm" id="org-search-results">
        {t('tree.resultsHeading')}
      </Heading>
      <ul className="plain-list">
        {matches.map((unit) => {
          const path = parentPath(units, unit.id);
          return (
            <li key={unit.id} className="org-list-item">
              <span className="org-tree-title">
                <AppLink to={`/org/units/${unit.id}`}>{unit.name}</AppLink> <UnitKindTag kind={unit.kind} />{' '}
                {unit.active ? null : <InactiveTag />}
              </span>
              <span className="meta">
                {path.length > 0 ? t('tree.pathUnder', { path: joinPath(path) }) : t('tree.pathTop')}
                {' · '}
                {t('fields.code')}: {unit.code}
              </span>
              <UnitMeta unit={unit} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
