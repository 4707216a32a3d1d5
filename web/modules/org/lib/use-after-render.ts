import { useEffect, useState } from 'react';

/** Runs an action (usually moving focus) after the next commit. Call it in the same event as the
 *  state change that closes a dialog: the dialog, being a child, closes in its own effect first,
 *  and only then may focus move; a modal dialog makes everything else unfocusable while open.
 *  Used when the button that opened the dialog is gone (its row ended or was deactivated), so
 *  the browser cannot hand focus back to it. */
export function useAfterRender(): (action: () => void) => void {
  const [pending, setPending] = useState<{ action: () => void } | null>(null);
  useEffect(() => {
    if (!pending) return;
    pending.action();
    setPending(null);
  }, [pending]);
  return (action) => setPending({ action });
}

export function focusElement(id: string): void {
  document.getElementById(id)?.focus();
}
