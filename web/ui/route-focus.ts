// After a route change, focus goes to the new page's h1 so keyboard and screen-reader users start
// reading at the content (not at the top of the layout) and hear the page name once. A page that
// renders its h1 late (after a guard or a lazy chunk) picks up the pending request when it mounts.
let pending = false;

// Redirects while the app starts (for example to /sign-in) are part of loading the page, not a
// navigation by the user: focus stays at the top, where the skip link is the first stop.
let userHasInteracted = false;
if (typeof window !== 'undefined') {
  const note = () => {
    userHasInteracted = true;
  };
  window.addEventListener('keydown', note, { capture: true, once: true });
  window.addEventListener('pointerdown', note, { capture: true, once: true });
}

export function focusPageHeading(): void {
  if (!userHasInteracted) return;
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    pending = false;
  } else {
    pending = true;
  }
}

export function takePendingHeadingFocus(): boolean {
  const wasPending = pending;
  pending = false;
  return wasPending;
}
