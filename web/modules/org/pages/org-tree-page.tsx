import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useMe } from '../../platform/use-me';
import { useUnits } from '../api/use-units';
import { UnitSearchResults } from '../components/unit-search-results';
import { UnitTree } from '../components/unit-tree';
import { SearchField, ShowDeactivatedSwitch } from '../components/list-filters';
import { buildForest, searchUnits } from '../lib/unit-tree';
import { useTreeExpansion } from '../lib/use-tree-expansion';
import { mayCreateInOrg } from '../lib/viewer';
import { retryFor } from '../lib/retry';
import '../org.css';

/** The steering chain: our own units as a tree, and the external parties beside it. */
export function OrgTreePage() {
  const { t, i18n } = useTranslation('org');
  const me = useMe();
  const [includeInactive, setIncludeInactive] = useState(false);
  const [search, setSearch] = useState('');
  const units = useUnits({ includeInactive });
  const expansion = useTreeExpansion();
  const items = units.data?.items;
  const forest = useMemo(() => (items ? buildForest(items, i18n.language) : null), [items, i18n.language]);
  const searching = search.trim().length > 0;
  const matches = useMemo(
    () => (items && searching ? searchUnits(items, search, i18n.language) : []),
    [items, search, searching, i18n.language],
  );

  return (
    <div className="page">
      <PageHeading title={t('tree.title')} />
      <Paragraph>{t('tree.intro')}</Paragraph>

      <div className="org-toolbar">
        <SearchField
          label={t('tree.searchLabel')}
          description={t('tree.searchHint')}
          value={search}
          onChange={setSearch}
        />
        <ShowDeactivatedSwitch checked={includeInactive} onChange={setIncludeInactive} />
        {mayCreateInOrg(me.data) ? (
          <Button asChild>
            <RouterLink to="/org/units/new">{t('tree.newUnit')}</RouterLink>
          </Button>
        ) : null}
      </div>
      <Paragraph role="status" data-size="sm" className="org-hint">
        {searching && items
          ? matches.length === 0
            ? t('tree.noResults', { query: search.trim() })
            : t('tree.results', { count: matches.length })
          : ''}
      </Paragraph>

      {units.isPending ? <Loading /> : null}
      {units.isError ? <QueryError error={units.error} onRetry={retryFor(units)} /> : null}
      {items && searching ? <UnitSearchResults units={items} matches={matches} /> : null}
      {forest && !searching ? (
        <>
          <section aria-labelledby="org-internal" className="page-section">
            <div className="org-section-header">
              <Heading level={2} data-size="sm" id="org-internal">
                {t('tree.internalHeading')}
              </Heading>
              <div className="button-row">
                <Button variant="secondary" data-size="sm" onClick={() => expansion.setAll(true)}>
                  {t('tree.expandAll')}
                </Button>
                <Button variant="secondary" data-size="sm" onClick={() => expansion.setAll(false)}>
                  {t('tree.collapseAll')}
                </Button>
              </div>
            </div>
            {forest.internal.length > 0 ? (
              <UnitTree nodes={forest.internal} depth={0} expansion={expansion} />
            ) : (
              <Paragraph>{t('tree.empty')}</Paragraph>
            )}
          </section>
          <section aria-labelledby="org-external" className="page-section">
            <Heading level={2} data-size="sm" id="org-external">
              {t('tree.externalHeading')}
            </Heading>
            <Paragraph data-size="sm">{t('tree.externalIntro')}</Paragraph>
            {forest.external.length > 0 ? (
              <UnitTree nodes={forest.external} depth={0} expansion={expansion} />
            ) : (
              <Paragraph>{t('tree.externalEmpty')}</Paragraph>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
