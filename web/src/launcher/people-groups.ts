// The groups list (members, networks, Delete) and "Create a group", whose networks are checked from the names found on
// the agents (kept live by the workspace configuration) or typed in, for networks not created yet.
import { request } from '../api.js';
import { byId, el, reconcile } from '../dom.js';
import { renderChecklist } from './checklist.js';
import { report } from './notice.js';
import type { PeopleContext } from './people.js';
import { createGroupMutation, deleteGroupMutation, type Group } from './people-operations.js';

export interface GroupList {
  render(): void;
  /** The network names on the agents changed. */
  renderNetworks(): void;
  clear(): void;
}

interface Row {
  item: HTMLLIElement;
  networks: HTMLElement;
  members: HTMLElement;
  message: HTMLElement;
}

export function createGroupList(context: PeopleContext): GroupList {
  const element = byId('groups');
  const rows = new Map<string, Row>();
  const form = createGroupForm(context);
  return {
    render() {
      const { groups } = context.state;
      for (const id of rows.keys()) if (!groups.some((g) => g.id === id)) rows.delete(id);
      reconcile(
        element,
        groups.map((group) => {
          const row = rows.get(group.id) ?? makeRow(context, group);
          rows.set(group.id, row);
          row.networks.textContent = group.networks.length
            ? `Networks: ${group.networks.join(', ')}`
            : 'Networks: no limit';
          const members = group.members.map((m) => m.username);
          row.members.textContent = members.length ? `Members: ${members.join(', ')}` : 'No members';
          return row.item;
        }),
      );
      byId('no-groups').hidden = groups.length > 0;
      form.render();
    },
    renderNetworks: () => form.render(),
    clear() {
      rows.clear();
      element.replaceChildren();
      form.reset();
    },
  };
}

function makeRow(context: PeopleContext, group: Group): Row {
  const title = el('strong', { id: `group-${group.id}-name`, textContent: group.name });
  const remove = el('button', {
    type: 'button',
    className: 'danger',
    textContent: 'Delete',
    attrs: { 'aria-label': `Delete group ${group.name}` },
  });
  const row: Row = {
    item: el('li', { className: 'person', attrs: { 'data-group': group.name, 'aria-labelledby': title.id } }),
    networks: el('p', { className: 'meta' }),
    members: el('p', { className: 'meta' }),
    message: el('p', { className: 'message', attrs: { role: 'status', 'aria-live': 'polite' } }),
  };
  remove.addEventListener('click', () => void deleteGroup(context, row, group, remove));
  row.item.append(
    el('div', { className: 'person-head' }, title),
    row.networks,
    row.members,
    el('div', { className: 'person-actions' }, remove),
    row.message,
  );
  return row;
}

async function deleteGroup(context: PeopleContext, row: Row, group: Group, button: HTMLButtonElement) {
  const members = group.members.length;
  const warning = members ? ` Its ${members} ${members === 1 ? 'member leaves' : 'members leave'} it.` : '';
  if (!confirm(`Delete the group ${group.name}?${warning}`)) return;
  // The row goes with the group: its outcome is said in the section's region, and focus moves to the list's heading.
  const done = await context.act(button, row.message, async (token) => {
    await request(token, deleteGroupMutation, { id: group.id });
    return `Deleted the group ${group.name}.`;
  });
  if (!done) return;
  report(byId('people-message'), `Deleted the group ${group.name}.`);
  byId('groups-title').focus();
}

/** Network names typed in: separated by commas or spaces. */
const typedNames = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);

function createGroupForm({ state, act }: PeopleContext) {
  const form = byId<HTMLFormElement>('group-form');
  const name = byId<HTMLInputElement>('group-name');
  const other = byId<HTMLInputElement>('group-other-networks');
  const chosen = new Set<string>();
  const render = () => {
    const names = [...new Set([...state.networkNames, ...chosen])].sort();
    renderChecklist(byId('group-networks'), {
      names,
      chosen,
      idPrefix: 'group-network',
      note: (network) => (state.networkNames.includes(network) ? undefined : 'on no agent now'),
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const networks = [...new Set([...chosen, ...typedNames(other.value)])].sort();
    const input = { name: name.value.trim(), networks };
    void act(byId<HTMLButtonElement>('group-create'), byId('group-form-message'), async (token) => {
      const { createGroup: group } = await request(token, createGroupMutation, { input });
      const limit = group.networks.length
        ? `its members launch on ${group.networks.join(', ')} only`
        : 'no network limit';
      return `Created the group ${group.name}: ${limit}.`;
    }).then((done) => {
      if (!done) return;
      form.reset();
      chosen.clear();
      render();
      name.focus();
    });
  });
  return {
    render,
    reset() {
      form.reset();
      chosen.clear();
      render();
      report(byId('group-form-message'), '');
    },
  };
}
