import { print, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from './context.js';

type Source = AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;

interface Broadcast {
  /** Called with each result, and with undefined when the execution has ended. */
  listeners: Set<(result: ExecutionResult | undefined) => void>;
  source: Source;
}

/**
 * graphql's subscribe, shared: subscribers with the same operation, variables and authority (ADMIN, or the USER
 * itself, since results are filtered by owner) share one execution, so an event is resolved once and not once per
 * subscriber. Fan-out to a thousand dashboards then costs what serialising and sending costs, no more.
 */
export function createSharedSubscribe() {
  const broadcasts = new Map<string, Broadcast>();

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const viewer = (args.contextValue as Context | undefined)?.viewer;
    const authority = viewer?.role === 'ADMIN' ? 'ADMIN' : `USER:${viewer?.owner ?? ''}`;
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
        const started: Broadcast = { listeners: new Set(), source: result };
        broadcasts.set(key, started);
        void (async () => {
          for await (const value of started.source) for (const listener of started.listeners) listener(value);
        })()
          .catch(() => {})
          .finally(() => {
            if (broadcasts.get(key) === started) broadcasts.delete(key);
            for (const listener of started.listeners) listener(undefined);
          });
        broadcast = started;
      }
    }
    return follow(broadcast, () => {
      if (broadcast.listeners.size === 0 && broadcasts.get(key) === broadcast) {
        broadcasts.delete(key);
        void broadcast.source.return?.(undefined);
      }
    });
  };
}

/** One subscriber's view of a broadcast: its own queue, ended by `return()`. */
function follow(broadcast: Broadcast, onLeave: () => void): AsyncIterableIterator<ExecutionResult> {
  const queue: ExecutionResult[] = [];
  let waiting: ((result: IteratorResult<ExecutionResult>) => void) | undefined;
  let done = false;
  const listener = (value: ExecutionResult | undefined) => {
    if (value === undefined) done = true;
    else if (!waiting) return void queue.push(value);
    const resolve = waiting;
    waiting = undefined;
    resolve?.(value === undefined ? { done: true, value: undefined } : { done: false, value });
  };
  broadcast.listeners.add(listener);
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    next: () =>
      queue.length > 0
        ? Promise.resolve({ done: false, value: queue.shift()! })
        : done
          ? Promise.resolve({ done: true, value: undefined })
          : new Promise((resolve) => (waiting = resolve)),
    async return() {
      done = true;
      broadcast.listeners.delete(listener);
      waiting?.({ done: true, value: undefined });
      waiting = undefined;
      onLeave();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
