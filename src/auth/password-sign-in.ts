import pLimit from 'p-limit';
import type { Logger } from 'pino';
import type { AuthService } from './auth.service.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import type { createSignInLimits } from './sign-in-limits.js';
import type { UsersRepository } from './users.repository.js';

export type SignInResult =
  | { kind: 'signed-in'; token: string; username: string }
  /** Unknown user, wrong password, disabled user, no password: one answer for all, so none can be told apart. */
  | { kind: 'refused' }
  | { kind: 'too-many'; retryAfterSeconds: number }
  /** More sign-ins under way in this process than it hashes at once: try again in a moment. */
  | { kind: 'busy'; retryAfterSeconds: number };

export interface PasswordSignInDeps {
  users: UsersRepository;
  auth: Pick<AuthService, 'startSignIn'>;
  limits: ReturnType<typeof createSignInLimits>;
  log: Logger;
}

/** Longer than any password the policy lets anyone set: refused, after the same work as any other refusal. */
const maxPasswordLength = 1024;
/**
 * A hash is 0.6 s of a libuv thread and 128 MiB: at most two at once per process, and a short queue. A burst beyond
 * that is told to wait (429) rather than let anyone without an account starve the thread pool (fs, dns, crypto).
 */
const hashing = { concurrency: 2, queue: 16 };

/**
 * Password sign-in after OWASP's Authentication cheat sheet: the limits are checked before any hashing (unknown
 * usernames count too), the hash is always computed (a dummy one when there is no user), and the answer for an unknown
 * user, a wrong password or a disabled user is the same.
 */
export function createPasswordSignIn({ users, auth, limits, log }: PasswordSignInDeps) {
  const slot = pLimit(hashing.concurrency);
  /** Exactly as stored, then as new usernames are (lower case). */
  async function userNamed(username: string) {
    return (await users.byUsername(username)) ?? (await users.byUsername(username.toLowerCase()));
  }

  return async function signIn(input: { username: string; password: string; address: string | undefined }): Promise<SignInResult> {
    const username = input.username.trim().slice(0, 200);
    const keys = { user: username.toLowerCase(), addr: input.address };
    if (slot.pendingCount >= hashing.queue) return { kind: 'busy', retryAfterSeconds: 1 };
    // Counted before the hash, so that guesses sent at once cannot all pass a check made before any was counted.
    const wait = await limits.attempt(keys);
    if (wait !== null) return { kind: 'too-many', retryAfterSeconds: wait };

    const user = username ? await userNamed(username) : undefined;
    const usable = user && !user.disabled ? user.passwordHash : null;
    const password = input.password.length > maxPasswordLength ? '' : input.password;
    const ok = (await slot(() => verifyPassword(password, usable))) && password !== '' && usable !== null;
    if (!ok || !user) {
      log.info({ address: input.address }, 'password sign-in refused');
      return { kind: 'refused' };
    }
    await limits.recordSuccess(keys);
    if (usable && needsRehash(usable)) await users.update(user.id, { passwordHash: await hashPassword(password) });
    const token = await auth.startSignIn(user, 'password', input.address);
    log.info({ user: user.username, address: input.address }, 'signed in with a password');
    return { kind: 'signed-in', token, username: user.username };
  };
}
