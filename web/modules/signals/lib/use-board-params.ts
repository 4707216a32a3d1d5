import { useSearchParams } from 'react-router';
import { isOneOf } from '../../../../common/platform/one-of.js';
import { signalSorts } from '../../../../common/signals/signals.js';
import { isSignalKind, isSignalStatus } from '../../../../common/signals/vocabulary.js';
import type { SignalListParams } from '../api/query-keys';

export type BoardChanges = Partial<Record<'unit' | 'status' | 'kind' | 'waiting' | 'q' | 'sort' | 'page', string>>;

/** The board's filters live in the address, so "back" from a signal returns to the same list and
 *  a filtered board can be shared as a link. Unknown values are ignored, not trusted. */
export function useBoardParams(pageSize: number, fixed: Partial<SignalListParams> = {}) {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const kind = params.get('kind');
  const sort = params.get('sort');
  const list: SignalListParams = {
    unitId: params.get('unit') ?? undefined,
    status: isSignalStatus(status) ? status : undefined,
    kind: isSignalKind(kind) ? kind : undefined,
    waiting: params.get('waiting') === 'mine' ? 'mine' : undefined,
    q: params.get('q') ?? undefined,
    sort: isOneOf(signalSorts, sort) ? sort : 'newest',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize,
    ...fixed,
  };

  /** Changes filters; any change but paging starts again from the first page. */
  const update = (changes: BoardChanges) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  return { list, update, searchText: params.get('q') ?? '' };
}
