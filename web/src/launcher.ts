// The launcher at `/launch`: pick a workspace's network and launch, watch your sessions, destroy them; an admin also
// restricts workspaces to networks (the seed's "Workspace Configuration"). Everything shown is kept live over one
// graphql-ws connection. This file wires the parts of the page (launcher/) and runs signing in.
import './base.css';
import './launcher.css';
import { ApiError, request } from './api.js';
import { createAccount } from './launcher/account.js';
import { createConfiguration } from './launcher/configuration.js';
import { createLiveConnection } from './launcher/live.js';
import { messageOf, say, type NoticeKind } from './launcher/notice.js';
import { viewerQuery, workspacesQuery } from './launcher/operations.js';
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
  signedOut: () => showSignIn('Signed out. The token is forgotten in this tab.'),
});
const sessions = createSessionList(state);
const workspaces = createWorkspaceList({ state, sessions, signIn: (message) => showSignIn(message) });
const configuration = createConfiguration(state, workspaces);
const live = createLiveConnection({
  catchUp: (token) =>
    Promise.all([load(token), state.role === 'ADMIN' ? configuration.refreshNetworkNames(token) : undefined]).then(
      ([loaded]) => apply(loaded),
    ),
  sessionChanged: (session) => {
    sessions.record(session);
    sessions.announce(session);
  },
  launchOptionsChanged: (options) => workspaces.updateLaunchOptions(options),
  networksChanged: (token) => void configuration.refreshNetworkNames(token),
  refused: () => showSignIn('The server refused this token for live updates. Sign in again.', 'error'),
});

/** The workspaces query alone is one the server caches for every user; the rest is the viewer's own. */
const load = (token: string) => Promise.all([request(token, viewerQuery), request(token, workspacesQuery)] as const);

type Loaded = Awaited<ReturnType<typeof load>>;

function apply([{ sessions: list }, { workspaces: all }]: Loaded) {
  replaceWorkspaces(state, all);
  workspaces.render();
  // A workspace new since the connection opened gets its dropdown watched too.
  for (const workspace of workspacesByName(state)) live.watchOptions(workspace.id);
  for (const session of list) upsertSession(state, session, true);
  sessions.render();
  configuration.render();
}

async function start(token: string) {
  let loaded: Loaded;
  try {
    loaded = await load(token);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      forgetToken();
      return showSignIn('This token was not accepted (wrong, expired or revoked). Paste another one.', 'error');
    }
    account.showApp();
    return say(messageOf(error), 'error');
  }
  const [{ viewer }] = loaded;
  state.role = viewer.role;
  account.showViewer(viewer);
  say('');
  apply(loaded);
  if (viewer.role === 'ADMIN') await configuration.start(token);
  else configuration.hide();
  sessions.renderTitle();
  live.start(token, { admin: viewer.role === 'ADMIN', workspaceIds: state.workspaces.keys() });
}

function showSignIn(message = '', kind: NoticeKind = 'info') {
  live.stop();
  // Nothing of the previous user stays on the page.
  forgetUserData(state);
  workspaces.clear();
  sessions.clear();
  say('');
  account.showSignIn(message, kind);
}

const token = takeTokenFromLocation() ?? loadToken();
if (token) void start(token);
else showSignIn();
