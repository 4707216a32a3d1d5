import { Switch } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { signalSorts } from '../../../../common/signals/signals.js';
import { signalKinds, signalStatuses } from '../../../../common/signals/vocabulary.js';
import { useUnits } from '../../org/api/use-units';
import { SearchField } from '../../org/components/list-filters';
import { UnitFilterSelect } from '../../org/components/unit-filter-select';
import type { SignalListParams } from '../api/query-keys';
import type { BoardChanges } from '../lib/use-board-params';
import { FilterSelect } from './filter-select';

interface BoardFiltersProps {
  list: SignalListParams;
  searchText: string;
  onSearchText: (text: string) => void;
  update: (changes: BoardChanges) => void;
  /** Leaders get "waiting for my answer". */
  leads: boolean;
}

/** Search, unit (with the units below it), status, kind, sort and, for leaders, "waiting for my
 *  answer". Every change keeps focus where it is; the results below announce their count. */
export function BoardFilters({ list, searchText, onSearchText, update, leads }: BoardFiltersProps) {
  const { t } = useTranslation('signals');
  const units = useUnits();
  return (
    <div className="org-toolbar signals-toolbar">
      <SearchField
        label={t('board.searchLabel')}
        description={t('board.searchHint')}
        value={searchText}
        onChange={onSearchText}
      />
      {units.data ? (
        <UnitFilterSelect
          label={t('board.unitFilter')}
          units={units.data.items}
          value={list.unitId}
          onChange={(id) => update({ unit: id })}
        />
      ) : null}
      {list.waiting ? null : (
        <FilterSelect
          label={t('board.statusFilter')}
          allLabel={t('board.all')}
          value={list.status}
          options={signalStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onChange={(status) => update({ status })}
        />
      )}
      <FilterSelect
        label={t('board.kindFilter')}
        allLabel={t('board.all')}
        value={list.kind}
        options={signalKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        onChange={(kind) => update({ kind })}
      />
      <FilterSelect
        label={t('board.sortLabel')}
        value={list.sort}
        options={signalSorts.map((s) => ({ value: s, label: t(`board.sorts.${s}`) }))}
        onChange={(sort) => update({ sort: sort === 'newest' ? undefined : sort })}
      />
      {leads ? (
        <Switch
          label={t('board.waitingMine')}
          checked={list.waiting === 'mine'}
          onChange={(event) => update({ waiting: event.target.checked ? 'mine' : undefined, status: undefined })}
        />
      ) : null}
    </div>
  );
}
