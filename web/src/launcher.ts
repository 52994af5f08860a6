// The launcher at `/launch`: pick a workspace's network and launch, watch your sessions, destroy them; an admin also
// restricts workspaces to networks (the seed's "Workspace Configuration"). Everything shown is kept live over one
// graphql-ws connection.
import './base.css';
import './launcher.css';
import type { Client } from 'graphql-ws';
import { ApiError, connect, request, watch } from './api.js';
import { byId, el, reconcile } from './dom.js';
import {
  destroyMutation,
  launchMutation,
  launchOptionsSubscription,
  networkDiscoveredSubscription,
  networkRemovedSubscription,
  networksQuery,
  restrictMutation,
  sessionsSubscription,
  viewerQuery,
  workspacesQuery,
  type Choice,
  type LaunchOptions,
  type Role,
  type Session,
  type SessionStatus,
  type Workspace,
} from './launcher/operations.js';
import { forgetToken, loadToken, saveToken, takeTokenFromLocation } from './token.js';

/** Sessions in these states hold a container (or are about to): they can be destroyed. */
const active = new Set<SessionStatus>(['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING']);
/** How far along a session is: an event never moves a session back (an HTTP answer may arrive after a later event). */
const progress: Record<SessionStatus, number> = {
  REQUESTED: 0,
  PROVISIONING: 1,
  STARTING: 2,
  RUNNING: 3,
  STOPPING: 4,
  STOPPED: 5,
  FAILED: 5,
};
/** Ended sessions shown besides the active ones, newest first. */
const endedShown = 10;

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const signIn = byId('sign-in');
const app = byId('app');
const who = byId('who');
const signOut = byId<HTMLButtonElement>('sign-out');
const liveStatus = byId('live');
const notice = byId('notice');
const workspaceList = byId('workspaces');
const sessionList = byId('sessions');
const noSessions = byId('no-sessions');

let live: Client | undefined;
let stops: (() => void)[] = [];
const watched = new Set<string>();
let role: Role = 'USER';

// ---- signing in and out ----------------------------------------------------------------------------------------------

byId<HTMLFormElement>('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('sign-in-token');
  const token = input.value.trim();
  if (!token) return input.focus();
  input.value = '';
  saveToken(token);
  void start(token);
});

signOut.addEventListener('click', () => {
  forgetToken();
  showSignIn('Signed out. The token is forgotten in this tab.');
});

function showSignIn(message = '', kind: 'error' | 'info' = 'info') {
  stopLive();
  // Nothing of the previous user stays on the page.
  workspaces.clear();
  sessions.clear();
  cards.clear();
  rows.clear();
  workspaceList.replaceChildren();
  sessionList.replaceChildren();
  say('');
  app.hidden = true;
  signOut.hidden = true;
  who.textContent = '';
  signIn.hidden = false;
  const shown = byId('sign-in-message');
  shown.textContent = message;
  shown.className = `message ${kind}`;
  byId('sign-in-token').focus();
}

// ---- the page --------------------------------------------------------------------------------------------------------

const workspaces = new Map<string, Workspace>();
const sessions = new Map<string, Session>();

async function start(token: string) {
  let loaded: Awaited<ReturnType<typeof load>>;
  try {
    loaded = await load(token);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      forgetToken();
      return showSignIn('This token was not accepted (wrong, expired or revoked). Paste another one.', 'error');
    }
    signIn.hidden = true;
    app.hidden = false;
    return say(messageOf(error), 'error');
  }
  const [{ viewer }] = loaded;
  role = viewer.role;
  signIn.hidden = true;
  app.hidden = false;
  signOut.hidden = false;
  who.textContent = `${viewer.owner} · ${viewer.role}`;
  say('');
  apply(loaded);
  if (viewer.role === 'ADMIN') await startConfiguration(token);
  else byId('configuration').hidden = true;
  byId('config-link').hidden = viewer.role !== 'ADMIN';
  byId('sessions-title').textContent = viewer.role === 'ADMIN' ? 'Sessions (everyone’s)' : 'Your sessions';
  goLive(token);
}

