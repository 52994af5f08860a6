// The launcher's state, in one place: what the API said (the viewer's role, workspaces, sessions, the networks on the
// agents) and what the person is in the middle of (sessions launched here, the unsaved configuration). The parts of
// the page render from it and keep no copy of it; each keeps only how it shows it (its elements) or, for the live
// connection and the network refresh, how it talks to the server.
import type { Credential } from '../api.js';
import type { Role, Session, SessionStatus, Workspace } from './operations.js';
import type { Group, Person } from './people-operations.js';

/** The configuration form's unsaved state, kept while the network list changes under it. */
export interface Draft {
  workspaceId: string;
  networks: Set<string>;
}

export interface LauncherState {
  /** How the page is signed in (a token, or null for the sign-in cookie); undefined while signed out. */
  signedIn: { token: Credential } | undefined;
  role: Role;
  readonly workspaces: Map<string, Workspace>;
  readonly sessions: Map<string, Session>;
  /** Sessions launched from this page: their outcome is announced (the notice is a live region). */
  readonly launchedHere: Set<string>;
  /** Network names found on the agents, kept live (for an ADMIN). */
  networkNames: string[];
  draft: Draft | undefined;
  /** People and groups, by name (for an ADMIN). */
  people: Person[];
  groups: Group[];
}

export function createLauncherState(): LauncherState {
  return {
    signedIn: undefined,
    role: 'USER',
    workspaces: new Map(),
    sessions: new Map(),
    launchedHere: new Set(),
    networkNames: [],
    draft: undefined,
    people: [],
    groups: [],
  };
}

/** Nothing of the previous user stays on the page once they sign out. */
export function forgetUserData(state: LauncherState): void {
  state.signedIn = undefined;
  state.role = 'USER';
  state.workspaces.clear();
  state.sessions.clear();
  state.launchedHere.clear();
  state.people = [];
  state.groups = [];
  state.draft = undefined;
}

export function replaceWorkspaces(state: LauncherState, workspaces: readonly Workspace[]): void {
  state.workspaces.clear();
  for (const workspace of workspaces) state.workspaces.set(workspace.id, workspace);
}

export const workspacesByName = (state: LauncherState): Workspace[] =>
  [...state.workspaces.values()].sort((a, b) => a.name.localeCompare(b.name));

/** Sessions in these states hold a container (or are about to): they can be destroyed. */
const active = new Set<SessionStatus>(['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING', 'PAUSED', 'SUSPENDED']);
export const isActive = (status: SessionStatus): boolean => active.has(status);

/**
 * Records a session, unless what is known is newer; a full load (`fromLoad`) is the truth. An HTTP answer may arrive
 * after a later event (and an event after a later answer): statuses alone cannot tell which is newer, since a session
 * goes back and forth (RUNNING, PAUSED, RUNNING; SUSPENDED, STARTING, RUNNING), but the server stamps `updatedAt` at
 * every change. Equal stamps are the same state with newer details (a keepalive moves `expiresAt` without a stamp).
 */
export function upsertSession(state: LauncherState, session: Session, fromLoad = false): void {
  const known = state.sessions.get(session.id);
  if (known && !fromLoad && Date.parse(session.updatedAt) < Date.parse(known.updatedAt)) return;
  state.sessions.set(session.id, session);
}
