// Signing in and out: the sign-in panel (a password, the OpenID Connect provider, or an API token), and the top bar's
// account (who is signed in, Sign out).
import type { Credential } from '../api.js';
import { byId } from '../dom.js';
import { forgetToken, saveToken } from '../token.js';
import { messageOf, say, type NoticeKind } from './notice.js';
import type { Viewer } from './operations.js';
import { signInMethods, signInWithPassword, signOutCookie } from './sign-in.js';

export interface AccountEvents {
  /** Signed in: with a token (kept for this tab), or null when the server set its sign-in cookie. */
  signedIn(token: Credential): void;
  /**
   * Sign out was pressed: the server is about to end the sign-in, and with it the live connection (which is not to be
   * taken for a change of groups).
   */
  signingOut(): void;
  /** Signed out (the token forgotten, the cookie's sign-in ended); what to tell the person. */
  signedOut(message: string): void;
}

export interface Account {
  /** Hides the launcher and asks to sign in, with a message saying why; `token` opens the token form. */
  showSignIn(message: string, kind: NoticeKind, focus?: 'password' | 'token'): void;
  /** Shows the launcher, with no one named in the top bar (it could not load). */
  showApp(): void;
  /** Shows the launcher and who is signed in, and how (Sign out then ends that). */
  showViewer(viewer: Viewer, token: Credential): void;
}

interface Panel {
  section: HTMLElement;
  username: HTMLInputElement;
  password: HTMLInputElement;
  submit: HTMLButtonElement;
  token: HTMLInputElement;
  tokenForm: HTMLDetailsElement;
  message: HTMLElement;
}

export function createAccount(events: AccountEvents): Account {
  const { signedIn } = events;
  const panel: Panel = {
    section: byId('sign-in'),
    username: byId<HTMLInputElement>('sign-in-username'),
    password: byId<HTMLInputElement>('sign-in-password'),
    submit: byId<HTMLButtonElement>('sign-in-submit'),
    token: byId<HTMLInputElement>('sign-in-token'),
    tokenForm: byId<HTMLDetailsElement>('token-sign-in'),
    message: byId('sign-in-message'),
  };
  const app = byId('app');
  const who = byId('who');
  const signOut = byId<HTMLButtonElement>('sign-out');
  let signedInWith: Credential = null;

  byId<HTMLFormElement>('password-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void passwordSignIn(panel, signedIn);
  });
  byId<HTMLFormElement>('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = panel.token.value.trim();
    if (!token) return panel.token.focus();
    panel.token.value = '';
    saveToken(token);
    signedIn(token);
  });
  signOut.addEventListener('click', () => void end(signedInWith, signOut, events));
  void offerOidc();

  const showApp = () => {
    panel.section.hidden = true;
    app.hidden = false;
  };
  return {
    showSignIn(message, kind, focus = 'password') {
      app.hidden = true;
      signOut.hidden = true;
      who.textContent = '';
      who.removeAttribute('title');
      panel.section.hidden = false;
      show(panel, message, kind);
      if (focus === 'token') panel.tokenForm.open = true;
      (focus === 'token' ? panel.token : panel.username.value ? panel.password : panel.username).focus();
    },
    showApp,
    showViewer({ owner, role, user }, token) {
      showApp();
      signedInWith = token;
      signOut.hidden = false;
      who.textContent = `${user?.displayName || user?.username || owner} · ${role}`;
      who.title = `Signed in as ${user?.username ?? owner}${token ? ' with an API token' : ''}`;
    },
  };
}

function show({ message }: Panel, text: string, kind: NoticeKind) {
  message.textContent = text;
  message.className = `message ${kind}`;
}

async function passwordSignIn(panel: Panel, signedIn: AccountEvents['signedIn']) {
  const { username, password, submit } = panel;
  if (!username.value.trim()) return username.focus();
  if (!password.value) return password.focus();
  submit.disabled = true;
  submit.textContent = 'Signing in…';
  show(panel, '', 'info');
  try {
    const result = await signInWithPassword(username.value.trim(), password.value);
    if (!result.ok) {
      show(panel, result.message, 'error');
      password.select();
      return password.focus();
    }
    password.value = '';
    // A token kept in this tab would win over the cookie at the next load.
    forgetToken();
    signedIn(null);
  } finally {
    submit.disabled = false;
    submit.textContent = 'Sign in';
  }
}

/** "Sign in with <name>" when the server has an OpenID Connect provider. */
async function offerOidc() {
  const { oidc } = await signInMethods();
  if (!oidc) return;
  byId('oidc-link').textContent = `Sign in with ${oidc.name}`;
  byId('oidc').hidden = false;
}

/** Sign out: a token is forgotten here; a cookie's sign-in is ended on the server (the only place that can). */
async function end(token: Credential, button: HTMLButtonElement, { signingOut, signedOut }: AccountEvents) {
  signingOut();
  if (token) {
    forgetToken();
    // A sign-in cookie this browser may also hold goes too: Sign out leaves no one signed in.
    await signOutCookie().catch(() => {});
    return signedOut('Signed out. The token is forgotten in this tab.');
  }
  button.disabled = true;
  try {
    await signOutCookie();
    signedOut('Signed out.');
  } catch (error) {
    say(messageOf(error), 'error');
  } finally {
    button.disabled = false;
  }
}
