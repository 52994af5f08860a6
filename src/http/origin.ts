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

/**
 * The client's address: the TCP peer, or, when the peer is a trusted proxy, the nearest address in X-Forwarded-For that
 * is not one (each proxy appends the address it was reached from; what a client writes itself comes first, unverified).
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: ReadonlySet<string>): string | undefined {
  const normal = (address: string | undefined) => address?.replace(/^::ffff:(?=\d+\.)/, '');
  let address = normal(peer);
  if (!address || !trusted.has(address) || forwardedFor === undefined) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((h) => normal(h.trim())!);
  while (hops.length > 0 && address && trusted.has(address)) address = hops.pop() || undefined;
  return address;
}
