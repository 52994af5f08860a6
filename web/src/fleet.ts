// The fleet page at `/fleet` (ADMIN): per zone, its agents as columns and its network names as rows, each cell what
// that agent has of that network (present, missing, removed, in conflict), kept live; Repair where a copy is missing,
// and a form that previews a network's per-agent ranges before creating it. Signing in is the launcher's.
import './base.css';
import './launcher.css';
import './fleet.css';
import { ApiError, request, type Credential } from './api.js';
import { byId } from './dom.js';
import { createBoard } from './fleet/board.js';
import { createFleetLive } from './fleet/live.js';
import { createNetworkForm } from './fleet/network-form.js';
import { pictureQuery, viewerQuery, type Viewer } from './fleet/operations.js';
import { createAccount } from './launcher/account.js';
import { messageOf, say, type NoticeKind } from './launcher/notice.js';
import { forgetToken, loadToken, takeTokenFromLocation } from './token.js';

let signedIn: { token: Credential } | undefined;
/** Set by a recheck after a refused handshake, cleared once a connection is up: a refusal in between would loop. */
let reconnecting = false;
/** Only the latest read is drawn: an answer that arrives after a later one's is older. */
let reads = 0;

const token = () => signedIn?.token;
const account = createAccount({
  signedIn: (credential) => void start(credential),
  signingOut: () => live.stop(),
  signedOut: (message) => showSignIn(message),
});
const board = createBoard({ token, refresh: () => refresh() });
const form = createNetworkForm({ token, created: () => refresh() });
const live = createFleetLive({
  refresh: () => {
    reconnecting = false;
    return read();
  },
  refused: (established) => void recheck(established),
});

/** Reads the whole picture and draws it; rejects with the API's error. */
async function read(): Promise<void> {
  if (!signedIn) return;
  const n = ++reads;
  const picture = await request(signedIn.token, pictureQuery);
  if (n !== reads || !signedIn) return;
  board.draw(picture);
  form.setAgents(picture.agents);
}

/** Like read, with its error said in the page's notice. */
const refresh = () => read().catch((error: unknown) => say(messageOf(error), 'error'));

function show(viewer: Viewer | undefined) {
  const admin = viewer?.role === 'ADMIN';
  byId('fleet').hidden = !admin;
  byId('new-network').hidden = !admin;
  byId('new-network-link').hidden = !admin;
  byId('admins-only').hidden = !viewer || admin;
}

async function start(credential: Credential) {
  let viewer: Viewer;
  try {
    viewer = (await request(credential, viewerQuery)).viewer;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') return refusedAtStart(credential);
    account.showApp();
    return say(messageOf(error), 'error');
  }
  signedIn = { token: credential };
  account.showViewer(viewer, credential);
  say('');
  show(viewer);
  // A USER sees that the page is not theirs, and nothing of the fleet (the API would refuse it anyway).
  if (viewer.role !== 'ADMIN') return live.stop();
  await refresh();
  live.start(credential);
}

function refusedAtStart(credential: Credential) {
  if (!credential) return showSignIn(signedIn ? 'Your sign-in has ended (signed out, expired or disabled). Sign in again.' : '', 'error');
  forgetToken();
  showSignIn('This token was not accepted (wrong, expired or revoked). Paste another one.', 'error', 'token');
}

/** The live connection was refused (4403): sign in again, or read again as who the credential now stands for. */
async function recheck(established: boolean) {
  if (!signedIn) return;
  const { token: credential } = signedIn;
  live.stop();
  if (!established && reconnecting) return say('The server refused live updates for this sign-in. Reload the page to try again.', 'error');
  reconnecting = !established;
  await start(credential);
}

function showSignIn(message = '', kind: NoticeKind = 'info', focus?: 'password' | 'token') {
  live.stop();
  reconnecting = false;
  // Nothing of the previous sign-in stays on the page.
  signedIn = undefined;
  board.clear();
  form.clear();
  show(undefined);
  say('');
  account.showSignIn(message, kind, focus);
}

void start(takeTokenFromLocation() ?? loadToken());
