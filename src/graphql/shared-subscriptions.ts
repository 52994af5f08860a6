import { print, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { PushedResults } from '../http/websocket.js';
import type { Context } from './context.js';

type Source = AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;

/** One subscriber of a broadcast: each result, then the end (with the error that ended the execution, if one did). */
interface Listener {
  next(result: ExecutionResult): void;
  end(error?: unknown): void;
}

export interface Broadcast {
  listeners: Set<Listener>;
  source: Source;
}

/**
 * graphql's subscribe, shared: subscribers with the same operation, variables and authority (ADMIN, or the USER
 * itself, since results are filtered by owner) share one execution, so an event is resolved once and not once per
 * subscriber; every subscriber gets the same result object, so that a transport can serialise it once too
 * (src/http/websocket.ts does). Fan-out to a thousand dashboards then costs what sending costs, little more.
 */
export function createSharedSubscribe({ log }: { log: Logger }) {
  const broadcasts = new Map<string, Broadcast>();

  /** Pumps the shared execution to its listeners until it ends; an execution that fails is logged and ends them all with its error. */
  function pump(key: string, started: Broadcast) {
    let failure: unknown;
    void (async () => {
      for await (const value of started.source) for (const listener of started.listeners) listener.next(value);
    })()
      .catch((error: unknown) => {
        failure = error;
        log.error({ err: error, subscribers: started.listeners.size }, 'a shared subscription failed');
      })
      .finally(() => {
        if (broadcasts.get(key) === started) broadcasts.delete(key);
        for (const listener of started.listeners) listener.end(failure);
      });
  }

  return async (args: ExecutionArgs): Promise<Follower | ExecutionResult> => {
    const viewer = (args.contextValue as Context | undefined)?.viewer;
    // What a USER's events show depends on who they are and on their groups' entitlement.
    const authority = viewer?.role === 'ADMIN' ? 'ADMIN' : `USER:${viewer?.owner ?? ''}:${viewer?.entitlement.key ?? ''}`;
    const key = `${authority}\0${args.operationName ?? ''}\0${JSON.stringify(args.variableValues ?? {})}\0${print(args.document)}`;

    let broadcast = broadcasts.get(key);
    if (!broadcast) {
      const result = await subscribe(args);
      if (!(Symbol.asyncIterator in result)) return result; // refused (e.g. FORBIDDEN): nothing to share
      // Another subscriber may have started the same execution while this one was being set up.
      const raced = broadcasts.get(key);
      if (raced) {
        void result.return?.(undefined);
        broadcast = raced;
      } else {
        broadcast = { listeners: new Set(), source: result };
        broadcasts.set(key, broadcast);
        pump(key, broadcast);
      }
    }
    const joined = broadcast;
    return follow(joined, () => {
      if (joined.listeners.size === 0 && broadcasts.get(key) === joined) {
        broadcasts.delete(key);
        void joined.source.return?.(undefined);
      }
    });
  };
}

/** One subscriber of a broadcast: read with `next()`, or pushed to once `pushTo` is called (src/http/websocket.ts does). */
export type Follower = AsyncIterableIterator<ExecutionResult> & PushedResults;

/**
 * One subscriber's view of a broadcast: its own queue, ended by `return()` (then `onLeave` runs) or by the end of the
 * broadcast, after what was queued; an execution that failed makes its `next()` reject with the error. After
 * `pushTo(deliver)`, results go to `deliver` as the broadcast hands them on, and `next()` only waits for the end.
 */
export function follow(broadcast: Broadcast, onLeave: () => void): Follower {
  const queue: ExecutionResult[] = [];
  let deliver: ((result: ExecutionResult) => void) | undefined;
  // The next() waiting for a result, if any: its promise's two ends (no object per wait: this is the hot path).
  let wake: ((result: IteratorResult<ExecutionResult>) => void) | undefined;
  let fail: ((error: unknown) => void) | undefined;
  let done = false;
  let failure: { error: unknown } | undefined;
  const finished = { done: true, value: undefined } as const;
  const settle = (): [typeof wake, typeof fail] => {
    const ends: [typeof wake, typeof fail] = [wake, fail];
    wake = fail = undefined;
    return ends;
  };
  const listener: Listener = {
    next(value) {
      if (deliver) return deliver(value);
      if (!wake) return void queue.push(value);
      const resolve = wake;
      wake = fail = undefined;
      resolve({ done: false, value });
    },
    end(error) {
      done = true;
      const [resolve, reject] = settle();
      if (error === undefined) return resolve?.(finished);
      // Reported once: to the next() waiting now, or else to the next one to come.
      if (reject) reject(error);
      else failure = { error };
    },
  };
  broadcast.listeners.add(listener);
  const ended = (): Promise<IteratorResult<ExecutionResult>> => {
    if (!failure) return Promise.resolve(finished);
    const { error } = failure;
    failure = undefined;
    return Promise.reject(error);
  };
  const iterator: Follower = {
    next: () =>
      queue.length > 0
        ? Promise.resolve({ done: false, value: queue.shift()! })
        : done
          ? ended()
          : new Promise((resolve, reject) => {
              wake = resolve;
              fail = reject;
            }),
    async return() {
      done = true;
      failure = undefined;
      deliver = undefined;
      queue.length = 0;
      broadcast.listeners.delete(listener);
      settle()[0]?.(finished);
      onLeave();
      return finished;
    },
    pushTo(to) {
      // What was queued first, so that the order holds; then nothing is queued any more (no next() takes results).
      for (const queued of queue.splice(0)) to(queued);
      if (!done) deliver = to;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
