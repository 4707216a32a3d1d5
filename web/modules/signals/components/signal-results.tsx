import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { SignalSummary } from '../../../../common/signals/signals.js';
import { Pager } from '../../org/components/pager';
import { focusElement, useAfterRender } from '../../org/lib/use-after-render';

interface SignalResultsProps {
  headingId: string;
  heading: string;
  items: readonly SignalSummary[];
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  empty: ReactNode;
  /** How the items are laid out: the board's list or the wall's grid. */
  children: ReactNode;
}

/** A page of signals with the count announced, and previous/next above and (for long pages)
 *  below; from the bottom, reading goes on at the top of the next page. */
export function SignalResults(props: SignalResultsProps) {
  const afterRender = useAfterRender();
  const offset = (props.page - 1) * props.pageSize;
  const toOffset = (next: number) => props.onPage(Math.floor(next / props.pageSize) + 1);
  return (
    <section aria-labelledby={props.headingId} className="page-section">
      <Heading level={2} data-size="xs" id={props.headingId} tabIndex={-1}>
        {props.heading}
      </Heading>
      <Pager offset={offset} limit={props.pageSize} total={props.total} onOffset={toOffset} announce />
      {props.items.length > 0 ? props.children : <Paragraph>{props.empty}</Paragraph>}
      {props.items.length > 5 ? (
        <Pager
          offset={offset}
          limit={props.pageSize}
          total={props.total}
          onOffset={(next) => {
            toOffset(next);
            afterRender(() => focusElement(props.headingId));
          }}
        />
      ) : null}
    </section>
  );
}
