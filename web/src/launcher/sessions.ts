// The session list: the active sessions and the latest ended ones, newest first, each with the time left before its
// lifetime rule acts and the actions that apply to it (session-actions.ts). Rows are kept and updated in place, so that
// focus survives live updates.
import { request } from '../api.js';
import { byId, el, reconcile } from '../dom.js';
import { say } from './notice.js';
import { sessionQuery, type Session, type SessionStatus } from './operations.js';
import { makeActions, updateActions, updateKeepalive, type RowActions } from './session-actions.js';
import { createTicker, deadlineNear, timeLeftText, type Ticker } from './session-time.js';
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
  const list: SessionListContext = {
    state,
    element: byId('sessions'),
    rows: new Map(),
    ticker: createTicker((now) => tick(list, now)),
    rereading: new Set(),
  };
  return {
    render: () => render(list),
    renderTitle: () => {
      byId('sessions-title').textContent = state.role === 'ADMIN' ? 'Sessions (everyone’s)' : 'Your sessions';
    },
    record: (session) => record(list, session),
    announce: (session) => announce(state, session),
    clear: () => {
      list.ticker.stop();
      list.rows.clear();
      list.element.replaceChildren();
    },
  };
}

interface SessionListContext {
  state: LauncherState;
  element: HTMLElement;
  rows: Map<string, Row>;
  ticker: Ticker;
  /** Sessions read again because their deadline passed while they still show RUNNING. */
  rereading: Set<string>;
}

interface Row {
  item: HTMLLIElement;
  status: HTMLElement;
  /** What PAUSED and SUSPENDED mean. */
  hint: HTMLElement;
  where: HTMLElement;
  /** "Will be suspended in 1 min 58 s", in a <time> whose dateTime is `expiresAt`. */
  left: HTMLElement;
  reason: HTMLElement;
  actions: RowActions;
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
  // Rows no longer shown are forgotten: their timer and buttons go with them.
  const ids = new Set(shown.map((s) => s.id));
  for (const id of list.rows.keys()) if (!ids.has(id)) list.rows.delete(id);
  byId('no-sessions').hidden = shown.length > 0;
  list.ticker.set(shown.some((s) => s.expiresAt));
}

function record(list: SessionListContext, session: Session) {
  upsertSession(list.state, session);
  render(list);
}

function makeRow(list: SessionListContext, session: Session): Row {
  const item = el('li', { className: 'session', tabIndex: -1, attrs: { 'data-session-id': session.id } });
  const row: Row = {
    item,
    status: el('span', { className: 'status' }),
    hint: el('p', { className: 'meta' }),
    where: el('p', { className: 'meta' }),
    left: el('p', { className: 'meta time-left' }, el('time')),
    reason: el('p', { className: 'reason' }),
    actions: makeActions({ state: list.state, record: (answered) => record(list, answered) }, session.id),
  };
  const title = el('strong', { className: 'session-name', textContent: session.workspace.name });
  const created = el('time', { dateTime: session.createdAt, textContent: time.format(new Date(session.createdAt)) });
  item.append(
    el('div', { className: 'session-head' }, title, row.status),
    row.hint,
    row.where,
    el('p', { className: 'meta' }, 'Started ', created),
    row.left,
    row.reason,
    row.actions.element,
    row.actions.message,
  );
  return row;
}

/** What the two resumable states mean, beside their badge. */
const hints: Partial<Record<SessionStatus, string>> = {
  PAUSED: 'Paused: frozen, it keeps its memory. Resume to continue.',
  SUSPENDED: 'Suspended: stopped, its disk kept. Resume to continue.',
};

function updateRow(list: SessionListContext, session: Session): Row {
  const row = list.rows.get(session.id) ?? makeRow(list, session);
  list.rows.set(session.id, row);
  const { status, statusReason, network, agent, owner } = session;
  row.item.dataset['status'] = status;
  row.status.textContent = status;
  row.status.className = `status status-${status.toLowerCase()}`;
  row.hint.textContent = hints[status] ?? '';
  row.hint.hidden = !hints[status];
  row.where.textContent = [
    network ?? 'network not chosen yet',
    agent ? `on ${agent.name}` : '',
    list.state.role === 'ADMIN' ? `· ${owner}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  row.reason.textContent = statusReason ?? '';
  row.reason.hidden = !statusReason;
  updateActions(row.actions, session, row.item);
  updateTimeLeft(row, session, Date.now());
  return row;
}

/** The time left before a lifetime rule acts (not in a live region: it changes every second). */
function updateTimeLeft(row: Row, session: Session, now: number) {
  const text = timeLeftText(session, now);
  const shown = row.left.firstElementChild as HTMLTimeElement;
  row.left.hidden = !text;
  row.left.classList.toggle('near', deadlineNear(session, now));
  shown.dateTime = session.expiresAt ?? '';
  if (shown.textContent !== text) shown.textContent = text;
  updateKeepalive(row.actions, session, row.item, now);
}

/** The list's one timer: every row with a deadline, once a second. */
function tick(list: SessionListContext, now: number) {
  let deadlines = false;
  for (const [id, row] of list.rows) {
    const session = list.state.sessions.get(id);
    if (!session?.expiresAt) continue;
    deadlines = true;
    updateTimeLeft(row, session, now);
    if (session.status === 'RUNNING' && Date.parse(session.expiresAt) + overdueMs < now) reread(list, id);
  }
  list.ticker.set(deadlines);
}

/** How long past its deadline a session may still show RUNNING before it is read again. */
const overdueMs = 3000;

/**
 * Reads a session again (at most every few seconds): proxied traffic and keepalives from elsewhere move `expiresAt`
 * without an event, so a deadline shown as passed may have moved; the expiry itself comes as an event.
 */
function reread(list: SessionListContext, id: string) {
  const { signedIn } = list.state;
  if (!signedIn || list.rereading.has(id)) return;
  list.rereading.add(id);
  request(signedIn.token, sessionQuery, { id })
    .then(({ session }) => session && record(list, session))
    // Nothing to say: the row keeps what it showed, and the next tick tries again.
    .catch(() => {})
    .finally(() => setTimeout(() => list.rereading.delete(id), 5 * overdueMs));
}

function announce(state: LauncherState, { id, status, workspace, network, agent, statusReason }: Session) {
  if (!state.launchedHere.has(id)) return;
  if (status === 'RUNNING') say(`${workspace.name} is running on ${network}${agent ? ` (${agent.name})` : ''}.`);
  else if (status === 'FAILED') say(`${workspace.name} failed: ${statusReason ?? 'no reason given'}`, 'error');
  else if (status === 'STOPPED') state.launchedHere.delete(id);
}
