import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { SessionRow } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import { NoForwarderError, NotConnectableError, type SessionDialer } from './dialer.js';

export interface ReadinessDeps {
  dialer: Pick<SessionDialer, 'dial' | 'target'>;
  events: EventBus;
  /** Sets `ready` (and why not) of a RUNNING session, published as the transitions are. */
  markReady(sessionId: string, ready: boolean, reason?: string | null): Promise<unknown>;
  /** RUNNING sessions with a connect port, not ready, on agents this process watches (after a restart or takeover). */
  unready(): Promise<SessionRow[]>;
  /** Whether this process watches the agent (then it probes the agent's sessions: once, not in every process). */
  watches(agentId: string): boolean;
  /** How often unready sessions are looked for besides the events that start probes. @default 15_000 */
  sweepMs?: number;
  log: Logger;
}

/** One probe's time to get through: a tunnel over ssh:// is an ssh session and an exec, seconds on a busy agent. */
const attemptMs = 15_000;
const backoff = (attempt: number) => Math.min(250 * 2 ** attempt, 5_000);

/**
 * Probes RUNNING sessions' connect ports through the tunnel, with back-off, until they answer (ready) or the session
 * leaves RUNNING. An image with no forwarder is said so in the session's statusReason, once.
 */
export function createReadiness({ dialer, events, markReady, unready, watches, sweepMs = 15_000, log }: ReadinessDeps) {
  const probing = new Map<string, AbortController>();
  const stop = new AbortController();

  /** Whether the port answered: any byte back for an HTTP request (an error page is an answer). */
  async function answers(sessionId: string): Promise<boolean> {
    const { path } = await dialer.target(sessionId);
    const stream = await dialer.dial(sessionId);
    try {
      return await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), attemptMs);
        stream.once('data', () => (clearTimeout(timer), resolve(true)));
        stream.once('close', () => (clearTimeout(timer), resolve(false)));
        stream.once('error', () => (clearTimeout(timer), resolve(false)));
        stream.write(`HEAD ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
      });
    } finally {
      stream.destroy();
    }
  }

  async function probe(session: Pick<SessionRow, 'id'>, signal: AbortSignal) {
    for (let attempt = 0; !signal.aborted; attempt++) {
      try {
        if (await answers(session.id)) return void (await markReady(session.id, true));
      } catch (error) {
        if (error instanceof NoForwarderError) return void (await markReady(session.id, false, error.message));
        if (error instanceof NotConnectableError) return; // e.g. no connect port: nothing to be ready for
        log.debug({ err: error, session: session.id }, 'readiness probe failed');
      }
      await delay(backoff(attempt), undefined, { signal }).catch(() => {}); // aborted: the session left RUNNING
    }
  }

  function start(session: SessionRow) {
    if (probing.has(session.id) || !session.agentId || !watches(session.agentId)) return;
    const abort = new AbortController();
    probing.set(session.id, abort);
    probe(session, AbortSignal.any([abort.signal, stop.signal]))
      .catch((error: unknown) => log.warn({ err: error, session: session.id }, 'could not record readiness'))
      .finally(() => probing.get(session.id) === abort && probing.delete(session.id));
  }

  const changes = events.subscribe('sessionStatusChanged');
  void (async () => {
    for await (const { session } of changes) {
      if (session.status === 'RUNNING' && !session.ready && !session.statusReason) start(session);
      else if (session.status !== 'RUNNING') probing.get(session.id)?.abort();
    }
  })().catch((error: unknown) => log.error({ err: error }, 'readiness stopped following sessions'));
  const sweep = () =>
    unready()
      .then((sessions) => sessions.forEach(start))
      .catch((error: unknown) => log.warn({ err: error }, 'could not look for unready sessions'));
  const timer = setInterval(sweep, sweepMs);
  timer.unref();

  return {
    /** Looks for unready sessions now (at start-up, once the agents are watched). */
    sweep,
    async stop() {
      clearInterval(timer);
      stop.abort();
      await changes.return?.();
    },
  };
}
