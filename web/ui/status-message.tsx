import { Alert } from '@digdir/designsystemet-react';

/** A polite live region that is always in the page, so screen readers announce the message when
 *  it appears (a region inserted together with its text is often not read out). */
export function StatusMessage({ message }: { message: string | undefined }) {
  return (
    <div role="status" className="status-message">
      {message && <Alert data-color="success">{message}</Alert>}
    </div>
  );
}
