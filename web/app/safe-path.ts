/** Turns an untrusted `next` parameter into a path inside this app, or the fallback. Only
 *  same-origin relative paths pass, so a crafted sign-in link cannot send users elsewhere
 *  (open redirect): "//evil.example", "/\\evil.example", "https://..." and "javascript:" fail. */
export function safeInternalPath(
  next: string | null | undefined,
  fallback = '/',
  origin: string = window.location.origin,
): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The current location as a `next` value for the sign-in page. */
export function currentPathForNext(location: { pathname: string; search: string; hash: string }): string {
  return `${location.pathname}${location.search}${location.hash}`;
}
