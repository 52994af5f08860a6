import { homedir } from 'node:os';
import { join, posix } from 'node:path';
import { z } from 'zod';

// Anything else is refused, with the accepted words in the message.
const bool = z.stringbool({ truthy: ['true', '1', 'yes', 'on'], falsy: ['false', '0', 'no', 'off'], case: 'sensitive' });

const ms = (fallback: number) => z.coerce.number().int().min(10).max(3_600_000).default(fallback);

/** 32 bytes, as 64 hex characters or base64 (what `openssl rand -base64 32` prints). */
const secretKey = z.string().transform((value, ctx) => {
  const hex = /^[0-9a-fA-F]{64}$/.test(value);
  const key = Buffer.from(value, hex ? 'hex' : 'base64');
  const base64 = !hex && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
  if (key.length === 32 && (hex || base64)) return key;
  ctx.addIssue({ code: 'custom', message: 'must be 32 random bytes, as 64 hex characters or base64 (openssl rand -base64 32)' });
  return z.NEVER;
});

/** An absolute host path, normalized without its trailing "/"; never "/" itself, which would let a session mount the Docker socket. */
const bindRoot = z
  .string()
  .refine((p) => p.startsWith('/') && !p.split('/').includes('..'), 'must be absolute paths without "..", comma-separated, e.g. /srv/enclave')
  .transform((p) => posix.normalize(p).replace(/(.)\/$/, '$1'))
  .refine((p) => p !== '/', 'must not hold "/": that would let sessions mount any host path, the Docker socket among them');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  ENCLAVE_DATA_DIR: z.string().min(1).default('./.enclave'),
  ENCLAVE_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Encrypts agents' TLS private keys in the database; the same key in every process sharing it. */
  ENCLAVE_SECRET_KEY: secretKey.optional(),
  ENCLAVE_DEFAULT_NETWORK: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, 'must be a valid Docker network name')
    .default('enclave_default'),
  ENCLAVE_LOCAL_AGENT: bool.default(true),
  ENCLAVE_LOCAL_AGENT_SOCKET: z.string().min(1).default('/var/run/docker.sock'),
  /** The OpenSSH known_hosts file that ssh:// agents' host keys are checked against (as `docker -H ssh://` does). */
  ENCLAVE_SSH_KNOWN_HOSTS: z.string().min(1).default(join(homedir(), '.ssh', 'known_hosts')),
  /** The ssh-agent whose keys ssh:// agents authenticate with, as for `docker -H ssh://`. */
  SSH_AUTH_SOCK: z.string().optional(),
  /** Every Docker request but the event stream gives up after this long. */
  ENCLAVE_DOCKER_TIMEOUT_MS: ms(5000),
  ENCLAVE_HEARTBEAT_MS: ms(1000),
  /** Full re-list of each agent's networks, in case an event was missed. */
  ENCLAVE_RESYNC_MS: ms(60_000),
  /** How often each process claims agents nobody watches and fails launches whose process died. */
  ENCLAVE_CLAIM_MS: ms(2000),
  /** Seconds a session's container gets between SIGTERM and SIGKILL on destroy. */
  ENCLAVE_STOP_GRACE_S: z.coerce.number().int().min(0).max(300).default(10),
  /** Active sessions one owner may hold at once; launching more is LIMIT_EXCEEDED. */
  ENCLAVE_MAX_SESSIONS_PER_OWNER: z.coerce.number().int().min(1).max(100_000).default(20),
  /**
   * Under a stream of events, writes to each WebSocket are gathered and flushed at most this often (0: once per tick).
   * Higher trades a little latency for fan-out throughput; a lone event is never held.
   */
  ENCLAVE_WS_FLUSH_MS: z.coerce.number().int().min(0).max(1000).default(40),
  /** A WebSocket client with more unread bytes than this waiting for it (past the kernel's buffers) is disconnected. */
  ENCLAVE_WS_MAX_BUFFERED_BYTES: z.coerce.number().int().min(65_536).max(1024 ** 3).default(4 * 1024 ** 2),
  /** How browsers reach Enclave (scheme, host, port); sessions' URLs take its scheme and port. Default: what it listens on. */
  ENCLAVE_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://enclave.example.com' })
    .transform((v) => new URL(v))
    .optional(),
  /**
   * Sessions are served at <session id>.<this domain>, each on an origin of its own. sessions.localhost resolves to
   * loopback in browsers; in production, a wildcard DNS name (and certificate) pointing at Enclave.
   */
  ENCLAVE_SESSION_DOMAIN: z
    .string()
    .regex(/^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/, 'must be a DNS name in lower case, e.g. sessions.example.com')
    .default('sessions.localhost'),
  /** OpenID Connect sign-in: all three of issuer, client id and secret, or none (then only passwords and keys). */
  ENCLAVE_OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: 'must be the provider\'s issuer URL, e.g. https://login.example.com/realms/enclave' })
    .transform((v) => new URL(v))
    .optional(),
  ENCLAVE_OIDC_CLIENT_ID: z.string().min(1).optional(),
  ENCLAVE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The ID token claim that lists a user's groups (matched by name to Enclave's groups on every sign-in). */
  ENCLAVE_OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  ENCLAVE_OIDC_SCOPES: z.string().regex(/(^|\s)openid(\s|$)/, 'must include openid').default('openid profile email groups'),
  /** The button says "Sign in with <this>"; default: the issuer's host. */
  ENCLAVE_OIDC_NAME: z.string().min(1).max(60).optional(),
  /**
   * Addresses of reverse proxies in front of Enclave, comma-separated: for a request from one of them, the client's
   * address (what sign-in limits count) is taken from X-Forwarded-For. Empty: the TCP peer, whoever it is.
   */
  ENCLAVE_TRUSTED_PROXIES: z
    .string()
    .transform((v) => v.split(',').map((a) => a.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: 'must be IP addresses, comma-separated' })))
    .default([]),
  /**
   * Host directories that workspaces' volumes may bind-mount (paths under them too), comma-separated, on the agents'
   * hosts. Empty: host binds are refused, and only named volumes are mounted.
   */
  ENCLAVE_BIND_ROOTS: z
    .string()
    .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(bindRoot))
    .default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Schema introspection (the playground's docs need it); default: on, except with NODE_ENV=production. */
  ENCLAVE_INTROSPECTION: bool.optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The only reader of process.env. Reports every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as it does in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema
    .refine((c) => [c.ENCLAVE_OIDC_ISSUER, c.ENCLAVE_OIDC_CLIENT_ID, c.ENCLAVE_OIDC_CLIENT_SECRET].filter(Boolean).length % 3 === 0, {
      path: ['ENCLAVE_OIDC_ISSUER'],
      message: 'OpenID Connect needs ENCLAVE_OIDC_ISSUER, ENCLAVE_OIDC_CLIENT_ID and ENCLAVE_OIDC_CLIENT_SECRET together',
    })
    .safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
