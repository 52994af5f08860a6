/**
 * When sessions last had proxied traffic, gathered in memory and written every `flushMs` (a write per request, or per
 * WebSocket frame, would cost more than the traffic): lastActivityAt is exact to that much.
 */
export function createActivity({ record, flushMs = 15_000, onError }: { record(lastSeen: ReadonlyMap<string, Date>): Promise<void>; flushMs?: number; onError(error: unknown): void }) {
  // Milliseconds, not Dates: touched for every chunk proxied.
  let pending = new Map<string, number>();
  let writing = Promise.resolve();
  const flush = () => {
    if (pending.size === 0) return writing;
    const batch = new Map([...pending].map(([id, at]) => [id, new Date(at)]));
    pending = new Map();
    writing = writing.then(() => record(batch)).catch(onError);
    return writing;
  };
  const timer = setInterval(flush, flushMs);
  timer.unref();
  return {
    touch(sessionId: string) {
      pending.set(sessionId, Date.now());
    },
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}
