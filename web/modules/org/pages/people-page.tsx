import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { Loading } from '../../../ui/loading';
import { PageHeading } from '../../../ui/page-heading';
import { QueryError } from '../../../ui/query-error';
import { useMe } from '../../platform/use-me';
import { usePeople } from '../api/use-people';
import { useUnits } from '../api/use-units';
import { Pager } from '../components/pager';
import { PeopleTable } from '../components/people-table';
import { UnitFilterSelect } from '../components/unit-filter-select';
import { SearchField, ShowDeactivatedSwitch } from '../components/list-filters';
import { focusElement, useAfterRender } from '../lib/use-after-render';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { mayCreateInOrg } from '../lib/viewer';
import { retryFor } from '../lib/retry';
import '../org.css';

const pageSize = 25;

/** People search. The filters live in the address, so "back" from a person returns to the same
 *  hits and a search can be shared as a link. */
export function PeoplePage() {
  const { t } = useTranslation('org');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim());
  const unitId = params.get('unit') ?? undefined;
  const includeInactive = params.get('inactive') === '1';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const units = useUnits();
  const people = usePeople({ q, unitId, includeInactive, offset, limit: pageSize });

  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const goTo = (next: number) => update({ offset: next > 0 ? String(next) : undefined });
  const afterRender = useAfterRender();

  // The settled search text goes into the address; a new search starts from the first page.
  useEffect(() => {
    if ((params.get('q') ?? '') === q) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        next.delete('offset');
        return next;
      },
      { replace: true },
    );
  }, [q, params, setParams]);

  return (
    <div className="page">
      <PageHeading title={t('people.title')} />
      <Paragraph>{t('people.intro')}</Paragraph>
      <div className="org-toolbar">
        <SearchField
          label={t('people.searchLabel')}
          description={t('people.searchHint')}
          value={text}
          onChange={setText}
        />
        {units.data ? (
          <UnitFilterSelect
            label={t('people.unitFilter')}
            units={units.data.items}
            value={unitId}
            onChange={(id) => update({ unit: id, offset: undefined })}
          />
        ) : null}
        <ShowDeactivatedSwitch
          checked={includeInactive}
          onChange={(checked) => update({ inactive: checked ? '1' : undefined, offset: undefined })}
        />
        {mayCreateInOrg(me.data) ? (
          <Button asChild>
            <RouterLink to="/org/people/new">{t('people.newPerson')}</RouterLink>
          </Button>
        ) : null}
      </div>
      {people.isPending ? <Loading /> : null}
      {people.isError ? <QueryError error={people.error} onRetry={retryFor(people)} /> : null}
      {people.data ? (
        <section aria-labelledby="org-people-results" className="page-section">
          <Heading level={2} data-size="xs" id="org-people-results" tabIndex={-1}>
            {t('people.resultsHeading')}
          </Heading>
          <Pager offset={offset} limit={pageSize} total={people.data.total} onOffset={goTo} announce />
          {people.data.items.length > 0 ? (
            <PeopleTable people={people.data.items} />
          ) : (
            <Paragraph>{t('people.noResults')}</Paragraph>
          )}
          {people.data.items.length > 10 ? (
            <Pager
              offset={offset}
              limit={pageSize}
              total={people.data.total}
              onOffset={(next) => {
                goTo(next);
                // From the bottom of the list, reading goes on from the top of the next page.
                afterRender(() => focusElement('org-people-results'));
              }}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
