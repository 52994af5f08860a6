// The page's one graphql-ws connection and its subscriptions: sessions, each workspace's launch options and, for an
// ADMIN, networks appearing and vanishing on the agents. Its state is shown in the top bar's live indicator.
import type { Client } from 'graphql-ws';
import { connect, watch, type ApiError } from '../api.js';
import { byId } from '../dom.js';
import { messageOf, say } from './notice.js';
import {
  launchOptionsSubscription,
  networkDiscoveredSubscription,
  networkRemovedSubscription,
  sessionsSubscription,
  type LaunchOptions,
  type Session,
} from './operations.js';

export interface LiveEvents {
  /** Reads the current state again: events are not replayed. "Live" is shown once it resolves. */
  catchUp(token: string): Promise<void>;
  sessionChanged(session: Session): void;
  launchOptionsChanged(options: LaunchOptions): void;
  /** A network appeared on an agent or vanished from one (watched for an ADMIN only). */
  networksChanged(token: string): void;
  /** The server refused the token. */
  refused(): void;
}

export interface LiveConnection {
  /** Connects with the token (closing any previous connection) and subscribes. */
  start(token: string, watching: { admin: boolean; workspaceIds: Iterable<string> }): void;
  /** Keeps a workspace's dropdown live (once per workspace and connection). */
  watchOptions(workspaceId: string): void;
  stop(): void;
}

export function createLiveConnection(events: LiveEvents): LiveConnection {
  const live: Live = { events, indicator: byId('live'), client: undefined, stops: [], watched: new Set() };
  return {
    start: (token, watching) => start(live, token, watching),
    watchOptions: (workspaceId) => watchOptions(live, workspaceId),
    stop: () => stop(live),
  };
}

interface Live {
  events: LiveEvents;
  indicator: HTMLElement;
  /** The open connection; undefined once stopped. */
  client: Client | undefined;
  stops: (() => void)[];
  /** Workspaces whose launch options are subscribed to on this connection. */
  watched: Set<string>;
}

function show({ indicator }: Live, text: string, state: 'off' | 'connecting' | 'live') {
  indicator.textContent = text;
  indicator.dataset['state'] = state;
  indicator.hidden = state === 'off';
}

const failed = (error: ApiError) => say(`Live updates: ${error.message}`, 'error');

function start(live: Live, token: string, { admin, workspaceIds }: { admin: boolean; workspaceIds: Iterable<string> }) {
  stop(live);
  show(live, 'Connecting…', 'connecting');
  const client = open(live, token);
  live.client = client;
  const { events, stops } = live;
  stops.push(
    watch(
      client,
      sessionsSubscription,
      {},
      ({ sessionStatusChanged }) => events.sessionChanged(sessionStatusChanged),
      failed,
    ),
  );
  for (const id of workspaceIds) watchOptions(live, id);
  if (admin) {
    const networksChanged = () => events.networksChanged(token);
    stops.push(watch(client, networkDiscoveredSubscription, {}, networksChanged, failed));
    stops.push(watch(client, networkRemovedSubscription, {}, networksChanged, failed));
  }
}

function open(live: Live, token: string): Client {
  let catchUp: ReturnType<typeof setTimeout> | undefined;
  return connect(token, {
    // Events are not replayed: read the state again once the subscriptions are in place (the server registers
    // them a moment after the handshake), which also covers whatever happened while the connection was down.
    connected: () => {
      clearTimeout(catchUp);
      catchUp = setTimeout(() => {
        live.events.catchUp(token).then(
          () => show(live, 'Live', 'live'),
          (error: unknown) => say(messageOf(error), 'error'),
        );
      }, 250);
    },
    disconnected: () => {
      clearTimeout(catchUp);
      if (live.client) show(live, 'Reconnecting…', 'connecting');
    },
    refused: () => live.events.refused(),
  });
}

function watchOptions(live: Live, workspaceId: string) {
  const { client, watched, events } = live;
  if (!client || watched.has(workspaceId)) return;
  watched.add(workspaceId);
  live.stops.push(
    watch(
      client,
      launchOptionsSubscription,
      { id: workspaceId },
      ({ launchOptionsChanged }) => events.launchOptionsChanged(launchOptionsChanged),
      failed,
    ),
  );
}

function stop(live: Live) {
  const closing = live.client;
  live.client = undefined;
  for (const unsubscribe of live.stops) unsubscribe();
  live.stops = [];
  live.watched.clear();
  void closing?.dispose();
  show(live, '', 'off');
}
