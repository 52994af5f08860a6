import type { IncomingHttpHeaders } from 'node:http';

/**
 * Whether a browser request comes from Enclave's own pages (OWASP's CSRF cheat sheet: verify the origin with standard
 * headers). A cookie is sent by the browser whichever site made the request; Origin and Sec-Fetch-Site say which did.
 * No Origin at all is allowed: browsers send one with every cross-origin request and every POST, so only same-origin
 * GETs and non-browser clients come without.
 */
export function sameOrigin(headers: IncomingHttpHeaders, publicUrl: URL): boolean {
  if (headers['sec-fetch-site'] === 'cross-site' || headers['sec-fetch-site'] === 'same-site') return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (origin === publicUrl.origin) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file://) and anything else that is not an origin
  }
  // Reached under another name than the configured one (e.g. 127.0.0.1 and localhost): the browser's Host is its own.
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host === headers.host;
}
