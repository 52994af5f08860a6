// The fleet page's live connection: networks appearing and vanishing, agents changing state, sessions starting and
// ending. Each only says that the picture changed; it is read again, once per burst of events.
import type { Client } from 'graphql-ws';
import { watch, type ApiError, type Credential } from '../api.js';
import { byId } from '../dom.js';
import { openLive, showLive } from '../live-status.js';
import { messageOf, say } from '../launcher/notice.js';
import { agentStatusSubscription, networkDiscoveredSubscription, networkRemovedSubscription, sessionStatusSubscription } from './operations.js';

/** A burst of events (a network made on five agents, a zone repaired) is read once. */
const gatherMs = 100;

export interface FleetLiveEvents {
  /** Reads the picture again; called on every (re)connection and, gathered, after events. */
  refresh(token: Credential): Promise<void>;
  /** The server refused the credential, or ended the connection because who it stands for changed. */
  refused(established: boolean): void;
}

export interface FleetLive {
  start(token: Credential): void;
  stop(): void;
}

export function createFleetLive({ refresh, refused }: FleetLiveEvents): FleetLive {
  const indicator = byId('live');
  let client: Client | undefined;
  let stops: (() => void)[] = [];
  let soon: ReturnType<typeof setTimeout> | undefined;

  const failed = (error: ApiError) => {
    if (error.code !== 'CLOSED') say(`Live updates: ${error.message}`, 'error');
  };

  function stop() {
    const closing = client;
    client = undefined;
    clearTimeout(soon);
    soon = undefined;
    for (const unsubscribe of stops) unsubscribe();
    stops = [];
    void closing?.dispose();
    showLive(indicator, '', 'off');
  }

  function start(token: Credential) {
    stop();
    showLive(indicator, 'Connecting…', 'connecting');
    const opened = openLive(token, {
      indicator,
      catchUp: () => refresh(token),
      failed: (error) => say(messageOf(error), 'error'),
      refused,
      current: (c) => c === client,
    });
    client = opened;
    const changed = () => {
      if (soon || client !== opened) return;
      soon = setTimeout(() => {
        soon = undefined;
        if (client === opened) void refresh(token);
      }, gatherMs);
    };
    stops.push(
      watch(opened, networkDiscoveredSubscription, {}, changed, failed),
      watch(opened, networkRemovedSubscription, {}, changed, failed),
      watch(opened, agentStatusSubscription, {}, changed, failed),
      watch(opened, sessionStatusSubscription, {}, changed, failed),
    );
  }

  return { start, stop };
}
