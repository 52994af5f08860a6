// The workspace cards: each with its network dropdown (Auto, or a network the workspace allows) and Launch.
import { request } from '../api.js';
import { byId, el, reconcile } from '../dom.js';
import { messageOf, say } from './notice.js';
import { launchMutation, type Choice, type LaunchOptions, type Workspace } from './operations.js';
import type { SessionList } from './sessions.js';
import { workspacesByName, type LauncherState } from './state.js';

export interface WorkspaceList {
  render(): void;
  /** Rebuilds a workspace's dropdown, keeping the user's choice while it is still offered. */
  updateLaunchOptions(options: LaunchOptions): void;
  clear(): void;
}

export interface WorkspaceListParts {
  state: LauncherState;
  sessions: Pick<SessionList, 'record' | 'announce'>;
  /** Asks to sign in again, saying why (this page is no longer signed in). */
  signIn(message: string): void;
}

export function createWorkspaceList(parts: WorkspaceListParts): WorkspaceList {
  const list: WorkspaceListContext = { ...parts, element: byId('workspaces'), cards: new Map() };
  return {
    render: () => render(list),
    updateLaunchOptions: (options) => updateLaunchOptions(list, options),
    clear: () => {
      list.cards.clear();
      list.element.replaceChildren();
    },
  };
}

interface WorkspaceListContext extends WorkspaceListParts {
  element: HTMLElement;
  cards: Map<string, Card>;
}

interface Card {
  item: HTMLLIElement;
  select: HTMLSelectElement;
  button: HTMLButtonElement;
  error: HTMLElement;
  meta: HTMLElement;
}

function render(list: WorkspaceListContext) {
  reconcile(
    list.element,
    workspacesByName(list.state).map((workspace) => {
      const card = list.cards.get(workspace.id) ?? makeCard(list, workspace);
      list.cards.set(workspace.id, card);
      card.meta.textContent = describe(workspace);
      card.button.disabled = !workspace.enabled;
      updateLaunchOptions(list, workspace.launchOptions);
      return card.item;
    }),
  );
  byId('no-workspaces').hidden = list.state.workspaces.size > 0;
}

const describe = (w: Workspace) =>
  [
    w.image,
    `${w.cores} ${w.cores === 1 ? 'core' : 'cores'}`,
    `${w.memoryMb} MB`,
    // An admin sees every limit; a USER sees those of their own groups that let them in.
    w.groups.length > 0 && `for ${w.groups.join(', ')}`,
    !w.enabled && 'disabled by an admin',
  ]
    .filter(Boolean)
    .join(' · ');

function makeCard(list: WorkspaceListContext, workspace: Workspace): Card {
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
    void launch(list, workspace.id);
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

function updateLaunchOptions(list: WorkspaceListContext, options: LaunchOptions) {
  const card = list.cards.get(options.workspaceId);
  const workspace = list.state.workspaces.get(options.workspaceId);
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

async function launch({ state, cards, sessions, signIn }: WorkspaceListContext, workspaceId: string) {
  const card = cards.get(workspaceId)!;
  const workspace = state.workspaces.get(workspaceId)!;
  const network = card.select.value || null;
  if (!state.signedIn) return signIn('Sign in to launch.');
  const { token } = state.signedIn;
  card.button.disabled = true;
  card.button.textContent = 'Launching…';
  card.error.textContent = '';
  try {
    const { launchSession } = await request(token, launchMutation, { input: { workspaceId, network } });
    sessions.record(launchSession);
    state.launchedHere.add(launchSession.id);
    const where = `${launchSession.network ?? 'the default network'}${launchSession.agent ? ` (${launchSession.agent.name})` : ''}`;
    say(`Launching ${workspace.name} on ${where}…`);
    // Its RUNNING (or FAILED) may have come over the WebSocket before this answer.
    sessions.announce(state.sessions.get(launchSession.id)!);
  } catch (error) {
    card.error.textContent = messageOf(error);
  } finally {
    card.button.disabled = !workspace.enabled;
    card.button.textContent = 'Launch';
  }
}
