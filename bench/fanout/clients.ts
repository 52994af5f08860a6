// Load-generator process for bench/fanout.ts: N graphql-transport-ws clients, each with one
// `sessionStatusChanged { id status updatedAt }` subscription, spread round-robin over the given servers. The protocol
// is spoken directly over `ws` (connection_init, subscribe, then one JSON.parse per `next`): graphql-ws's own client
// validates every message and costs the shared 2-core machine more CPU per delivery than the servers' own work did.
// Driven by the benchmark over IPC (process.send / 'message'):
//   -> { type: 'status' }             <- { type: 'status', connected, acked, withEvent, received, errors, firstError }
//   -> { type: 'start' }              clears everything received so far (warm-up) and starts the event-loop monitor
//   -> { type: 'finish', expected }   <- { type: 'result', ... } per-server checks, latency histograms, own load
// Receipt time is taken when the `next` message is handled as wall-clock ms (performance.timeOrigin + performance.now()),
// the same clock as the writer's (same machine), so latencies are comparable across processes to within ~1 ms.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';

interface Config {
  token: string;
  targets: { label: string; url: string }[];
  count: number;
  /** offset of this generator's first client in the round-robin, so that two generators split evenly */
  offset: number;
}

export interface ExpectedEvent {
  /** session_transitions.at as epoch ms (what arrives as updatedAt) */
  at: number;
  seq: number;
  status: string;
  /** wall-clock ms when the writer's COMMIT was acknowledged */
  committed: number;
  /** wall-clock ms when the writer began the transaction */
  begun: number;
}

export interface TargetResult {
  label: string;
  subscribers: number;
  deliveries: number;
  /** events a subscriber lacks although it has a later one: lost */
  missing: number;
  /** events after a subscriber's last one: not (yet) delivered when the benchmark stopped waiting */
  tail: number;
  duplicates: number;
  outOfOrder: number;
  unexpected: number;
  wrongStatus: number;
  /** subscribers with any of missing/duplicates/outOfOrder/unexpected/wrongStatus */
  badSubscribers: number;
  /** latency from COMMIT acknowledged to receipt, histogram in 0.1 ms units: key -> count */
  fromCommit: Record<string, number>;
  /** latency from the row's `at` (the writer's clock before BEGIN) to receipt, same units */
  fromAt: Record<string, number>;
  /** per event (index = seq): the latest receipt (wall ms) among this generator's subscribers of the target, or -1 */
  latestPerSeq: number[];
}

const cfg = JSON.parse(process.argv[2] ?? '{}') as Config;
const wallNow = () => performance.timeOrigin + performance.now();
const fmtAge = () => `${(performance.now() / 1000).toFixed(1)} s`;

class Grow {
  data = new Float64Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  clear() {
    this.length = 0;
  }
}

interface Subscriber {
  target: number;
  socket: WebSocket;
  connected: boolean;
  acked: boolean;
  ats: Grow;
  receipts: Grow;
  statuses: string[];
  errors: number;
}

const subscribers: Subscriber[] = [];
let firstError: string | undefined;
let errorCount = 0;
let closing = false;
const noteError = (s: Subscriber | undefined, message: string) => {
  errorCount++;
  if (s) s.errors++;
  firstError ??= message.slice(0, 500);
};

/** One subscriber's connection: init, subscribe once acknowledged, record every `next`. */
function connect(sub: Subscriber, url: string): WebSocket {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  socket.on('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${cfg.token}` } })),
  );
  socket.on('message', (data) => {
    const at = wallNow();
    const message = JSON.parse(String(data)) as {
      type: string;
      payload?: { data?: { sessionStatusChanged?: { status: string; updatedAt: string } }; errors?: unknown };
    };
    switch (message.type) {
      case 'next': {
        const s = message.payload?.data?.sessionStatusChanged;
        if (!s) return noteError(sub, `result without data: ${String(data).slice(0, 300)}`);
        sub.ats.push(Date.parse(s.updatedAt));
        sub.receipts.push(at);
        sub.statuses.push(s.status);
        return;
      }
      case 'connection_ack':
        sub.connected = true;
        sub.acked = true;
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { sessionStatusChanged { id status updatedAt } }' } }));
        return;
      case 'ping':
        socket.send(JSON.stringify({ type: 'pong' }));
        return;
      case 'pong':
        return;
      default:
        noteError(sub, `unexpected message: ${String(data).slice(0, 300)}`);
    }
  });
  socket.on('close', (code, reason) => {
    if (sub.connected && !closing) noteError(sub, `connection closed: code ${code} ${reason.length ? `"${String(reason)}"` : '(no reason)'} after ${fmtAge()}`);
    sub.connected = false;
  });
  socket.on('error', (error) => noteError(sub, `socket error: ${error.message}`));
  return socket;
}