/** The workspaces query alone is one the server caches for every user; the rest is the viewer's own. */
const load = (token: string) => Promise.all([request(token, viewerQuery), request(token, workspacesQuery)] as const);

function apply([{ sessions: list }, { workspaces: all }]: Awaited<ReturnType<typeof load>>) {
  workspaces.clear();
  for (const workspace of all) workspaces.set(workspace.id, workspace);
  renderWorkspaces();
  for (const session of list) upsertSession(session, true);
  renderSessions();
  renderConfiguration();
}

function goLive(token: string) {
  stopLive();
  setLive('Connecting…', 'connecting');
  let catchUp: ReturnType<typeof setTimeout> | undefined;
  live = connect(token, {
    // Events are not replayed: read the state again once the subscriptions are in place (the server registers them
    // a moment after the handshake), which also covers whatever happened while the connection was down.
    connected: () => {
      clearTimeout(catchUp);
      catchUp = setTimeout(() => {
        void Promise.all([load(token), role === 'ADMIN' ? refreshNetworkNames(token) : undefined]).then(
          ([loaded]) => {
            apply(loaded);
            setLive('Live', 'live');
          },
          (error: unknown) => say(messageOf(error), 'error'),
        );
      }, 250);
    },
    disconnected: () => {
      clearTimeout(catchUp);
      if (live) setLive('Reconnecting…', 'connecting');
    },
    refused: () => showSignIn('The server refused this token for live updates. Sign in again.', 'error'),
  });
  const failed = (error: ApiError) => say(`Live updates: ${error.message}`, 'error');
  stops.push(
    watch(
      live,
      sessionsSubscription,
      {},
      ({ sessionStatusChanged }) => {
        upsertSession(sessionStatusChanged);
        renderSessions();
        announce(sessionStatusChanged);
      },
      failed,
    ),
  );
  for (const id of workspaces.keys()) watchOptions(id);
  if (role === 'ADMIN') {
    stops.push(watch(live, networkDiscoveredSubscription, {}, () => refreshNetworkNames(token), failed));
    stops.push(watch(live, networkRemovedSubscription, {}, () => refreshNetworkNames(token), failed));
  }
}

/** Keeps a workspace's dropdown live (once per workspace and connection). */
function watchOptions(id: string) {
  if (!live || watched.has(id)) return;
  watched.add(id);
  stops.push(
    watch(
      live,
      launchOptionsSubscription,
      { id },
      ({ launchOptionsChanged }) => updateLaunchOptions(launchOptionsChanged),
      (error) => say(`Live updates: ${error.message}`, 'error'),
    ),
  );
}

function stopLive() {
  const client = live;
  live = undefined;
  for (const stop of stops) stop();
  stops = [];
  watched.clear();
  void client?.dispose();
  setLive('', 'off');
}

function setLive(text: string, state: 'off' | 'connecting' | 'live') {
  liveStatus.textContent = text;
  liveStatus.dataset['state'] = state;
  liveStatus.hidden = state === 'off';
}

function say(message: string, kind: 'error' | 'info' = 'info') {
  notice.textContent = message;
  notice.className = `notice ${kind}`;
  notice.hidden = !message;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// ---- workspaces and launching -----------------------------------------------------------------------------------------

interface Card {
  item: HTMLLIElement;
  select: HTMLSelectElement;
  button: HTMLButtonElement;
  error: HTMLElement;
  meta: HTMLElement;
}
const cards = new Map<string, Card>();

function renderWorkspaces() {
  const ordered = [...workspaces.values()].sort((a, b) => a.name.localeCompare(b.name));
  reconcile(
    workspaceList,
    ordered.map((workspace) => {
      const card = cards.get(workspace.id) ?? makeCard(workspace);
      cards.set(workspace.id, card);
      card.meta.textContent = describe(workspace);
      card.button.disabled = !workspace.enabled;
      updateLaunchOptions(workspace.launchOptions);
      watchOptions(workspace.id);
      return card.item;
    }),
  );
  byId('no-workspaces').hidden = workspaces.size > 0;
}

const describe = (w: Workspace) =>
  `${w.image} · ${w.cores} ${w.cores === 1 ? 'core' : 'cores'} · ${w.memoryMb} MB${w.enabled ? '' : ' · disabled by an admin'}`;

function makeCard(workspace: Workspace): Card {
  const id = `network-${workspace.id}`;
  const select = el('select', { id, name: 'network' });
  const button = el('button', { type: 'submit', className: 'primary', textContent: 'Launch' });
  const error = el('p', { className: 'card-error', attrs: { 'aria-live': 'polite' } });
  const meta = el('p', { className: 'meta' });
  const title = el('h3', { id: `workspace-${workspace.id}`, textContent: workspace.name });
  const form = el(
    'form',
    { className: 'launch' },
    el('label', { htmlFor: id, textContent: 'Network' }),
    el('div', { className: 'row' }, select, button),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void launch(workspace.id);
  });
  const item = el(
    'li',
    { className: 'card', attrs: { 'aria-labelledby': title.id, 'data-workspace': workspace.name } },
    title,
    meta,
    form,
    error,
  );
  return { item, select, button, error, meta };
}

