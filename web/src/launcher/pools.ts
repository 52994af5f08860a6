// The admin's "Staging pools": how many sessions of a workspace are kept running for an instant launch, and how many
// of them are ready now. Read again after each change made here and whenever a pool member changes (live).
import { request, type Credential } from '../api.js';
import { graphql } from '../__generated__/gql.js';
import type { PoolsQuery } from '../__generated__/graphql.js';
import { byId } from '../dom.js';
import { act } from './act.js';
import { messageOf, report } from './notice.js';
import type { LauncherState } from './state.js';

const poolsQuery = graphql(`
  query Pools {
    stagingPools {
      id
      network
      zone
      size
      ready
      workspace {
        id
        name
      }
    }
  }
`);
const createPoolMutation = graphql(`
  mutation CreatePool($input: CreateStagingPoolInput!) {
    createStagingPool(input: $input) {
      id
      size
    }
  }
`);
const updatePoolMutation = graphql(`
  mutation UpdatePool($id: ID!, $size: Int!) {
    updateStagingPool(id: $id, input: { size: $size }) {
      id
      size
    }
  }
`);
const deletePoolMutation = graphql(`
  mutation DeletePool($id: ID!) {
    deleteStagingPool(id: $id)
  }
`);

type Pool = PoolsQuery['stagingPools'][number];

export interface Pools {
  start(): Promise<void>;
  hide(): void;
  /** A pool member changed (ready, handed over, lost): the counts are read again, gathered. */
  memberChanged(): void;
  /** The workspaces changed: the form offers them. */
  renderWorkspaces(): void;
  clear(): void;
}

export function createPools(state: LauncherState): Pools {
  const section = byId('pools');
  const message = byId('pools-message');
  let pools: Pool[] = [];
  /** Sizes typed and not saved yet, by pool: a live redraw keeps them. */
  const edits = new Map<string, string>();
  let soon: ReturnType<typeof setTimeout> | undefined;

  async function refresh() {
    const { signedIn } = state;
    if (!signedIn || state.role !== 'ADMIN') return;
    try {
      pools = (await request(signedIn.token, poolsQuery)).stagingPools;
    } catch (error) {
      report(message, messageOf(error), 'error');
    }
    render();
  }

  /** Runs a change, then reads the pools again and says how it went (in the section's live region). */
  const change = (button: HTMLButtonElement, mutate: (token: Credential) => Promise<string>) => act(state, refresh, button, message, mutate);

  function render() {
    const list = byId('pools-list');
    const focused = document.activeElement?.id;
    list.replaceChildren(...pools.map((pool) => poolRow(pool, edits, change)));
    if (focused?.startsWith('pool-size-')) document.getElementById(focused)?.focus();
    byId('no-pools').hidden = pools.length > 0;
  }

  function renderWorkspaces() {
    const select = byId<HTMLSelectElement>('pool-workspace');
    const chosen = select.value;
    const options = [...state.workspaces.values()].sort((a, b) => a.name.localeCompare(b.name));
    select.replaceChildren(...options.map((w) => new Option(w.name, w.id, false, w.id === chosen)));
  }

  byId<HTMLFormElement>('pool-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const workspaceId = byId<HTMLSelectElement>('pool-workspace').value;
    const network = byId<HTMLInputElement>('pool-network').value.trim();
    const size = Number(byId<HTMLInputElement>('pool-size').value);
    void change(byId<HTMLButtonElement>('pool-create'), async (token) => {
      await request(token, createPoolMutation, { input: { workspaceId, size, ...(network && { network }) } });
      return `Created a pool of ${size} for ${state.workspaces.get(workspaceId)?.name ?? 'the workspace'}${network ? ` on ${network}` : ' (Auto)'}.`;
    });
  });

  const show = (shown: boolean) => {
    section.hidden = !shown;
    byId('pools-link').hidden = !shown;
  };
  return {
    async start() {
      show(true);
      renderWorkspaces();
      await refresh();
    },
    hide: () => show(false),
    memberChanged() {
      if (section.hidden || soon) return;
      soon = setTimeout(() => {
        soon = undefined;
        void refresh();
      }, 300);
    },
    renderWorkspaces,
    clear() {
      show(false);
      pools = [];
      render();
      report(message, '');
    },
  };
}

/** One pool: its workspace and network, ready of size, a size to change, and Delete (after a confirmation). */
function poolRow(
  pool: Pool,
  edits: Map<string, string>,
  change: (button: HTMLButtonElement, mutate: (token: Credential) => Promise<string>) => Promise<boolean>,
) {
  const item = document.createElement('li');
  item.dataset['pool'] = pool.id;
  const where = `${pool.network ?? 'Auto'}${pool.zone ? `, zone ${pool.zone}` : ''}`;
  const title = document.createElement('p');
  title.textContent = `${pool.workspace.name} (${where}): ${pool.ready} of ${pool.size} ready`;
  const label = document.createElement('label');
  label.textContent = 'Size';
  const size = document.createElement('input');
  size.type = 'number';
  size.min = '0';
  size.max = '100';
  size.value = edits.get(pool.id) ?? String(pool.size);
  size.addEventListener('input', () => edits.set(pool.id, size.value));
  size.id = `pool-size-${pool.id}`;
  label.htmlFor = size.id;
  const save = document.createElement('button');
  save.type = 'button';
  save.textContent = 'Save size';
  save.setAttribute('aria-label', `Save the size of the pool of ${pool.workspace.name}`);
  save.addEventListener('click', () => {
    const wanted = Number(size.value);
    void change(save, async (token) => {
      await request(token, updatePoolMutation, { id: pool.id, size: wanted });
      edits.delete(pool.id);
      return `The pool of ${pool.workspace.name} keeps ${wanted} session(s) now.`;
    });
  });
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Delete';
  remove.setAttribute('aria-label', `Delete the pool of ${pool.workspace.name}`);
  remove.addEventListener('click', () => {
    if (!confirm(`Delete the pool of ${pool.workspace.name}? Its ${pool.size} waiting session(s) are destroyed; sessions already handed over stay.`))
      return;
    void change(remove, async (token) => {
      await request(token, deletePoolMutation, { id: pool.id });
      return `Deleted the pool of ${pool.workspace.name}.`;
    });
  });
  item.append(title, label, size, save, remove);
  return item;
}
