// The end-of-run checks on Session.history: (5) each subscriber's transitions against it, and (6) each expiry applied
// once per RUNNING period, as the session's rule and action say, never before its deadline nor past a keepalive's.
// Pure functions of what was recorded, so that what they decide can be read in one place.
import type { ExpirationAction } from '../../test/__generated__/graphql.js';
import type { HistoryRow, SessionStatus } from './api.js';
import type { KeptAlive } from './load.js';
import { transitionKey, type Received } from './subscriber.js';

export interface SessionHistory {
  id: string;
  workspaceId: string;
  history: HistoryRow[];
}

export interface Rules {
  idleTimeoutSeconds: number | null;
  maxLifetimeSeconds: number | null;
  expirationAction: ExpirationAction;
}

export interface SubscriberFigures {
  /** history rows compared */
  total: number;
  /** received out of order, or twice */
  outOfOrder: number;
  /** not received, not filled after a reconnect */
  missing: number;
  /** received but in no history (or not a change of status) */
  unexpected: number;
  /** missed during a reconnect and taken from Session.history */
  filled: number;
  details: string[];
}

/** (5) One subscriber's transitions against each session's history; rows written after `cutoff` may still be in flight. */
export function compareSubscriber(histories: readonly SessionHistory[], received: readonly Received[], filled: ReadonlySet<string>, cutoff: number): SubscriberFigures {
  const f: SubscriberFigures = { total: 0, outOfOrder: 0, missing: 0, unexpected: 0, filled: 0, details: [] };
  const bySession = new Map<string, Received[]>();
  for (const r of received) bySession.set(r.id, [...(bySession.get(r.id) ?? []), r]);
  const known = new Set(histories.map((h) => h.id));
  for (const [id, got] of bySession)
    if (!known.has(id)) {
      f.unexpected += got.length;
      f.details.push(`session ${id}: ${got.length} events, no history`);
    }
  for (const { id, history } of histories) {
    const keys = history.map((h) => transitionKey(id, h.status, h.at));
    f.total += keys.length;
    let pos = -1;
    const skipped = (from: number, to: number, tail: boolean) => {
      for (let j = from; j < to; j++) {
        if (filled.has(keys[j]!)) f.filled++;
        else if (!(tail && Date.parse(history[j]!.at) > cutoff)) {
          f.missing++;
          f.details.push(`session ${id}: missed ${history[j]!.status} at ${history[j]!.at}`);
        }
      }
    };
    for (const event of bySession.get(id) ?? []) {
      const key = transitionKey(id, event.status, event.updatedAt);
      const k = keys.indexOf(key, pos + 1);
      if (k === -1) {
        if (keys.lastIndexOf(key, Math.max(pos, 0)) !== -1) f.outOfOrder++;
        else f.unexpected++;
        f.details.push(`session ${id}: ${event.status} at ${event.updatedAt} ${keys.includes(key) ? 'out of order or twice' : 'not in its history'}`);
        continue;
      }
      skipped(pos + 1, k, false);
      pos = k;
    }
    skipped(pos + 1, keys.length, true);
  }
  return f;
}

export interface ExpiryFigures {
  applied: number;
  /** more than one expiry in one RUNNING period */
  twice: number;
  /** an expiry that did not leave RUNNING, or moved to what its action does not */
  misapplied: number;
  /** before the rule's deadline, counted from entering RUNNING */
  early: number;
  /** at a moment a keepalive that answered before it had pushed the deadline past */
  pastKeepalive: number;
  details: string[];
}

const actionMovesTo: Record<ExpirationAction, SessionStatus> = { DESTROY: 'STOPPING', SUSPEND: 'SUSPENDED', PAUSE: 'PAUSED' };
/** The API's times are to the millisecond. */
const CLOCK_MS = 5;

/** (6) Every expiry in every session's history. */
export function checkExpiries(histories: readonly SessionHistory[], rulesOf: (workspaceId: string) => Rules | undefined, keptAlive: readonly KeptAlive[]): ExpiryFigures {
  const f: ExpiryFigures = { applied: 0, twice: 0, misapplied: 0, early: 0, pastKeepalive: 0, details: [] };
  const keepalives = new Map<string, KeptAlive[]>();
  for (const k of keptAlive) keepalives.set(k.sessionId, [...(keepalives.get(k.sessionId) ?? []), k]);
  for (const session of histories) {
    const rules = rulesOf(session.workspaceId);
    const count = (field: 'twice' | 'misapplied' | 'early' | 'pastKeepalive', what: string, row: HistoryRow) => {
      f[field]++;
      f.details.push(`session ${session.id}: ${what} (${row.status} at ${row.at}: ${row.reason})`);
    };
    let periodStart: number | undefined;
    let expiredInPeriod = 0;
    session.history.forEach((row, i) => {
      if (row.status === 'RUNNING') {
        periodStart = Date.parse(row.at);
        expiredInPeriod = 0;
      }
      if (!row.reason?.startsWith('expired:')) return;
      f.applied++;
      const at = Date.parse(row.at);
      if (++expiredInPeriod > 1) count('twice', 'expired twice in one RUNNING period', row);
      if (periodStart === undefined || session.history[i - 1]?.status !== 'RUNNING') return count('misapplied', 'expired while not RUNNING', row);
      if (rules && actionMovesTo[rules.expirationAction] !== row.status) count('misapplied', `expired to ${row.status}, not by its action ${rules.expirationAction}`, row);
      const ruleS = /lifetime/.test(row.reason) ? rules?.maxLifetimeSeconds : rules?.idleTimeoutSeconds;
      if (ruleS === null || ruleS === undefined) count('misapplied', 'expired by a rule its workspace does not have', row);
      else if (at - periodStart < ruleS * 1000 - CLOCK_MS) count('early', `expired ${((at - periodStart) / 1000).toFixed(3)} s into RUNNING, rule ${ruleS} s`, row);
      const start = periodStart;
      const broken = (keepalives.get(session.id) ?? []).find((k) => k.answeredAt >= start && k.answeredAt <= at && k.expiresAt > at + CLOCK_MS);
      if (broken)
        count('pastKeepalive', `expired although a keepalive answered at ${new Date(broken.answeredAt).toISOString()} with expiresAt ${new Date(broken.expiresAt).toISOString()}`, row);
    });
  }
  return f;
}
