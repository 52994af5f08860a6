// What a person does with a session from its row: open it, keep it alive, pause, suspend, resume and destroy it. Each
// button is shown in the states where it applies; outcomes and errors are said in the row's own live region.
import { request, type Credential } from '../api.js';
import { el } from '../dom.js';
import { messageOf, report } from './notice.js';
import {
  connectMutation,
  destroyMutation,
  keepaliveMutation,
  pauseMutation,
  resumeMutation,
  suspendMutation,
  type Session,
  type SessionStatus,
} from './operations.js';
import { keepaliveOffered, keptAliveText } from './session-time.js';
import { isActive, type LauncherState } from './state.js';

export interface ActionContext {
  state: LauncherState;
  /** Records a session an action answered with, and shows it. */
  record(session: Session): void;
}

export interface RowActions {
  /** The buttons, in the order they are shown. */
  element: HTMLElement;
  /** The row's live region. */
  message: HTMLElement;
  open: HTMLButtonElement;
  keepalive: HTMLButtonElement;
  resume: HTMLButtonElement;
  pause: HTMLButtonElement;
  suspend: HTMLButtonElement;
  destroy: HTMLButtonElement;
  /** The status the message speaks of: once the session leaves it, the message is old news and goes. */
  reportedFor: SessionStatus | undefined;
  /** What to say once the session reaches a status an action started it towards (STARTING, then RUNNING). */
  then: { status: SessionStatus; text: string } | undefined;
}

interface Action {
  label: string;
  busy: string;
  run(token: Credential, id: string): Promise<Session>;
  /** What to say with the answer, and what once the session gets where it was sent. */
  outcome(before: Session, after: Session): { text: string; then?: RowActions['then'] };
}

const actions = {
  keepalive: {
    label: 'Keep alive',
    busy: 'Keeping alive…',
    run: async (token, id) => (await request(token, keepaliveMutation, { id })).keepaliveSession,
    outcome: (before, after) => ({ text: keptAliveText(before, after) }),
  },
  pause: {
    label: 'Pause',
    busy: 'Pausing…',
    run: async (token, id) => (await request(token, pauseMutation, { id })).pauseSession,
    outcome: (_, after) => ({ text: after.status === 'PAUSED' ? 'Paused.' : `The session is ${after.status}.` }),
  },
  suspend: {
    label: 'Suspend',
    busy: 'Suspending…',
    run: async (token, id) => (await request(token, suspendMutation, { id })).suspendSession,
    outcome: (_, after) => ({ text: after.status === 'SUSPENDED' ? 'Suspended.' : `The session is ${after.status}.` }),
  },
  resume: {
    label: 'Resume',
    busy: 'Resuming…',
    run: async (token, id) => (await request(token, resumeMutation, { id })).resumeSession,
    outcome: (_, after) =>
      after.status === 'RUNNING'
        ? { text: 'Resumed: running again.' }
        : { text: 'Resuming: starting its container…', then: { status: 'RUNNING', text: 'Resumed: running again.' } },
  },
  destroy: {
    label: 'Destroy',
    busy: 'Destroying…',
    run: async (token, id) => (await request(token, destroyMutation, { id })).destroySession,
    outcome: (_, after) =>
      after.status === 'STOPPED'
        ? { text: 'Destroyed: its container is removed.' }
        : { text: 'Destroying: stopping its container…', then: { status: 'STOPPED', text: 'Destroyed: its container is removed.' } },
  },
} satisfies Record<string, Action>;

