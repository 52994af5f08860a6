#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createAgentsRepository } from './agents/agents.repository.js';
import { createAuthService, type Role } from './auth/auth.service.js';
import { identityUsage, runIdentityCommand } from './auth/identity.cli.js';
import { createUsersRepository } from './auth/users.repository.js';
import { createUsersService } from './auth/users.service.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createLocalEventBus } from './events/bus.js';
import { createPostgresEventBus } from './events/postgres.js';
import { createLogger } from './logger.js';

const usage = `Usage: enclave <command> [options]

For what people need before they have a token or a browser. Uses DATABASE_URL, or the embedded database in
ENCLAVE_DATA_DIR (stop the server first: the embedded database takes one process at a time).

  migrate                                   apply the database migrations
  keys create --name N --role ADMIN|USER [--owner O] [--expires ISO-8601]
                                            make an API key and print its token (shown once)
  keys list                                 list API keys (never their tokens)
  keys revoke <id>                          revoke an API key
${identityUsage}  agents list                               list agents and their status
`;

const options = {
  name: { type: 'string' },
  role: { type: 'string' },
  owner: { type: 'string' },
  expires: { type: 'string' },
  'display-name': { type: 'string' },
  groups: { type: 'string' },
  networks: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  enable: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    process.stdout.write(usage);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATABASE_URL ? undefined : config.ENCLAVE_DATA_DIR });
  const log = createLogger('warn');
  // A key revoked here must close what it opened in the running servers (they share a Postgres; the embedded
  // database has no server running alongside).
  const events = config.DATABASE_URL ? createPostgresEventBus({ url: config.DATABASE_URL, db: database.db, log }) : createLocalEventBus();
  try {
    await database.migrate();
    const auth = createAuthService({ db: database.db, users: createUsersRepository({ db: database.db }), events, log });
    const users = createUsersService({
      db: database.db,
      events,
      // Deleting users (and their sessions) is the API's, where the agents are reachable.
      destroySessionsOf: () => Promise.reject(new Error('not from the command line')),
      log,
    });
    const identityCode = await runIdentityCommand(positionals, values, users);
    if (identityCode !== undefined) return identityCode;
    switch (`${command} ${sub ?? ''}`.trim()) {
      case 'migrate':
        console.log('migrations applied');
        return 0;
      case 'keys create': {
        const role = values.role?.toUpperCase();
        if (!values.name || (role !== 'ADMIN' && role !== 'USER')) {
          console.error('keys create needs --name and --role ADMIN or USER.');
          return 2;
        }
        const expiresAt = values.expires ? new Date(values.expires) : null;
        if (expiresAt && Number.isNaN(expiresAt.getTime())) {
          console.error('--expires must be an ISO-8601 time, e.g. 2027-01-01T00:00:00Z.');
          return 2;
        }
        const { apiKey, token } = await auth.createApiKey({ name: values.name, role: role as Role, owner: values.owner, expiresAt });
        console.log(`created ${apiKey.role} key ${apiKey.id} for ${apiKey.owner}; token (shown once):\n${token}`);
        return 0;
      }
      case 'keys list':
        for (const key of await auth.list(true))
          console.log(
            [key.id, key.role, key.owner, key.name, key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active'].join('\t'),
          );
        return 0;
      case 'keys revoke': {
        if (!arg) {
          console.error('keys revoke needs the key id (see `enclave keys list`).');
          return 2;
        }
        const key = await auth.revokeApiKey(arg);
        console.log(`revoked ${key.id} (${key.name})`);
        return 0;
      }
      case 'agents list':
        for (const agent of await createAgentsRepository({ db: database.db }).list())
          console.log([agent.id, agent.name, agent.status, agent.enabled ? 'enabled' : 'disabled', agent.zone ?? '-', agent.endpoint].join('\t'));
        return 0;
      default:
        process.stderr.write(`Unknown command "${positionals.join(' ')}".\n\n${usage}`);
        return 2;
    }
  } finally {
    await events.close();
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Config problems and user errors (e.g. an unknown key id) are reported as they are; anything else with its stack.
    const message = error instanceof ConfigError || (error as { extensions?: unknown })?.extensions ? (error as Error).message : error;
    console.error(message);
    process.exit(1);
  },
);
