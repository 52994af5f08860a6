// The people list: each person's role, groups and how they sign in, with Disable/Enable and, under "Change", their
// groups and role and a new password. Rows are kept and updated in place, so that focus and what is being typed
// survive a refresh; a row's unsaved groups and role are kept until saved.
import { request } from '../api.js';
import { byId, el, reconcile } from '../dom.js';
import { renderChecklist } from './checklist.js';
import type { PeopleContext } from './people.js';
import { updateUserMutation, type Person } from './people-operations.js';

export interface UserList {
  render(): void;
  clear(): void;
}

interface Row {
  item: HTMLLIElement;
  summary: HTMLElement;
  meta: HTMLElement;
  badges: HTMLElement;
  toggle: HTMLButtonElement;
  groups: HTMLElement;
  role: HTMLSelectElement;
  password: HTMLInputElement;
  message: HTMLElement;
  /** The groups checked under "Change", and whether they (or the role) differ from what was saved. */
  draft: { groups: Set<string>; dirty: boolean };
}

export function createUserList(context: PeopleContext): UserList {
  const element = byId('users');
  const rows = new Map<string, Row>();
  return {
    render() {
      const people = context.state.people;
      for (const id of rows.keys()) if (!people.some((p) => p.id === id)) rows.delete(id);
      reconcile(
        element,
        people.map((person) => {
          const row = rows.get(person.id) ?? makeRow(context, person);
          rows.set(person.id, row);
          updateRow(context, row, person);
          return row.item;
        }),
      );
      byId('no-users').hidden = people.length > 0;
    },
    clear() {
      rows.clear();
      element.replaceChildren();
    },
  };
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function makeRow(context: PeopleContext, person: Person): Row {
  const id = `user-${person.id}`;
  const row: Row = {
    item: el('li', {
      className: 'person',
      attrs: { 'data-username': person.username, 'aria-labelledby': `${id}-name` },
    }),
    summary: el('strong', { id: `${id}-name`, className: 'person-name', textContent: person.username }),
    meta: el('p', { className: 'meta' }),
    badges: el('span', { className: 'badges' }),
    toggle: el('button', { type: 'button' }),
    groups: el('div', { className: 'checks' }),
    role: el(
      'select',
      { id: `${id}-role` },
      ...['USER', 'ADMIN'].map((r) => el('option', { value: r, textContent: r })),
    ),
    password: el('input', {
      id: `${id}-password`,
      type: 'password',
      autocomplete: 'new-password',
      required: true,
      attrs: { 'aria-describedby': `${id}-password-hint` },
    }),
    message: el('p', { className: 'message', attrs: { role: 'status', 'aria-live': 'polite' } }),
    draft: { groups: new Set(person.groups.map((g) => g.name)), dirty: false },
  };
  row.role.addEventListener('change', () => (row.draft.dirty = true));
  row.toggle.addEventListener('click', () => void toggleDisabled(context, row, person.id));
  const save = el('button', { type: 'submit', className: 'primary', textContent: 'Save groups and role' });
  const groupsForm = el(
    'form',
    { className: 'person-form' },
    el('fieldset', {}, el('legend', { textContent: `Groups of ${person.username}` }), row.groups),
    el('div', { className: 'field' }, el('label', { htmlFor: row.role.id, textContent: 'Role' }), row.role),
    save,
  );
  groupsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void saveGroups(context, row, person.id, save);
  });
  const set = el('button', { type: 'submit', textContent: 'Set password' });
  const passwordForm = el(
    'form',
    { className: 'person-form' },
    el('label', { htmlFor: row.password.id, textContent: `New password for ${person.username}` }),
    el('div', { className: 'row' }, row.password, set),
    el('p', {
      id: `${id}-password-hint`,
      className: 'hint',
      textContent: 'At least 12 characters. Their browser sign-ins end; their API keys keep working.',
    }),
  );
  passwordForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void resetPassword(context, row, person.id, set);
  });
  const change = el(
    'details',
    { className: 'person-change' },
    el('summary', { textContent: 'Change groups, role or password' }),
    groupsForm,
    passwordForm,
  );
  row.item.append(
    el('div', { className: 'person-head' }, row.summary, row.badges),
    row.meta,
    el('div', { className: 'person-actions' }, row.toggle),
    change,
    row.message,
  );
  return row;
}

function updateRow({ state }: PeopleContext, row: Row, person: Person) {
  const saved = person.groups.map((g) => g.name);
  if (!row.draft.dirty) {
    row.draft.groups = new Set(saved);
    row.role.value = person.role;
  }
  row.badges.replaceChildren(
    el('span', { className: 'badge', textContent: person.role }),
    ...(person.disabled ? [el('span', { className: 'badge badge-off', textContent: 'disabled' })] : []),
  );
  row.meta.textContent = [
    person.displayName,
    saved.length ? `groups: ${saved.join(', ')}` : 'in no group',
    person.hasPassword ? 'password sign-in' : 'no password',
    person.lastSignInAt ? `last signed in ${time.format(new Date(person.lastSignInAt))}` : 'never signed in',
  ]
    .filter(Boolean)
    .join(' · ');
  row.toggle.textContent = person.disabled ? 'Enable' : 'Disable';
  row.toggle.className = person.disabled ? '' : 'danger';
  row.toggle.dataset['disabled'] = String(person.disabled);
  row.toggle.setAttribute('aria-label', `${person.disabled ? 'Enable' : 'Disable'} ${person.username}`);
  const draft = row.draft;
  renderChecklist(row.groups, {
    names: state.groups.map((g) => g.name),
    chosen: draft.groups,
    idPrefix: `user-${person.id}-group`,
    changed: () => (draft.dirty = true),
  });
  if (state.groups.length === 0)
    row.groups.replaceChildren(el('p', { className: 'hint', textContent: 'No groups yet.' }));
}

async function saveGroups(context: PeopleContext, row: Row, id: string, button: HTMLButtonElement) {
  const groups = [...row.draft.groups].sort();
  const role = row.role.value === 'ADMIN' ? ('ADMIN' as const) : ('USER' as const);
  const done = await context.act(button, row.message, async (token) => {
    const { updateUser: user } = await request(token, updateUserMutation, { id, input: { groups, role } });
    const names = user.groups.map((g) => g.name);
    return `Saved: ${user.username} is ${user.role}, ${names.length ? `in ${names.join(', ')}` : 'in no group'}.`;
  });
  if (done) row.draft.dirty = false;
}

async function resetPassword(context: PeopleContext, row: Row, id: string, button: HTMLButtonElement) {
  const password = row.password.value;
  if (!password) return row.password.focus();
  const done = await context.act(button, row.message, async (token) => {
    const { updateUser: user } = await request(token, updateUserMutation, { id, input: { password } });
    return `New password set for ${user.username}; their browser sign-ins have ended.`;
  });
  if (done) row.password.value = '';
  else row.password.focus();
}

async function toggleDisabled(context: PeopleContext, row: Row, id: string) {
  const disabled = row.toggle.dataset['disabled'] !== 'true';
  await context.act(row.toggle, row.message, async (token) => {
    const { updateUser: user } = await request(token, updateUserMutation, { id, input: { disabled } });
    return user.disabled
      ? `${user.username} is disabled: their keys, sign-ins and session connections stop working.`
      : `${user.username} is enabled again.`;
  });
}