/** Rebuilds a workspace's dropdown from its launch options, keeping the user's choice while it is still offered. */
function updateLaunchOptions(options: LaunchOptions) {
  const card = cards.get(options.workspaceId);
  const workspace = workspaces.get(options.workspaceId);
  if (!card || !workspace) return;
  workspace.launchOptions = options;
  const chosen = card.select.value;
  card.select.replaceChildren(
    ...options.choices.map((choice) =>
      el('option', {
        value: choice.network ?? '',
        textContent: optionLabel(choice),
        // Auto stays choosable even when nothing is available: the launch then says why (NO_CAPACITY, per agent).
        disabled: choice.network !== null && !choice.available,
      }),
    ),
  );
  const keep = options.choices.find((c) => (c.network ?? '') === chosen && (c.available || c.network === null));
  card.select.value = keep ? chosen : '';
  card.select.title = options.allowNetworkSelection ? '' : 'This workspace places sessions for you (Auto).';
}

function optionLabel({ network, label, available, agentCount }: Choice) {
  const agents = `${agentCount} ${agentCount === 1 ? 'agent' : 'agents'}`;
  if (!available) return network === null ? `${label} (no agent now)` : `${label} (unavailable: no agent)`;
  return `${label} (${agents})`;
}

async function launch(workspaceId: string) {
  const card = cards.get(workspaceId)!;
  const workspace = workspaces.get(workspaceId)!;
  const network = card.select.value || null;
  const token = loadToken();
  if (!token) return showSignIn('Sign in to launch.');
  card.button.disabled = true;
  card.button.textContent = 'Launching…';
  card.error.textContent = '';
  try {
    const { launchSession } = await request(token, launchMutation, { input: { workspaceId, network } });
    upsertSession(launchSession);
    renderSessions();
    launchedHere.add(launchSession.id);
    const where = `${launchSession.network ?? 'the default network'}${launchSession.agent ? ` (${launchSession.agent.name})` : ''}`;
    say(`Launching ${workspace.name} on ${where}…`);
    // Its RUNNING (or FAILED) may have come over the WebSocket before this answer.
    announce(sessions.get(launchSession.id)!);
  } catch (error) {
    card.error.textContent = messageOf(error);
  } finally {
    card.button.disabled = !workspace.enabled;
    card.button.textContent = 'Launch';
  }
}

/** Sessions launched from this page: their outcome is announced (the notice is a live region). */
const launchedHere = new Set<string>();

function announce({ id, status, workspace, network, agent, statusReason }: Session) {
  if (!launchedHere.has(id)) return;
  if (status === 'RUNNING') say(`${workspace.name} is running on ${network}${agent ? ` (${agent.name})` : ''}.`);
  else if (status === 'FAILED') say(`${workspace.name} failed: ${statusReason ?? 'no reason given'}`, 'error');
  else if (status === 'STOPPED') launchedHere.delete(id);
}

// ---- sessions -----------------------------------------------------------------------------------------------------------

interface Row {
  item: HTMLLIElement;
  status: HTMLElement;
  where: HTMLElement;
  reason: HTMLElement;
  destroy: HTMLButtonElement;
}
const rows = new Map<string, Row>();

