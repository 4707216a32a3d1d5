import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { takePendingHeadingFocus } from './route-focus';
import { usePageTitle } from './use-page-title';

interface PageHeadingProps {
  /** The page name: shown as the h1 and used in the document title. */
  title: string;
  children?: ReactNode;
}

/** Every page starts with this: one h1 that can receive focus on navigation, and the tab title. */
export function PageHeading({ title, children }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageTitle(title);
  useEffect(() => {
    if (takePendingHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} ref={ref} className="page-heading">
      {children ?? title}
    </Heading>
  );
}
