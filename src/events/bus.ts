import { EventEmitter, on, setMaxListeners } from 'node:events';
import type { AgentRow, NetworkRow, SessionRow, WorkspaceRow } from '../db/schema.js';
import type { LaunchOptions } from '../workspaces/launch-options.js';

/** Every topic and what its events carry. */
export interface EventMap {
  networkDiscovered: NetworkRow;
  networkRemoved: NetworkRow;
  agentStatusChanged: AgentRow;
  agentRemoved: { id: string };
  workspaceChanged: WorkspaceRow;
  /** `transitionId` orders a session's events (session_transitions.id). */
  sessionStatusChanged: { session: SessionRow; transitionId: number };
  launchOptionsChanged: LaunchOptions;
}
export type Topic = keyof EventMap;

export interface EventBus {
  /** Call only after the write that the event reports has committed. */
  publish<T extends Topic>(topic: T, payload: EventMap[T]): void;
  /**
   * Events of `topic` from now on, those failing `accept` left out. Closing the iterator (`return()`) unsubscribes
   * at once, even while it is waiting for the next event, which an async generator could not do.
   */
  subscribe<T extends Topic>(topic: T, accept?: (payload: EventMap[T]) => boolean): AsyncIterableIterator<EventMap[T]>;
  /** Starts receiving events from other processes (after migrations: it reads the tables). */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The bus inside one process. */
export function createLocalEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const abort = new AbortController();
  // Every live subscription listens on this one signal: hundreds of them are normal, not a leak.
  setMaxListeners(0, abort.signal);
  return {
    publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    subscribe<T extends Topic>(topic: T, accept: (payload: EventMap[T]) => boolean = () => true) {
      const events = on(emitter, topic, { signal: abort.signal }) as AsyncIterableIterator<[EventMap[T]]>;
      const iterator: AsyncIterableIterator<EventMap[T]> = {
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