function upsertSession(session: Session, fromLoad = false) {
  const known = sessions.get(session.id);
  if (known && !fromLoad && progress[session.status] < progress[known.status]) return;
  sessions.set(session.id, session);
}

function renderSessions() {
  const newestFirst = [...sessions.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const shown = [
    ...newestFirst.filter((s) => active.has(s.status) || s.status === 'STOPPING'),
    ...newestFirst.filter((s) => s.status === 'STOPPED' || s.status === 'FAILED').slice(0, endedShown),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  reconcile(
    sessionList,
    shown.map((session) => updateRow(session).item),
  );
  noSessions.hidden = shown.length > 0;
}

function updateRow(session: Session): Row {
  let row = rows.get(session.id);
  if (!row) {
    const destroy = el('button', { type: 'button', className: 'danger', textContent: 'Destroy' });
    destroy.addEventListener('click', () => void destroySession(session.id));
    row = {
      item: el('li', { className: 'session', tabIndex: -1, attrs: { 'data-session-id': session.id } }),
      status: el('span', { className: 'status' }),
      where: el('p', { className: 'meta' }),
      reason: el('p', { className: 'reason' }),
      destroy,
    };
    const title = el('strong', { className: 'session-name', textContent: session.workspace.name });
    const created = el('time', { dateTime: session.createdAt, textContent: time.format(new Date(session.createdAt)) });
    row.item.append(
      el('div', { className: 'session-head' }, title, row.status),
      row.where,
      el('p', { className: 'meta' }, 'Started ', created),
      row.reason,
      destroy,
    );
    rows.set(session.id, row);
  }
  const { status, statusReason, network, agent, owner, workspace } = session;
  row.item.dataset['status'] = status;
  row.status.textContent = status;
  row.status.className = `status status-${status.toLowerCase()}`;
  row.where.textContent = [
    network ?? 'network not chosen yet',
    agent ? `on ${agent.name}` : '',
    role === 'ADMIN' ? `· ${owner}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  row.reason.textContent = statusReason ?? '';
  row.reason.hidden = !statusReason;
  const destroyable = active.has(status);
  if (!destroyable && document.activeElement === row.destroy) row.item.focus();
  row.destroy.hidden = !destroyable;
  row.destroy.setAttribute(
    'aria-label',
    `Destroy the ${workspace.name} session started ${time.format(new Date(session.createdAt))}`,
  );
  return row;
}

async function destroySession(id: string) {
  const row = rows.get(id);
  const token = loadToken();
  if (!row || !token) return;
  row.destroy.disabled = true;
  row.destroy.textContent = 'Destroying…';
  try {
    const { destroySession } = await request(token, destroyMutation, { id });
    upsertSession(destroySession);
    renderSessions();
    say(
      `The ${destroySession.workspace.name} session is ${destroySession.status === 'STOPPED' ? 'stopped' : destroySession.status}.`,
    );
  } catch (error) {
    say(messageOf(error), 'error');
  } finally {
    row.destroy.disabled = false;
    row.destroy.textContent = 'Destroy';
  }
}

// ---- workspace configuration (ADMIN) ------------------------------------------------------------------------------

const configForm = byId<HTMLFormElement>('config-form');
const configWorkspace = byId<HTMLSelectElement>('config-workspace');
const configRestrict = byId<HTMLInputElement>('config-restrict');
const configNetworks = byId<HTMLFieldSetElement>('config-networks');
const configChecks = byId('config-checks');
const configAllow = byId<HTMLInputElement>('config-allow');
const configMessage = byId('config-message');
/** Network names found on the agents, kept live. */
let networkNames: string[] = [];
/** The form's unsaved state, kept while the network list changes under it. */
let draft: { workspaceId: string; networks: Set<string> } | undefined;

async function startConfiguration(token: string) {
  byId('configuration').hidden = false;
  await refreshNetworkNames(token);
}

let refreshing: Promise<void> | undefined;
let refreshAgain = false;
/** Reads the network names again, coalescing bursts (a network created on ten agents is ten events). */
function refreshNetworkNames(token: string): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      await new Promise((resolve) => setTimeout(resolve, 100));
      try {
        const { networks } = await request(token, networksQuery);
        networkNames = [...new Set(networks.map((n) => n.name))].sort();
        renderChecks();
      } catch (error) {
        say(messageOf(error), 'error');
      }
    } while (refreshAgain);
  })().finally(() => (refreshing = undefined));
  return refreshing;
}

function renderConfiguration() {
  const chosen = configWorkspace.value;
  const ordered = [...workspaces.values()].sort((a, b) => a.name.localeCompare(b.name));
  configWorkspace.replaceChildren(...ordered.map((w) => el('option', { value: w.id, textContent: w.name })));
  if (workspaces.has(chosen)) configWorkspace.value = chosen;
  // A reload (after reconnecting) keeps the admin's unsaved changes to the workspace being edited.
  if (draft?.workspaceId === configWorkspace.value) renderChecks();
  else loadDraft();
}

/** Fills the form from the chosen workspace's saved configuration. */
function loadDraft() {
  const workspace = workspaces.get(configWorkspace.value);
  configForm.hidden = !workspace;
  if (!workspace) return;
  draft = { workspaceId: workspace.id, networks: new Set(workspace.networks) };
  configRestrict.checked = workspace.networks.length > 0;
  configAllow.checked = workspace.allowNetworkSelection;
  renderChecks();
}

function renderChecks() {
  if (!draft) return;
  const saved = workspaces.get(draft.workspaceId)?.networks ?? [];
  const names = [...new Set([...networkNames, ...saved, ...draft.networks])].sort();
  const focused = configChecks.contains(document.activeElement)
    ? (document.activeElement as HTMLInputElement).value
    : null;
  configChecks.replaceChildren(
    ...names.map((name, index) => {
      const box = el('input', {
        type: 'checkbox',
        id: `config-network-${index}`,
        value: name,
        checked: draft!.networks.has(name),
      });
      box.addEventListener('change', () => (box.checked ? draft?.networks.add(name) : draft?.networks.delete(name)));
      const missing = !networkNames.includes(name);
      return el(
        'label',
        { className: 'check', htmlFor: box.id },
        box,
        ' ',
        name,
        missing && el('span', { className: 'hint', textContent: ' (on no agent now)' }),
      );
    }),
  );
  if (focused !== null) configChecks.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
  byId('config-none').hidden = names.length > 0;
  configNetworks.disabled = !configRestrict.checked;
  configAllow.disabled = !configRestrict.checked;
}

configWorkspace.addEventListener('change', () => {
  configMessage.textContent = '';
  loadDraft();
});
configRestrict.addEventListener('change', renderChecks);

configForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void saveConfiguration();
});

async function saveConfiguration() {
  const token = loadToken();
  if (!token || !draft) return;
  const networks = configRestrict.checked ? [...draft.networks].sort() : [];
  if (configRestrict.checked && networks.length === 0) {
    configMessage.className = 'error';
    configMessage.textContent = 'Check at least one network, or clear "Restrict to Docker networks".';
    return;
  }
  const save = byId<HTMLButtonElement>('config-save');
  save.disabled = true;
  configMessage.className = '';
  configMessage.textContent = 'Saving…';
  try {
    const { restrictWorkspaceToNetworks: saved } = await request(token, restrictMutation, {
      id: draft.workspaceId,
      networks,
      allow: configRestrict.checked && configAllow.checked,
    });
    workspaces.set(saved.id, saved);
    renderWorkspaces();
    loadDraft();
    configMessage.textContent = networks.length
      ? `Saved: ${saved.name} runs on ${networks.join(', ')}${saved.allowNetworkSelection ? ', chosen at launch' : ''}.`
      : `Saved: ${saved.name} is unrestricted (the default network).`;
  } catch (error) {
    configMessage.className = 'error';
    configMessage.textContent = messageOf(error);
  } finally {
    save.disabled = false;
  }
}

// ---- start ----------------------------------------------------------------------------------------------------------------

const token = takeTokenFromLocation() ?? loadToken();
if (token) void start(token);
else showSignIn();