for (let i = 0; i < cfg.count; i++) {
  const target = (cfg.offset + i) % cfg.targets.length;
  const sub: Subscriber = {
    target,
    socket: undefined as unknown as WebSocket,
    connected: false,
    acked: false,
    ats: new Grow(),
    receipts: new Grow(),
    statuses: [],
    errors: 0,
  };
  sub.socket = connect(sub, cfg.targets[target]!.url);
  subscribers.push(sub);
}

const loop = monitorEventLoopDelay({ resolution: 10 });
let cpuAtStart: NodeJS.CpuUsage | undefined;
let tStart = 0;

function histogramAdd(h: Map<number, number>, ms: number) {
  const key = Math.round(ms * 10);
  h.set(key, (h.get(key) ?? 0) + 1);
}

function finish(expected: ExpectedEvent[]) {
  const byAt = new Map(expected.map((e) => [e.at, e]));
  const results: TargetResult[] = cfg.targets.map((t) => ({
    label: t.label,
    subscribers: 0,
    deliveries: 0,
    missing: 0,
    tail: 0,
    duplicates: 0,
    outOfOrder: 0,
    unexpected: 0,
    wrongStatus: 0,
    badSubscribers: 0,
    fromCommit: {},
    fromAt: {},
    latestPerSeq: [],
  }));
  const hCommit = cfg.targets.map(() => new Map<number, number>());
  const hAt = cfg.targets.map(() => new Map<number, number>());
  const latestPerSeq = cfg.targets.map(() => new Float64Array(expected.length).fill(-Infinity));
  for (const s of subscribers) {
    const r = results[s.target]!;
    r.subscribers++;
    const seen = new Set<number>();
    let lastSeq = -1;
    let bad = 0;
    for (let k = 0; k < s.ats.length; k++) {
      const at = s.ats.data[k]!;
      const receipt = s.receipts.data[k]!;
      const e = byAt.get(at);
      if (!e) {
        r.unexpected++;
        bad++;
        continue;
      }
      r.deliveries++;
      if (seen.has(e.seq)) {
        r.duplicates++;
        bad++;
        continue;
      }
      seen.add(e.seq);
      if (e.seq < lastSeq) {
        r.outOfOrder++;
        bad++;
      } else lastSeq = e.seq;
      if (s.statuses[k] !== e.status) {
        r.wrongStatus++;
        bad++;
      }
      histogramAdd(hCommit[s.target]!, receipt - e.committed);
      histogramAdd(hAt[s.target]!, receipt - e.at);
      const latest = latestPerSeq[s.target]!;
      if (receipt > latest[e.seq]!) latest[e.seq] = receipt;
    }
    let maxSeq = -1;
    for (const seq of seen) if (seq > maxSeq) maxSeq = seq;
    const missing = maxSeq + 1 - seen.size;
    const tail = expected.length - (maxSeq + 1);
    r.missing += missing;
    r.tail += tail;
    bad += missing + tail;
    if (bad > 0) r.badSubscribers++;
  }
  for (const [i, r] of results.entries()) {
    r.fromCommit = Object.fromEntries(hCommit[i]!);
    r.fromAt = Object.fromEntries(hAt[i]!);
    r.latestPerSeq = Array.from(latestPerSeq[i]!, (v) => (Number.isFinite(v) ? v : -1));
  }
  loop.disable();
  const cpu = process.cpuUsage(cpuAtStart);
  const seconds = (performance.now() - tStart) / 1000;
  return {
    type: 'result',
    targets: results,
    errors: errorCount,
    firstError,
    loadgen: {
      cpu: (cpu.user + cpu.system) / 1e6 / seconds,
      loopDelayP99Ms: loop.percentile(99) / 1e6,
      loopDelayMaxMs: loop.max / 1e6,
      rssMb: process.memoryUsage().rss / 2 ** 20,
    },
  };
}

process.on('message', (msg: { type: string; expected?: ExpectedEvent[] }) => {
  switch (msg.type) {
    case 'status': {
      let received = 0;
      const receivedByTarget = cfg.targets.map(() => 0);
      for (const s of subscribers) {
        received += s.ats.length;
        receivedByTarget[s.target]! += s.ats.length;
      }
      process.send!({
        type: 'status',
        connected: subscribers.filter((s) => s.connected).length,
        acked: subscribers.filter((s) => s.acked).length,
        withEvent: subscribers.filter((s) => s.ats.length > 0).length,
        received,
        receivedByTarget,
        errors: errorCount,
        firstError,
      });
      return;
    }
    case 'start':
      for (const s of subscribers) {
        s.ats.clear();
        s.receipts.clear();
        s.statuses.length = 0;
      }
      loop.reset();
      loop.enable();
      cpuAtStart = process.cpuUsage();
      tStart = performance.now();
      process.send!({ type: 'started' });
      return;
    case 'finish':
      process.send!(finish(msg.expected ?? []));
      return;
    case 'close':
      closing = true;
      for (const s of subscribers) s.socket.close(1000);
      setTimeout(() => process.exit(0), 200);
      return;
  }
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'spawned' });
