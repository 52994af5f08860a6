// The admin's "Workspace configuration": restrict a workspace to Docker networks (checked from the names found on
// the agents, kept live) and let users choose one at launch; its sessions' lifetime, run settings and volumes
// (configuration-lifetime.ts).
import { request, type Credential } from '../api.js';
import { byId, el } from '../dom.js';
import { createSessionSettings, describeLifetime, type SessionSettings } from './configuration-lifetime.js';
import { messageOf, say } from './notice.js';
import { networksQuery, restrictMutation, updateWorkspaceMutation, type UpdateWorkspaceInput, type Workspace } from './operations.js';
import { workspacesByName, type LauncherState } from './state.js';
import type { WorkspaceList } from './workspaces.js';

export interface Configuration {
  /** Shows the form (ADMIN), once the network names are read. */
  start(token: Credential): Promise<void>;
  hide(): void;
  /** Reads the network names again, coalescing bursts (a network created on ten agents is ten events). */
  refreshNetworkNames(token: Credential): Promise<void>;
  render(): void;
}

export function createConfiguration(
  state: LauncherState,
  workspaces: Pick<WorkspaceList, 'render'>,
  /** Told when the network names were read again (the group form offers them too). */
  networkNamesChanged: () => void = () => {},
): Configuration {
  const form: Form = {
    state,
    workspaces,
    networkNamesChanged,
    element: byId<HTMLFormElement>('config-form'),
    workspace: byId<HTMLSelectElement>('config-workspace'),
    restrict: byId<HTMLInputElement>('config-restrict'),
    networks: byId<HTMLFieldSetElement>('config-networks'),
    checks: byId('config-checks'),
    allow: byId<HTMLInputElement>('config-allow'),
    message: byId('config-message'),
    settings: createSessionSettings(),
  };
  form.workspace.addEventListener('change', () => {
    form.message.textContent = '';
    form.message.className = '';
    loadDraft(form);
  });
  form.restrict.addEventListener('change', () => renderChecks(form));
  form.element.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(form);
  });
  const refreshNetworkNames = coalesced((token: Credential) => readNetworkNames(form, token));
  return {
    async start(token) {
      byId('configuration').hidden = false;
      await refreshNetworkNames(token);
      byId('config-link').hidden = false;
    },
    hide() {
      byId('configuration').hidden = true;
      byId('config-link').hidden = true;
    },
    refreshNetworkNames,
    render: () => render(form),
  };
}

interface Form {
  state: LauncherState;
  workspaces: Pick<WorkspaceList, 'render'>;
  networkNamesChanged(): void;
  element: HTMLFormElement;
  workspace: HTMLSelectElement;
  restrict: HTMLInputElement;
  networks: HTMLFieldSetElement;
  checks: HTMLElement;
  allow: HTMLInputElement;
  message: HTMLElement;
  settings: SessionSettings;
}

/** Runs `task` now or, if a run is under way, once more after it (with that run's argument); callers share a run. */
function coalesced<A>(task: (argument: A) => Promise<void>): (argument: A) => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return (argument) => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task(argument);
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };
}

async function readNetworkNames(form: Form, token: Credential) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  try {
    const { networks } = await request(token, networksQuery);
    form.state.networkNames = [...new Set(networks.map((n) => n.name))].sort();
    renderChecks(form);
    form.networkNamesChanged();
  } catch (error) {
    say(messageOf(error), 'error');
  }
}

function render(form: Form) {
  const { state, workspace: select } = form;
  const chosen = select.value;
  select.replaceChildren(...workspacesByName(state).map((w) => el('option', { value: w.id, textContent: w.name })));
  if (state.workspaces.has(chosen)) select.value = chosen;
  // A reload (after reconnecting) keeps the admin's unsaved changes to the workspace being edited.
  if (state.draft?.workspaceId === select.value) renderChecks(form);
  else loadDraft(form);
}

