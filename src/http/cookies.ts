/** Every value of the cookie `name` in a Cookie header (there may be several: one per path or domain that set one). */
export function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header.split(';').flatMap((pair) => {
    const at = pair.indexOf('=');
    return at > 0 && pair.slice(0, at).trim() === name ? [pair.slice(at + 1).trim()] : [];
  });
}

export interface SignInCookie {
  name: string;
  /** The Set-Cookie value that hands a browser its sign-in. */
  set(token: string): string;
  /** The Set-Cookie value that makes a browser forget it. */
  clear(): string;
  /** The sign-in token a Cookie header carries, if any. */
  read(header: string | undefined): string | undefined;
}

/**
 * The browser's sign-in cookie (OWASP Session Management): HttpOnly, SameSite=Lax, host-only (no Domain: never sent to
 * the sessions' hosts, which are other origins under the same site), and over https a `__Host-` cookie with Secure.
 */
export function signInCookie({ secure, maxAgeSeconds, name = secure ? '__Host-enclave_auth' : 'enclave_auth' }: { secure: boolean; maxAgeSeconds: number; name?: string }): SignInCookie {
  const attributes = `Path=/; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    name,
    set: (token) => `${name}=${token}; Max-Age=${maxAgeSeconds}; ${attributes}`,
    clear: () => `${name}=; Max-Age=0; ${attributes}`,
    // Several when an old one lingers: the first is the browser's most specific, and the one to try.
    read: (header) => cookieValues(header, name)[0],
  };
}
