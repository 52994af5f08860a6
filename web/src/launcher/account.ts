// Signing in and out: the sign-in panel, and the top bar's account (who is signed in, Sign out).
import { byId } from '../dom.js';
import { forgetToken, saveToken } from '../token.js';
import type { NoticeKind } from './notice.js';
import type { Viewer } from './operations.js';

export interface AccountEvents {
  /** A token was entered (and kept for this tab). */
  signedIn(token: string): void;
  /** Sign out was pressed (the token is forgotten). */
  signedOut(): void;
}

export interface Account {
  /** Hides the launcher and asks for a token, with a message saying why. */
  showSignIn(message: string, kind: NoticeKind): void;
  /** Shows the launcher, with no one named in the top bar (it could not load). */
  showApp(): void;
  /** Shows the launcher and who is signed in. */
  showViewer(viewer: Viewer): void;
}

export function createAccount({ signedIn, signedOut }: AccountEvents): Account {
  const signIn = byId('sign-in');
  const app = byId('app');
  const who = byId('who');
  const signOut = byId<HTMLButtonElement>('sign-out');
  const input = byId<HTMLInputElement>('sign-in-token');

  byId<HTMLFormElement>('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = input.value.trim();
    if (!token) return input.focus();
    input.value = '';
    saveToken(token);
    signedIn(token);
  });
  signOut.addEventListener('click', () => {
    forgetToken();
    signedOut();
  });

  const showApp = () => {
    signIn.hidden = true;
    app.hidden = false;
  };
  return {
    showSignIn(message, kind) {
      app.hidden = true;
      signOut.hidden = true;
      who.textContent = '';
      signIn.hidden = false;
      const shown = byId('sign-in-message');
      shown.textContent = message;
      shown.className = `message ${kind}`;
      input.focus();
    },
    showApp,
    showViewer({ owner, role }) {
      showApp();
      signOut.hidden = false;
      who.textContent = `${owner} · ${role}`;
    },
  };
}
