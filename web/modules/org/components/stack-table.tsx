import { Table } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode } from 'react';
import { TableScroll } from '../../../ui/table-scroll';

// A data table that, on phones, shows each row as a small card with the column name before each
// value (org.css, .org-stack). Changing the CSS display of table parts makes some browsers drop
// their table semantics, so every part states its role explicitly.

export function StackTable({ label, zebra = true, children }: { label: string; zebra?: boolean; children: ReactNode }) {
  return (
    <TableScroll label={label}>
      <Table zebra={zebra} role="table" className="org-table org-stack">
        <caption className="org-visually-hidden">{label}</caption>
        {children}
      </Table>
    </TableScroll>
  );
}

export function StackHead({ children }: { children: ReactNode }) {
  return (
    <Table.Head role="rowgroup">
      <Table.Row role="row">{children}</Table.Row>
    </Table.Head>
  );
}

export function StackBody({ children }: { children: ReactNode }) {
  return <Table.Body role="rowgroup">{children}</Table.Body>;
}

export function StackRow(props: ComponentProps<typeof Table.Row>) {
  return <Table.Row role="row" {...props} />;
}

export function StackHeader(props: ComponentProps<typeof Table.HeaderCell>) {
  return <Table.HeaderCell role="columnheader" scope="col" {...props} />;
}

/** `label` repeats the column name for the stacked layout; it is shown, not read (see org.css).
 *  Cells holding only buttons leave it out: the button says what it does. */
export function StackCell({ label, ...props }: ComponentProps<typeof Table.Cell> & { label?: string }) {
  return <Table.Cell role="cell" data-label={label} {...props} />;
}
