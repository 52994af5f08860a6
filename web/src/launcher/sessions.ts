// The session list: the active sessions and the latest ended ones, newest first, each with Destroy while it holds a
// container. Rows are kept and updated in place, so that focus survives live updates.
import { request } from '../api.js';
import { byId, el, reconcile } from '../dom.js';
import { messageOf, say } from './notice.js';
import { connectMutation, destroyMutation, type Session } from './operations.js';
import { isActive, upsertSession, type LauncherState } from './state.js';

export interface SessionList {
  render(): void;
  /** The heading, which depends on the viewer's role. */
  renderTitle(): void;
  /** Records a session the API sent (an answer or an event) and shows it. */
  record(session: Session): void;
  /** Says how a session launched from this page turned out (the notice is a live region). */
  announce(session: Session): void;
  clear(): void;
}

export function createSessionList(state: LauncherState): SessionList {
  const list: SessionListContext = { state, element: byId('sessions'), rows: new Map() };
  return {
    render: () => render(list),
    renderTitle: () => {
      byId('sessions-title').textContent = state.role === 'ADMIN' ? 'Sessions (everyone’s)' : 'Your sessions';
    },
    record: (session) => record(list, session),
    announce: (session) => announce(state, session),
    clear: () => {
      list.rows.clear();
      list.element.replaceChildren();
    },
  };
}

interface SessionListContext {
  state: LauncherState;
  element: HTMLElement;
  rows: Map<string, Row>;
}

interface Row {
  item: HTMLLIElement;
  status: HTMLElement;
  where: HTMLElement;
  reason: HTMLElement;
  open: HTMLButtonElement;
  destroy: HTMLButtonElement;
}

/** Ended sessions shown besides the active ones, newest first. */
const endedShown = 10;

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function render(list: SessionListContext) {
  const newestFirst = [...list.state.sessions.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const shown = [
    ...newestFirst.filter((s) => isActive(s.status) || s.status === 'STOPPING'),
    ...newestFirst.filter((s) => s.status === 'STOPPED' || s.status === 'FAILED').slice(0, endedShown),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  reconcile(
    list.element,
    shown.map((session) => updateRow(list, session).item),
  );
  byId('no-sessions').hidden = shown.length > 0;
}

function record(list: SessionListContext, session: Session) {
  upsertSession(list.state, session);
  render(list);
}

function makeRow(list: SessionListContext, session: Session): Row {
  const destroy = el('button', { type: 'button', className: 'danger', textContent: 'Destroy' });
  destroy.addEventListener('click', () => void destroySession(list, session.id));
  const open = el('button', { type: 'button', className: 'primary', textContent: 'Open' });
  open.addEventListener('click', () => void openSession(list, session.id));
  const row: Row = {
    item: el('li', { className: 'session', tabIndex: -1, attrs: { 'data-session-id': session.id } }),
    status: el('span', { className: 'status' }),
    where: el('p', { className: 'meta' }),
    reason: el('p', { className: 'reason' }),
    open,
    destroy,
  };
  const title = el('strong', { className: 'session-name', textContent: session.workspace.name });
  const created = el('time', { dateTime: session.createdAt, textContent: time.format(new Date(session.createdAt)) });
  row.item.append(
    el('div', { className: 'session-head' }, title, row.status),
    row.where,
    el('p', { className: 'meta' }, 'Started ', created),
    row.reason,
    el('div', { className: 'session-actions' }, open, destroy),
  );
  return row;
}

function updateRow(list: SessionListContext, session: Session): Row {
  const row = list.rows.get(session.id) ?? makeRow(list, session);
  list.rows.set(session.id, row);
  const { status, statusReason, network, agent, owner, workspace } = session;
  row.item.dataset['status'] = status;
  row.status.textContent = status;
  row.status.className = `status status-${status.toLowerCase()}`;
  row.where.textContent = [
    network ?? 'network not chosen yet',
    agent ? `on ${agent.name}` : '',
    list.state.role === 'ADMIN' ? `· ${owner}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  row.reason.textContent = statusReason ?? '';
  row.reason.hidden = !statusReason;
  const openable = status === 'RUNNING' && workspace.connect !== null;
  row.open.hidden = !openable;
  if (!row.open.dataset['busy']) {
    row.open.disabled = !session.ready;
    row.open.textContent = session.ready ? 'Open' : 'Starting…';
  }
  row.open.setAttribute('aria-label', `Open the ${workspace.name} session in a new tab`);
  const destroyable = isActive(status);
  if (!destroyable && document.activeElement === row.destroy) row.item.focus();
  row.destroy.hidden = !destroyable;
  row.destroy.setAttribute(
    'aria-label',
    `Destroy the ${workspace.name} session started ${time.format(new Date(session.createdAt))}`,
  );
  return row;
}

async function destroySession(list: SessionListContext, id: string) {
  const row = list.rows.get(id);
  const signedIn = list.state.signedIn;
  if (!row || !signedIn) return;
  const { token } = signedIn;
  row.destroy.disabled = true;
  row.destroy.textContent = 'Destroying…';
  try {
    const { destroySession: destroyed } = await request(token, destroyMutation, { id });
    record(list, destroyed);
    say(`The ${destroyed.workspace.name} session is ${destroyed.status === 'STOPPED' ? 'stopped' : destroyed.status}.`);
  } catch (error) {
    say(messageOf(error), 'error');
  } finally {
    row.destroy.disabled = false;
    row.destroy.textContent = 'Destroy';
  }
}

/**
 * Opens the session in a new tab through a single-use connect URL. The tab is opened at the click (a tab opened after
 * an await is a popup browsers block), cut from this page (the session's content must not reach the launcher through
 * `window.opener`), then sent to the URL.
 */
async function openSession(list: SessionListContext, id: string) {
  const row = list.rows.get(id);
  const signedIn = list.state.signedIn;
  if (!row || !signedIn) return;
  const { token } = signedIn;
  const tab = window.open('', '_blank');
  if (tab) tab.opener = null;
  row.open.dataset['busy'] = 'true';
  row.open.disabled = true;
  row.open.textContent = 'Opening…';
  try {
    const { connectSession } = await request(token, connectMutation, { id });
    if (tab) tab.location.href = connectSession.url;
    else say('The browser blocked the new tab: allow pop-ups for this page, then press Open again.', 'error');
  } catch (error) {
    tab?.close();
    say(messageOf(error), 'error');
  } finally {
    delete row.open.dataset['busy'];
    const session = list.state.sessions.get(id);
    if (session) updateRow(list, session);
  }
}

function announce(state: LauncherState, { id, status, workspace, network, agent, statusReason }: Session) {
  if (!state.launchedHere.has(id)) return;
  if (status === 'RUNNING') say(`${workspace.name} is running on ${network}${agent ? ` (${agent.name})` : ''}.`);
  else if (status === 'FAILED') say(`${workspace.name} failed: ${statusReason ?? 'no reason given'}`, 'error');
  else if (status === 'STOPPED') state.launchedHere.delete(id);
}
