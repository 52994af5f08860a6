import { setTimeout as sleep } from 'node:timers/promises';

export interface UntilOptions {
  /** @default 15_000 */
  timeoutMs?: number;
  /** @default 50 */
  intervalMs?: number;
  /** What to add to the timeout's message (e.g. the processes' logs). */
  diagnose?: () => string | Promise<string>;
}

/** Polls `probe` until it returns something truthy, and returns that; throws, naming `what`, on timeout. */
export async function until<T>(
  what: string,
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeoutMs = 15_000, intervalMs = 50, diagnose }: UntilOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${diagnose ? `\n${await diagnose()}` : ''}`);
    await sleep(intervalMs);
  }
}
