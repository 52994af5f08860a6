// How long a session has before a lifetime rule acts on it (`expiresAt`), and what the rule then does: shown in its
// row, ticked by one timer for the whole list (not one per row), which runs only while some row has a deadline.
import type { ExpirationAction, Session } from './operations.js';

/** What the workspace's rule does at the deadline, said of the session. */
const fate: Record<ExpirationAction, { future: string; now: string }> = {
  DESTROY: { future: 'Will be destroyed', now: 'Being destroyed now…' },
  SUSPEND: { future: 'Will be suspended', now: 'Being suspended now…' },
  PAUSE: { future: 'Will be paused', now: 'Being paused now…' },
};

/** Keep alive is offered this close to the deadline at least (or a quarter of the idle timeout, if longer). */
const nearMs = 5 * 60_000;

/**
 * A compact duration, to the second while it is short enough to be watched ("4 min 05 s", "35 s"), coarser beyond
 * ("25 min", "3 h 10 min", "2 d 4 h"). Rounded up: "0 s" would say the deadline passed.
 */
export function formatLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (seconds < 10 * 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return hours % 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${Math.floor(hours / 24)} d`;
}

/** "Will be suspended in 1 min 58 s", or '' when no rule will act on the session. */
export function timeLeftText({ expiresAt, workspace }: Session, now: number): string {
  if (!expiresAt) return '';
  const left = Date.parse(expiresAt) - now;
  const { future, now: due } = fate[workspace.expirationAction];
  return left > 0 ? `${future} in ${formatLeft(left)}` : due;
}

/** Whether the deadline is near: within 5 minutes, or a quarter of the idle timeout when that is longer. */
export function deadlineNear({ expiresAt, workspace }: Session, now: number): boolean {
  if (!expiresAt) return false;
  return Date.parse(expiresAt) - now <= Math.max(nearMs, ((workspace.idleTimeoutSeconds ?? 0) * 1000) / 4);
}

/**
 * Whether to offer Keep alive: the session is RUNNING with an idle timeout (keepalive pushes the idle deadline, not
 * the lifetime) and its deadline is near.
 */
export const keepaliveOffered = (session: Session, now: number): boolean =>
  session.status === 'RUNNING' && session.workspace.idleTimeoutSeconds !== null && deadlineNear(session, now);

const clock = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

/** What a keepalive did: the deadline moved, or it did not (the lifetime, which keepalive cannot push, comes first). */
export function keptAliveText(before: Session, after: Session): string {
  if (!after.expiresAt) return 'Kept alive.';
  const at = clock.format(new Date(after.expiresAt));
  const { future } = fate[after.workspace.expirationAction];
  if (before.expiresAt && Date.parse(after.expiresAt) <= Date.parse(before.expiresAt))
    return `Its lifetime ends at ${at} all the same: keep alive only pushes the idle deadline.`;
  return `Kept alive: ${future.toLowerCase()} at ${at} unless used or kept alive again.`;
}

export interface Ticker {
  /** Runs the tick every second while `needed`, stops it otherwise. */
  set(needed: boolean): void;
  stop(): void;
}

export function createTicker(tick: (now: number) => void): Ticker {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  return {
    set(needed) {
      if (!needed) return stop();
      timer ??= setInterval(() => tick(Date.now()), 1000);
    },
    stop,
  };
}
