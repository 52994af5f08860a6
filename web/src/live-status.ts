// A page's live connection as the top bar shows it (Connecting…, Live, Reconnecting…), shared by the launcher and the
// fleet page: one graphql-ws client whose every (re)connection is followed by a catch-up read of the page's state.
import type { Client } from 'graphql-ws';
import { connect, type Credential } from './api.js';

export type LiveState = 'off' | 'connecting' | 'live';

export function showLive(indicator: HTMLElement, text: string, state: LiveState): void {
  indicator.textContent = text;
  indicator.dataset['state'] = state;
  indicator.hidden = state === 'off';
}

export interface LiveStatusOptions {
  indicator: HTMLElement;
  /** Reads the page's state again; "Live" is shown once it resolves. */
  catchUp(): Promise<void>;
  /** The catch-up failed: what to tell the person. */
  failed(error: unknown): void;
  /** The server refused the credential at the handshake (`established` false) or ended an open connection. */
  refused(established: boolean): void;
  /** Whether the page still uses this client (a stopped or replaced one reports nothing). */
  current(client: Client): boolean;
}

/** Connects with the token or cookie, showing the connection's state in `indicator`. */
export function openLive(token: Credential, { indicator, catchUp, failed, refused, current }: LiveStatusOptions): Client {
  let soon: ReturnType<typeof setTimeout> | undefined;
  let established = false;
  const client: Client = connect(token, {
    // Events are not replayed: read the state again once the subscriptions are in place (the server registers
    // them a moment after the handshake), which also covers whatever happened while the connection was down.
    connected: () => {
      established = true;
      clearTimeout(soon);
      soon = setTimeout(() => {
        catchUp().then(() => showLive(indicator, 'Live', 'live'), failed);
      }, 250);
    },
    disconnected: () => {
      established = false;
      clearTimeout(soon);
      if (current(client)) showLive(indicator, 'Reconnecting…', 'connecting');
    },
    refused: () => {
      clearTimeout(soon);
      // A connection this page already let go of (stopped, replaced) is no one's concern.
      if (current(client)) refused(established);
    },
  });
  return client;
}