export function makeActions(context: ActionContext, id: string): RowActions {
  const button = (name: keyof typeof actions, className = '') => {
    const made = el('button', { type: 'button', className, textContent: actions[name].label });
    made.addEventListener('click', () => void act(context, row, id, made, actions[name]));
    return made;
  };
  const open = el('button', { type: 'button', className: 'primary', textContent: 'Open' });
  open.addEventListener('click', () => void openSession(context, row, id));
  const buttons = {
    open,
    keepalive: button('keepalive', 'keepalive'),
    resume: button('resume', 'primary'),
    pause: button('pause'),
    suspend: button('suspend'),
    destroy: button('destroy', 'danger'),
  };
  const row: RowActions = {
    ...buttons,
    element: el('div', { className: 'session-actions' }, ...Object.values(buttons)),
    message: el('p', { className: 'message', attrs: { role: 'status', 'aria-live': 'polite' } }),
    reportedFor: undefined,
    then: undefined,
  };
  return row;
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Shows the buttons that apply to the session as it now is, named for it; `item` takes the focus of one that goes. */
export function updateActions(row: RowActions, session: Session, item: HTMLElement): void {
  const { status, workspace, ready } = session;
  updateMessage(row, status);
  keepingFocus(row, item, () => {
    row.open.hidden = !(status === 'RUNNING' && workspace.connect !== null);
    if (!row.open.dataset['busy']) {
      row.open.disabled = !ready;
      row.open.textContent = ready ? 'Open' : 'Starting…';
    }
    row.keepalive.hidden = !keepaliveOffered(session, Date.now());
    row.pause.hidden = status !== 'RUNNING';
    row.suspend.hidden = status !== 'RUNNING' && status !== 'PAUSED';
    row.resume.hidden = status !== 'PAUSED' && status !== 'SUSPENDED';
    row.destroy.hidden = !isActive(status);
  });
  const which = `the ${workspace.name} session started ${time.format(new Date(session.createdAt))}`;
  row.open.setAttribute('aria-label', `Open the ${workspace.name} session in a new tab`);
  row.keepalive.setAttribute('aria-label', `Keep ${which} alive`);
  for (const name of ['resume', 'pause', 'suspend', 'destroy'] as const)
    row[name].setAttribute('aria-label', `${actions[name].label} ${which}`);
}

/** Keep alive comes and goes with the time left, which the list's one timer ticks. */
export function updateKeepalive(row: RowActions, session: Session, item: HTMLElement, now: number): void {
  const offered = keepaliveOffered(session, now);
  if (row.keepalive.hidden === !offered) return;
  keepingFocus(row, item, () => (row.keepalive.hidden = !offered));
}

/** Runs `change`; if it hid the focused button, focus moves to the first button still shown (or the row). */
function keepingFocus(row: RowActions, item: HTMLElement, change: () => void) {
  const focused = document.activeElement;
  const had = focused instanceof HTMLButtonElement && row.element.contains(focused) ? focused : undefined;
  change();
  if (!had || !had.hidden) return;
  const next = [...row.element.querySelectorAll<HTMLButtonElement>('button')].find((b) => !b.hidden && !b.disabled);
  (next ?? item).focus();
}

function updateMessage(row: RowActions, status: SessionStatus) {
  if (row.reportedFor === undefined || row.reportedFor === status) return;
  const then = row.then;
  row.then = undefined;
  row.reportedFor = then?.status === status ? status : undefined;
  report(row.message, then?.status === status ? then.text : '');
}

function say(row: RowActions, status: SessionStatus, text: string, kind: 'info' | 'error' = 'info', then?: RowActions['then']) {
  report(row.message, text, kind);
  row.reportedFor = status;
  row.then = then;
}

async function act(context: ActionContext, row: RowActions, id: string, button: HTMLButtonElement, action: Action) {
  const { signedIn, sessions } = context.state;
  const before = sessions.get(id);
  if (!signedIn || !before || button.getAttribute('aria-disabled')) return;
  // Busy, not disabled: a disabled button loses the keyboard's focus, and the person their place in the row.
  button.setAttribute('aria-disabled', 'true');
  button.textContent = action.busy;
  try {
    const after = await action.run(signedIn.token, id);
    const { text, then } = action.outcome(before, after);
    // Said before it is recorded: recording may already move the session on (an event was newer).
    say(row, after.status, text, 'info', then);
    context.record(after);
  } catch (error) {
    say(row, sessions.get(id)?.status ?? before.status, messageOf(error), 'error');
  } finally {
    button.removeAttribute('aria-disabled');
    button.textContent = action.label;
  }
}

/**
 * Opens the session in a new tab through a single-use connect URL. The tab is opened at the click (a tab opened after
 * an await is a popup browsers block), cut from this page (the session's content must not reach the launcher through
 * `window.opener`), then sent to the URL.
 */
async function openSession(context: ActionContext, row: RowActions, id: string) {
  const signedIn = context.state.signedIn;
  if (!signedIn) return;
  const tab = window.open('', '_blank');
  if (tab) tab.opener = null;
  row.open.dataset['busy'] = 'true';
  row.open.disabled = true;
  row.open.textContent = 'Opening…';
  try {
    const { connectSession } = await request(signedIn.token, connectMutation, { id });
    if (tab) tab.location.href = connectSession.url;
    else say(row, 'RUNNING', 'The browser blocked the new tab: allow pop-ups for this page, then press Open again.', 'error');
  } catch (error) {
    tab?.close();
    say(row, context.state.sessions.get(id)?.status ?? 'RUNNING', messageOf(error), 'error');
  } finally {
    delete row.open.dataset['busy'];
    const session = context.state.sessions.get(id);
    if (session) context.record(session);
  }
}
