import type { ReactNode } from 'react';

/** Wide data tables may scroll sideways inside this box on narrow screens (WCAG 1.4.10 allows
 *  it for tables) while the page itself never does. The box is focusable so keyboard users can
 *  scroll it, and named so screen readers say what it holds. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
