import { Alert } from '@digdir/designsystemet-react';

/** A polite live region that is always in the page, so screen readers announce the message when
 *  it appears (a region inserted together with its text, or shown from display:none, is often
 *  not read out). */
export function StatusMessage({
  message,
  color = 'success',
}: {
  message: string | null | undefined;
  color?: 'success' | 'warning';
}) {
  return (
    <div role="status" className="status-message">
      {message ? <Alert data-color={color}>{message}</Alert> : null}
    </div>
  );
}
