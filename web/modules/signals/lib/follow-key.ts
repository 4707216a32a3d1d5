// The anonymous author's follow link is /signals/follow#<key>. The key sits in the fragment, which
// browsers never send to a server (not in the request, not in a Referer), and the page reads it
// from there into memory and sends it in a header.

/** base64url, as the server makes it; the length bounds match the server's check. */
const keyPattern = /^[A-Za-z0-9_-]{20,200}$/;

/** The key from a location hash ("#abc..."), or null when there is none or it cannot be one. */
export function followKeyFrom(hash: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return null;
  }
  return keyPattern.test(key) ? key : null;
}

/** The whole link shown once to the author after sending. */
export function followLink(origin: string, key: string): string {
  return `${origin}/signals/follow#${key}`;
}
