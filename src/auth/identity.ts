import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { EventBus } from '../events/bus.js';
import { createAuthService } from './auth.service.js';
import { createOidcSignIn, OidcSignInError } from './oidc-sign-in.js';
import { createPasswordSignIn } from './password-sign-in.js';
import { createSignInLimits } from './sign-in-limits.js';
import { createUsersRepository } from './users.repository.js';
import { createUsersService } from './users.service.js';

export interface IdentityDeps {
  db: Db;
  events: EventBus;
  publicUrl(): URL;
  /** Destroys every active session of `owner` (their user was deleted). */
  destroySessionsOf(owner: string): Promise<void>;
  log: Logger;
}

export type Identity = ReturnType<typeof createIdentity>;

/** Who people are and how they prove it: users and groups, API keys, password and OpenID Connect sign-in. */
export function createIdentity(config: Config, { db, events, publicUrl, destroySessionsOf, log }: IdentityDeps) {
  const repo = createUsersRepository({ db });
  const auth = createAuthService({ db, users: repo, events, log, adminToken: config.ENCLAVE_ADMIN_TOKEN });
  const users = createUsersService({ db, events, destroySessionsOf, log });
  const limits = createSignInLimits({ db, log: log.child({ component: 'sign-in' }) });
  const signIn = createPasswordSignIn({ users: repo, auth, limits, log: log.child({ component: 'sign-in' }) });
  const { ENCLAVE_OIDC_ISSUER: issuer, ENCLAVE_OIDC_CLIENT_ID: clientId, ENCLAVE_OIDC_CLIENT_SECRET: clientSecret } = config;
  const oidc =
    issuer && clientId && clientSecret
      ? createOidcSignIn({
          settings: {
            issuer,
            clientId,
            clientSecret,
            groupsClaim: config.ENCLAVE_OIDC_GROUPS_CLAIM,
            scopes: config.ENCLAVE_OIDC_SCOPES,
            name: config.ENCLAVE_OIDC_NAME ?? issuer.host,
          },
          db,
          users: repo,
          auth,
          events,
          publicUrl,
          log: log.child({ component: 'oidc' }),
        })
      : undefined;
  let sweeper: NodeJS.Timeout | undefined;
  return {
    auth,
    users,
    /** What /auth/* serves (besides the cookie, the transport's). */
    routes: {
      signIn,
      signOut: (token: string) => auth.signOut(token),
      oidc: oidc && { name: oidc.name, start: oidc.start, finish: oidc.finish, isRefusal: (error: unknown) => error instanceof OidcSignInError },
      publicUrl,
      log: log.child({ component: 'auth' }),
    },
    /** From now on, hourly: forgets sign-ins and OpenID Connect flows that can no longer be used. */
    startSweeps() {
      const sweep = () =>
        void Promise.all([auth.sweepSignIns(), oidc?.sweep()]).catch((error: unknown) => log.error({ err: error }, 'could not sweep ended sign-ins'));
      sweep();
      sweeper = setInterval(sweep, 60 * 60_000).unref();
    },
    async stop() {
      clearInterval(sweeper);
      await auth.close();
    },
  };
}