/** Fills the form from the chosen workspace's saved configuration. */
function loadDraft(form: Form) {
  const workspace = form.state.workspaces.get(form.workspace.value);
  form.element.hidden = !workspace;
  if (!workspace) return;
  form.state.draft = { workspaceId: workspace.id, networks: new Set(workspace.networks) };
  form.restrict.checked = workspace.networks.length > 0;
  form.allow.checked = workspace.allowNetworkSelection;
  form.settings.clearErrors();
  form.settings.load(workspace);
  renderChecks(form);
}

function renderChecks(form: Form) {
  const { state, checks } = form;
  const { draft, networkNames } = state;
  if (!draft) return;
  const saved = state.workspaces.get(draft.workspaceId)?.networks ?? [];
  const names = [...new Set([...networkNames, ...saved, ...draft.networks])].sort();
  const focused = checks.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : null;
  checks.replaceChildren(
    ...names.map((name, index) => {
      const box = el('input', {
        type: 'checkbox',
        id: `config-network-${index}`,
        value: name,
        checked: draft.networks.has(name),
      });
      // The draft of the moment: the form may have moved to another workspace since this box was made.
      box.addEventListener('change', () =>
        box.checked ? state.draft?.networks.add(name) : state.draft?.networks.delete(name),
      );
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
  if (focused !== null) checks.querySelector<HTMLInputElement>(`input[value="${CSS.escape(focused)}"]`)?.focus();
  byId('config-none').hidden = names.length > 0;
  form.networks.disabled = !form.restrict.checked;
  form.allow.disabled = !form.restrict.checked;
}

async function save(form: Form) {
  const { state, restrict, message } = form;
  const { draft, signedIn } = state;
  const workspace = draft && state.workspaces.get(draft.workspaceId);
  if (!signedIn || !draft || !workspace) return;
  const networks = restrict.checked ? [...draft.networks].sort() : [];
  if (restrict.checked && networks.length === 0) {
    message.className = 'error';
    message.textContent = 'Check at least one network, or clear "Restrict to Docker networks".';
    return;
  }
  const changes = readChanges(form, workspace);
  if (!changes) return;
  const button = byId<HTMLButtonElement>('config-save');
  button.disabled = true;
  message.className = '';
  message.textContent = 'Saving…';
  try {
    // The session settings first: a value the server refuses leaves the networks as they were too.
    if (Object.keys(changes).length > 0) {
      const { updateWorkspace } = await request(signedIn.token, updateWorkspaceMutation, { id: workspace.id, input: changes });
      state.workspaces.set(updateWorkspace.id, updateWorkspace);
    }
    const variables = { id: draft.workspaceId, networks, allow: restrict.checked && form.allow.checked };
    const { restrictWorkspaceToNetworks: saved } = await request(signedIn.token, restrictMutation, variables);
    state.workspaces.set(saved.id, saved);
    form.workspaces.render();
    loadDraft(form);
    message.textContent = `${savedText(saved, networks)} ${describeLifetime(saved)}`;
  } catch (error) {
    message.className = 'error';
    message.textContent = form.settings.showError(error) ? 'Not saved: see the field marked above.' : messageOf(error);
  } finally {
    button.disabled = false;
  }
}

/** The session settings the admin changed, or undefined (and the field marked) when one cannot be sent. */
function readChanges(form: Form, workspace: Workspace): UpdateWorkspaceInput | undefined {
  form.settings.clearErrors();
  try {
    return form.settings.changes(workspace);
  } catch (error) {
    form.message.className = 'error';
    form.message.textContent = form.settings.showError(error) ? 'Not saved: see the field marked above.' : messageOf(error);
    return undefined;
  }
}

const savedText = (saved: Workspace, networks: string[]) =>
  networks.length
    ? `Saved: ${saved.name} runs on ${networks.join(', ')}${saved.allowNetworkSelection ? ', chosen at launch' : ''}.`
    : `Saved: ${saved.name} is unrestricted (the default network).`;
