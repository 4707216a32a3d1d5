// The server's twin of web/app/safe-path.ts: an untrusted `returnTo` becomes a path inside Tillit
// or the fallback, so a crafted sign-in link cannot send someone elsewhere after signing in (open
// redirect). Only same-origin relative paths pass: "//evil.example", "/\evil.example",
// "https://..." and "javascript:" do not, and neither do API paths, which are no place to land.
const base = 'https://tillit.invalid';

export function safeReturnPath(returnTo: string | null | undefined, fallback = '/'): string {
  if (!returnTo || !returnTo.startsWith('/') || returnTo.startsWith('//') || returnTo.startsWith('/\\'))
    return fallback;
  try {
    const url = new URL(returnTo, base);
    if (url.origin !== base || url.pathname.startsWith('/api/')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
