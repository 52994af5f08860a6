import { EventEmitter, on, setMaxListeners } from 'node:events';
import type { EventMap } from './topics.js';

/** A publish/subscribe bus over the topics of `M` (Enclave's are in topics.ts). */
export interface EventBus<M extends object = EventMap> {
  /** Call only after the write that the event reports has committed. */
  publish<T extends keyof M & string>(topic: T, payload: M[T]): void;
  /**
   * Events of `topic` from now on, those failing `accept` left out. Closing the iterator (`return()`) unsubscribes
   * at once, even while it is waiting for the next event, which an async generator could not do.
   */
  subscribe<T extends keyof M & string>(topic: T, accept?: (payload: M[T]) => boolean): AsyncIterableIterator<M[T]>;
  /** Starts receiving events from other processes (after migrations: it reads the tables). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The bus inside one process. */
export function createLocalEventBus<M extends object = EventMap>(): EventBus<M> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const abort = new AbortController();
  // Every live subscription listens on this one signal: hundreds of them are normal, not a leak.
  setMaxListeners(0, abort.signal);
  return {
    publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    subscribe<T extends keyof M & string>(topic: T, accept: (payload: M[T]) => boolean = () => true) {
      const events = on(emitter, topic, { signal: abort.signal }) as AsyncIterableIterator<[M[T]]>;
      const iterator: AsyncIterableIterator<M[T]> = {
        async next() {
          for (;;) {
            const { done, value } = await events.next().catch(() => ({ done: true as const, value: undefined }));
            if (done) return { done: true, value: undefined };
            if (accept(value[0])) return { done: false, value: value[0] };
          }
        },
        async return() {
          await events.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    start: async () => {},
    async close() {
      abort.abort();
      emitter.removeAllListeners();
    },
  };
}
