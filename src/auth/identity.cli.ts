import type { Role } from './auth.service.js';
import type { UsersService } from './users.service.js';

export interface IdentityCommandOptions {
  role?: string | undefined;
  'display-name'?: string | undefined;
  groups?: string | undefined;
  networks?: string | undefined;
  'password-stdin'?: boolean | undefined;
  enable?: boolean | undefined;
}

export const identityUsage = `  users create <username> [--role ADMIN|USER] [--display-name D] [--groups g1,g2] [--password-stdin]
                                            make a user (the password, if any, read from standard input)
  users list                                list users, their role, groups and state
  users set-password <username>             set a user's password, read from standard input (ends their sign-ins)
  users disable <username> [--enable]       disable a user (keys, sign-ins, connections stop at once), or enable
  groups create <name> [--networks n1,n2]   make a group, optionally limited to networks
  groups list                               list groups, their networks and members
  groups add-member <group> <username>      put a user in a group
`;

const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** A password from standard input (a pipe or a terminal): never from the command line, where `ps` would show it. */
async function readPassword(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** `enclave users …` and `enclave groups …`; the exit code, or undefined for a command that is not one of these. */
export async function runIdentityCommand(
  [command, sub, first, second]: (string | undefined)[],
  values: IdentityCommandOptions,
  users: UsersService,
): Promise<number | undefined> {
  const need = (what: string | undefined, usage: string) => {
    if (!what) throw new UsageError(usage);
    return what;
  };
  const userNamed = async (username: string) => {
    const user = await users.repo.byUsername(username);
    if (!user) throw new UsageError(`No user named "${username}" (see \`enclave users list\`).`);
    return user;
  };
  try {
    switch (`${command} ${sub ?? ''}`.trim()) {
      case 'users create': {
        const role = (values.role?.toUpperCase() ?? 'USER') as Role;
        if (role !== 'ADMIN' && role !== 'USER') throw new UsageError('users create takes --role ADMIN or USER.');
        const password = values['password-stdin'] ? await readPassword() : undefined;
        const username = need(first, 'users create needs a username.');
        const user = await users.createUser({ username, role, password, displayName: values['display-name'], groups: list(values.groups) });
        console.log(`created ${user.role} user ${user.username} (${user.id})${password ? ' with a password' : ''}`);
        return 0;
      }
      case 'users list': {
        const all = await users.list();
        const groups = await users.groupsOf(all.map((u) => u.id));
        for (const u of all)
          console.log([u.id, u.username, u.role, u.disabled ? 'disabled' : 'enabled', (groups.get(u.id) ?? []).map((g) => g.name).join(',') || '-'].join('\t'));
        return 0;
      }
      case 'users set-password': {
        const user = await userNamed(need(first, 'users set-password needs a username.'));
        await users.updateUser(user.id, { password: await readPassword() });
        console.log(`password set for ${user.username}; their sign-ins have ended`);
        return 0;
      }
      case 'users disable': {
        const user = await userNamed(need(first, 'users disable needs a username.'));
        await users.updateUser(user.id, { disabled: !values.enable });
        console.log(`${values.enable ? 'enabled' : 'disabled'} ${user.username}`);
        return 0;
      }
      case 'groups create': {
        const group = await users.createGroup({ name: need(first, 'groups create needs a name.'), networks: list(values.networks) ?? [] });
        console.log(`created group ${group.name} (${group.id})${group.networks.length ? `, limited to ${group.networks.join(', ')}` : ''}`);
        return 0;
      }
      case 'groups list': {
        const all = await users.listGroups();
        const members = await users.membersOf(all.map((g) => g.id));
        for (const g of all)
          console.log([g.id, g.name, g.networks.join(',') || '(any network)', (members.get(g.id) ?? []).map((u) => u.username).join(',') || '-'].join('\t'));
        return 0;
      }
      case 'groups add-member': {
        const name = need(first, 'groups add-member needs a group and a username.');
        const user = await userNamed(need(second, 'groups add-member needs a group and a username.'));
        const [group] = await users.repo.groupsByName([name]);
        if (!group) throw new UsageError(`No group named "${name}" (see \`enclave groups list\`).`);
        await users.addMember(group.id, user.id);
        console.log(`${user.username} is now in ${group.name}`);
        return 0;
      }
      default:
        return undefined;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
}

class UsageError extends Error {}
