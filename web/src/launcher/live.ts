// The page's one graphql-ws connection and its subscriptions: sessions, each workspace's launch options and, for an
// ADMIN, networks appearing and vanishing on the agents. Its state is shown in the top bar's live indicator.
import type { Client } from 'graphql-ws';
import { watch, type ApiError, type Credential } from '../api.js';
import { byId } from '../dom.js';
import { openLive, showLive, type LiveState } from '../live-status.js';
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
  catchUp(token: Credential): Promise<void>;
  sessionChanged(session: Session): void;
  launchOptionsChanged(options: LaunchOptions): void;
  /** A network appeared on an agent or vanished from one (watched for an ADMIN only). */
  networksChanged(token: Credential): void;
  /**
   * A workspace's launch options cannot be watched: the viewer may no longer see it (limited to groups they are not
   * in since the page read the list). Not an error to show: the workspace just leaves the page.
   */
  workspaceGone(workspaceId: string): void;
  /**
   * The server refused the credential at the handshake (`established` false), or ended an open connection because
   * who it stands for changed or the credential was revoked (`established` true).
   */
  refused(established: boolean): void;
}

export interface LiveConnection {
  /** Connects with the token or cookie (closing any previous connection) and subscribes. */
  start(token: Credential, watching: { admin: boolean; workspaceIds: Iterable<string> }): void;
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

const show = ({ indicator }: Live, text: string, state: LiveState) => showLive(indicator, text, state);

/** A subscription's error; a closed connection is reported once, by `refused` or the indicator, not per subscription. */
const failed = (error: ApiError) => {
  if (error.code !== 'CLOSED') say(`Live updates: ${error.message}`, 'error');
};

function start(
  live: Live,
  token: Credential,
  { admin, workspaceIds }: { admin: boolean; workspaceIds: Iterable<string> },
) {
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

function open(live: Live, token: Credential): Client {
  return openLive(token, {
    indicator: live.indicator,
    catchUp: () => live.events.catchUp(token),
    failed: (error) => say(messageOf(error), 'error'),
    refused: (established) => live.events.refused(established),
    current: (client) => live.client === client,
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
      (error) => {
        if (error.code !== 'NOT_FOUND') return failed(error);
        watched.delete(workspaceId);
        events.workspaceGone(workspaceId);
      },
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
