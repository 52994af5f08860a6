// The server's /auth/* routes, as the launcher uses them: which sign-ins are on offer, password sign-in and sign-out.
// A successful sign-in sets an HttpOnly cookie that this page never sees; same-origin requests carry it from then on.

export interface SignInMethods {
  password: boolean;
  /** The OpenID Connect provider's name, for "Sign in with <name>"; null when none is configured. */
  oidc: { name: string } | null;
}

/** Where "Sign in with <name>" goes: the server redirects to the provider, which sends the browser back signed in. */
export const oidcStartUrl = '/auth/oidc/start';

const unreachable = 'The server cannot be reached. Check your connection and try again.';

/** What the server offers; password sign-in alone when it cannot say (an older server, a dropped connection). */
export async function signInMethods(): Promise<SignInMethods> {
  try {
    const response = await fetch('/auth/methods', { headers: { accept: 'application/json' } });
    if (!response.ok) return { password: true, oidc: null };
    const body = (await response.json()) as Partial<SignInMethods>;
    return { password: body.password !== false, oidc: body.oidc?.name ? { name: body.oidc.name } : null };
  } catch {
    return { password: true, oidc: null };
  }
}

export type PasswordSignIn = { ok: true; username: string } | { ok: false; message: string };

/** Signs in with a username and password; on refusal, the server's own words (wrong password, wait N s, …). */
export async function signInWithPassword(username: string, password: string): Promise<PasswordSignIn> {
  let response: Response;
  try {
    response = await fetch('/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return { ok: false, message: unreachable };
  }
  const body = (await response.json().catch(() => ({}))) as { username?: string; error?: string };
  if (response.ok && body.username) return { ok: true, username: body.username };
  if (body.error) return { ok: false, message: body.error };
  const wait = response.headers.get('retry-after');
  if (response.status === 429 && wait)
    return { ok: false, message: `Too many failed sign-ins. Try again in ${wait} s.` };
  return { ok: false, message: `The server answered ${response.status} ${response.statusText}. Try again.` };
}

/** Ends the cookie's sign-in on the server and makes the browser forget it; harmless without one. */
export async function signOutCookie(): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/auth/sign-out', { method: 'POST', headers: { accept: 'application/json' } });
  } catch {
    throw new Error(`Not signed out: ${unreachable}`);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(`Not signed out: ${body.error ?? `the server answered ${response.status}.`}`);
  }
}
