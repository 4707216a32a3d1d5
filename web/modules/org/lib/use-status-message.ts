import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Navigation state that carries a success message to the next page ("Unit created"). */
export interface FlashState {
  flash: string;
}

function readFlash(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null;
  return typeof state.flash === 'string' ? state.flash : null;
}

/** The page's success message. A message handed over by the previous page is put in the live
 *  region a moment after it mounts: text that is already there on mount is not announced. */
export function useStatusMessage(): [string | null, (message: string | null) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const flash = readFlash(location.state);
  useEffect(() => {
    if (!flash) return;
    const timer = window.setTimeout(() => {
      setMessage(flash);
      // Shown once: dropping it from the history entry keeps a reload or Back from announcing it again.
      void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
    }, 150);
    return () => window.clearTimeout(timer);
  }, [flash, location.key, location.pathname, location.search, location.hash, navigate]);
  return [message, setMessage];
}

/** Goes to another page and hands it a success message to announce there. */
export function useNavigateWithFlash(): (to: string, message: string) => void {
  const navigate = useNavigate();
  return (to, message) => {
    const state: FlashState = { flash: message };
    void navigate(to, { state });
  };
}
