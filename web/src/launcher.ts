// The launcher at `/launch`: sign in, pick a workspace's network and launch, watch your sessions, destroy them; an admin
// also restricts workspaces to networks (the seed's "Workspace Configuration") and manages people and groups.
// Everything shown is kept live over one graphql-ws connection. This file wires the parts of the page (launcher/) and
// runs signing in: with an API token (kept for the tab) or with the server's sign-in cookie.
import './base.css';
import './launcher.css';
import { ApiError, request, type Credential } from './api.js';
import { byId } from './dom.js';
import { createAccount } from './launcher/account.js';
import { createConfiguration } from './launcher/configuration.js';
import { createLiveConnection } from './launcher/live.js';
import { messageOf, say, type NoticeKind } from './launcher/notice.js';
import { viewerQuery, workspacesQuery } from './launcher/operations.js';
import { createPeople } from './launcher/people.js';
import { createPools } from './launcher/pools.js';
import { createSessionList } from './launcher/sessions.js';
import {
  createLauncherState,
  forgetUserData,
  replaceWorkspaces,
  upsertSession,
  workspacesByName,
} from './launcher/state.js';
import { createWorkspaceList } from './launcher/workspaces.js';
import { forgetToken, loadToken, takeTokenFromLocation } from './token.js';

const state = createLauncherState();
const account = createAccount({
  signedIn: (token) => void start(token),
  signingOut: () => live.stop(),
  signedOut: (message) => showSignIn(message),
});
const sessions = createSessionList(state);
const workspaces = createWorkspaceList({ state, sessions, signIn: (message) => showSignIn(message) });
const people = createPeople(state);
const pools = createPools(state);
const configuration = createConfiguration(state, workspaces, () => people.renderNetworks());
const live = createLiveConnection({
  catchUp: (token) => {
    reconnecting = false;
    return Promise.all([
      load(token),
      state.role === 'ADMIN' ? configuration.refreshNetworkNames(token) : undefined,
      state.role === 'ADMIN' ? people.refresh() : undefined,
    ]).then(([loaded]) => apply(loaded));
  },
  sessionChanged: (session) => {
    if (session.owner === '~staging' || session.staged) pools.memberChanged();
    sessions.record(session);
    sessions.announce(session);
  },
  launchOptionsChanged: (options) => workspaces.updateLaunchOptions(options),
  networksChanged: (token) => void configuration.refreshNetworkNames(token),
  workspaceGone: (id) => {
    state.workspaces.delete(id);
    workspaces.render();
    configuration.render();
  },
  refused: (established) => void recheck(established),
});

/** The workspaces query is one the server caches per set of groups; the rest is the viewer's own. */
const load = (token: Credential) =>
  Promise.all([request(token, viewerQuery), request(token, workspacesQuery)] as const);

type Loaded = Awaited<ReturnType<typeof load>>;

function apply([{ sessions: list }, { workspaces: all }]: Loaded) {
  replaceWorkspaces(state, all);
  workspaces.render();
  // A workspace new since the connection opened gets its dropdown watched too.
  for (const workspace of workspacesByName(state)) live.watchOptions(workspace.id);
  for (const session of list) upsertSession(state, session, true);
  sessions.render();
  configuration.render();
  if (state.role === 'ADMIN') pools.renderWorkspaces();
}

/**
 * Signs the page in with a token, or with the cookie (null): reads everything and goes live; without a working
 * credential, asks to sign in (a cookie that is missing or ended is no error: the person simply signs in).
 */
async function start(token: Credential) {
  let loaded: Loaded;
  try {
    loaded = await load(token);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return refusedAtStart(token);
    account.showApp();
    return say(messageOf(error), 'error');
  }
  const [{ viewer }] = loaded;
  state.signedIn = { token };
  state.role = viewer.role;
  account.showViewer(viewer, token);
  say('');
  apply(loaded);
  const admin = viewer.role === 'ADMIN';
  byId('fleet-link').hidden = !admin;
  if (admin) await Promise.all([configuration.start(token), people.start(), pools.start()]);
  else (configuration.hide(), people.hide(), pools.hide());
  sessions.renderTitle();
  live.start(token, { admin, workspaceIds: state.workspaces.keys() });
}

function refusedAtStart(token: Credential) {
  if (!token)
    return showSignIn(
      state.signedIn ? 'Your sign-in has ended (signed out, expired or disabled). Sign in again.' : '',
      'error',
    );
  forgetToken();
  showSignIn('This token was not accepted (wrong, expired or revoked). Paste another one.', 'error', 'token');
}

/** Set by a recheck after a refused handshake, cleared once a connection is up: a refusal in between would loop. */
let reconnecting = false;

/**
 * The server closed the live connection with 4403: the credential no longer works (sign in again), or who it stands
 * for changed (groups, role) and the page reads again what they may now see, over a new connection.
 */
async function recheck(established: boolean) {
  const { signedIn } = state;
  if (!signedIn) return;
  live.stop();
  // Refused at the handshake twice while HTTP accepts the credential: say so rather than loop.
  if (!established && reconnecting)
    return say('The server refused live updates for this sign-in. Reload the page to try again.', 'error');
  reconnecting = !established;
  await start(signedIn.token);
}

function showSignIn(message = '', kind: NoticeKind = 'info', focus?: 'password' | 'token') {
  live.stop();
  reconnecting = false;
  // Nothing of the previous user stays on the page.
  forgetUserData(state);
  workspaces.clear();
  sessions.clear();
  people.clear();
  pools.clear();
  configuration.hide();
  byId('fleet-link').hidden = true;
  say('');
  account.showSignIn(message, kind, focus);
}

// A token in the address or kept for this tab, else the cookie (if the browser holds one).
void start(takeTokenFromLocation() ?? loadToken());
