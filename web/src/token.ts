// The API token both pages use, kept for this browser tab only (sessionStorage): it is gone when the tab closes, and
// never lands in localStorage, the history or a server log.
const key = 'enclave.token';

export function loadToken(): string | null {
  return sessionStorage.getItem(key);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(key, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(key);
}

/**
 * A link like `/launch#token=…` signs in: the token is kept, and removed from the address bar (and so from the
 * history and from anything the page later shares). The fragment never reaches the server.
 */
export function takeTokenFromLocation(): string | null {
  const token = new URLSearchParams(location.hash.slice(1)).get('token')?.trim();
  if (!token) return null;
  saveToken(token);
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}
