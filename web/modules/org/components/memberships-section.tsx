import { Button, Heading } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { focusElement, useAfterRender } from '../lib/use-after-render';
import { EndMembershipDialog, type MembershipToEnd } from './end-membership-dialog';

interface MembershipsSectionProps {
  /** The heading's id; focus returns here after a membership has ended, as its row is gone. */
  headingId: string;
  heading: string;
  /** The add button's text, or null when the viewer may not add memberships here. */
  addLabel: string | null;
  /** The dialog the add button opens. */
  addDialog: (dialog: { open: boolean; onClose: () => void }) => ReactNode;
  onStatus: (message: string) => void;
  /** The memberships; `startEnding` asks whether to end one. */
  children: (startEnding: (target: MembershipToEnd) => void) => ReactNode;
}

/** The memberships on a person's page and on a unit's page: a heading with the add button, the
 *  lists, and the dialogs that add and end memberships. */
export function MembershipsSection({ headingId, addLabel, onStatus, ...props }: MembershipsSectionProps) {
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<MembershipToEnd | null>(null);
  const afterRender = useAfterRender();

  return (
    <section aria-labelledby={headingId} className="page-section">
      <div className="org-section-header">
        <Heading level={2} data-size="sm" id={headingId} tabIndex={-1}>
          {props.heading}
        </Heading>
        {addLabel !== null ? (
          <Button variant="secondary" data-size="sm" onClick={() => setAdding(true)}>
            {addLabel}
          </Button>
        ) : null}
      </div>
      {props.children(setEnding)}
      {props.addDialog({ open: adding, onClose: () => setAdding(false) })}
      <EndMembershipDialog
        target={ending}
        onClose={() => setEnding(null)}
        onDone={(message) => {
          onStatus(message);
          // The row (and its button) has moved to the history.
          afterRender(() => focusElement(headingId));
        }}
      />
    </section>
  );
}
