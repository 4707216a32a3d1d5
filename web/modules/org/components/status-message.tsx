import { Alert } from '@digdir/designsystemet-react';

/** The live region is always in the page; only its content changes, which is what makes screen
 *  readers announce it. */
export function StatusMessage({
  message,
  color = 'success',
}: {
  message: string | null;
  color?: 'success' | 'warning';
}) {
  return (
    <div role="status" className="org-status">
      {message ? <Alert data-color={color}>{message}</Alert> : null}
    </div>
  );
}
