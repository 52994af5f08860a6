// The admin's "People and groups": who may sign in, with which role, in which groups, and what each group may launch
// on. The lists are read again after every change made here (and when the live connection catches up): there is no
// subscription for people, and a change touches both lists (a user's groups are a group's members).
import { request, type Credential } from '../api.js';
import { byId } from '../dom.js';
import { renderChecklist } from './checklist.js';
import { act } from './act.js';
import { messageOf, report } from './notice.js';
import { createGroupList } from './people-groups.js';
import { createUserMutation, peopleQuery } from './people-operations.js';
import { createUserList } from './people-users.js';
import type { LauncherState } from './state.js';

export interface People {
  /** Shows the section (ADMIN) and reads people and groups. */
  start(): Promise<void>;
  hide(): void;
  /** Reads people and groups again. */
  refresh(): Promise<void>;
  /** The network names on the agents changed: the group form offers them. */
  renderNetworks(): void;
  /** Forgets what was shown (signed out). */
  clear(): void;
}

/** What the lists and forms of the section share. */
export interface PeopleContext {
  state: LauncherState;
  /**
   * Runs a change from `button`: says in `region` that it is under way, then its outcome (`mutate`'s message, or the
   * API's error), then reads people and groups again. Resolves to whether it worked.
   */
  act(button: HTMLButtonElement, region: HTMLElement, mutate: (token: Credential) => Promise<string>): Promise<boolean>;
}

export function createPeople(state: LauncherState): People {
  const section = byId('people');
  const context: PeopleContext = {
    state,
    act: (button, region, mutate) => act(state, refresh, button, region, mutate),
  };
  const userForm = createUserForm(context);
  const users = createUserList(context);
  const groups = createGroupList(context);
  // A read that failed says so in the section's region; the next good read takes back only that (not what an action
  // announced there meanwhile: live updates read again at any moment).
  let readFailed = false;
  async function refresh() {
    const { signedIn } = state;
    if (!signedIn || state.role !== 'ADMIN') return;
    try {
      const read = await request(signedIn.token, peopleQuery);
      state.people = read.users;
      state.groups = read.groups;
      if (readFailed) report(byId('people-message'), '');
      readFailed = false;
    } catch (error) {
      report(byId('people-message'), messageOf(error), 'error');
      readFailed = true;
    }
    users.render();
    groups.render();
    userForm.render();
  }
  const show = (shown: boolean) => {
    section.hidden = !shown;
    byId('people-link').hidden = !shown;
  };
  return {
    async start() {
      show(true);
      await refresh();
    },
    hide: () => show(false),
    refresh,
    renderNetworks: () => groups.renderNetworks(),
    clear() {
      show(false);
      users.clear();
      groups.clear();
      userForm.reset();
      report(byId('people-message'), '');
    },
  };
}

/** "Add a person": username, display name, role, an initial password, and their groups. */
function createUserForm({ state, act }: PeopleContext) {
  const form = byId<HTMLFormElement>('user-form');
  const field = (id: string) => byId<HTMLInputElement>(id);
  const role = byId<HTMLSelectElement>('user-role');
  const chosen = new Set<string>();
  const render = () => {
    const names = state.groups.map((g) => g.name);
    for (const name of chosen) if (!names.includes(name)) chosen.delete(name);
    renderChecklist(byId('user-groups'), { names, chosen, idPrefix: 'user-group' });
    byId('user-no-groups').hidden = names.length > 0;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const username = field('user-username').value.trim();
    const displayName = field('user-display-name').value.trim();
    const password = field('user-password').value;
    const groups = [...chosen].sort();
    const input = { username, role: role.value === 'ADMIN' ? ('ADMIN' as const) : ('USER' as const), groups };
    void act(byId<HTMLButtonElement>('user-create'), byId('user-form-message'), async (token) => {
      const { createUser: user } = await request(token, createUserMutation, {
        input: { ...input, ...(displayName && { displayName }), ...(password && { password }) },
      });
      const where = groups.length ? `, in ${groups.join(', ')}` : ', in no group';
      const how = user.hasPassword ? 'They can sign in with the password you set.' : 'They have no password yet.';
      return `Added ${user.username} (${user.role})${where}. ${how}`;
    }).then((done) => {
      if (!done) return;
      reset();
      field('user-username').focus();
    });
  });
  const reset = () => {
    form.reset();
    chosen.clear();
    render();
  };
  return {
    render,
    reset() {
      reset();
      report(byId('user-form-message'), '');
    },
  };
}
