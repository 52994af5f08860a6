// A seeded randomized fault soak of the session states: two Enclave processes on one Postgres of its own, three
// dockerd agents behind socket proxies, workspaces with seconds-scale idle and lifetime rules, a random mix of
// launches, destroys, pauses, suspends, resumes and keepalives, and at random the faults that happen in production:
// an Enclave process SIGKILLed, a dockerd SIGKILLed or SIGSTOPped, an agent's event stream cut, Postgres restarted.
// The invariants (no container stranded, no session stranded, nothing stuck half-way, capacity never overbooked,
// every transition seen in order, every expiry once) are checked all along and at the end; see bench/README.md.
//
// Run: npm run bench:soak (as root, with dockerd and a Postgres server installed). BENCH_SOAK_S (600) is how long the
// load and the faults last, BENCH_SOAK_SEED the seed (printed). Loopback and unix sockets only; never a container's
// address. Bounded: the watchdog fires at BENCH_SOAK_S + 600 s; everything is removed at the end, whatever happened.
import { setTimeout as sleep } from 'node:timers/promises';
import { bounded, onCleanup, progressLogger, runBench } from './harness.js';
import { CapacityChecks } from './soak/capacity.js';
import { Gate, healAll, runFaults, Timeline } from './soak/faults.js';
import { destroyEverything, readHistories } from './soak/finish.js';
import { checkExpiries, compareSubscriber } from './soak/history.js';
import { StateChecks, STUCK_MS } from './soak/invariants.js';
import { Load } from './soak/load.js';
import { createRandom, seedFromEnv, type Random } from './soak/random.js';
import { printReport } from './soak/report.js';
import { setUp, type Soak } from './soak/setup.js';
import { Subscriber } from './soak/subscriber.js';

const durationS = Number(process.env['BENCH_SOAK_S'] ?? 600);
if (!(durationS >= 30 && durationS <= 6 * 3600)) throw new Error(`BENCH_SOAK_S must be 30..21600 seconds, not ${process.env['BENCH_SOAK_S']}`);
const seed = seedFromEnv(process.env['BENCH_SOAK_SEED']);
/** After the last fault: time for everything to heal before the final checks. */
const SETTLE_S = 60;
const progress = progressLogger('soak');

/** Independent streams, so that the load's choices do not shift with how many faults happened (and the reverse). */
const stream = (n: number): Random => createRandom((seed ^ Math.imul(n, 0x9e3779b9)) >>> 0);

async function main() {
  const startedAt = Date.now();
  progress(`seed ${seed}, ${durationS} s`);
  const soak = await setUp(stream(0), progress);
  const gate = new Gate();
  const until = Date.now() + durationS * 1000;
  const load = new Load({ soak, random: stream(1), until, intervalS: [0.3, 0.9], maxInFlight: 4, maxActive: 22 });
  const subscribers = soak.nodes.map((node) => new Subscriber(node, soak.token, (change) => load.heard(change)));
  onCleanup('subscribers', async () => void (await Promise.all(subscribers.map((s) => s.close()))));
  await bounded('the subscribers live', 60_000, Promise.all(subscribers.map((s) => s.start())));
  const timeline = new Timeline(STUCK_MS);
  const capacity = new CapacityChecks(soak);
  const state = new StateChecks(soak, timeline, gate);
  progress(`running: load, faults and checks until ${new Date(until).toISOString()}`);
  const ticker = setInterval(() => progress(status(load, timeline, state, capacity)), 30_000);
  try {
    await Promise.all([
      load.run(),
      runFaults({ soak, random: stream(2), timeline, gate, until, gapS: [15, 45], log: progress }),
      capacity.run(until, 3_000),
      state.runPeriodic(until, 10_000),
    ]);
    await healAll(soak);
    progress(`load and faults over; settling for ${SETTLE_S} s`);
    await capacity.run(Date.now() + SETTLE_S * 1000, 3_000);
  } finally {
    clearInterval(ticker);
  }
  return finish({ soak, load, timeline, state, capacity, subscribers, startedAt });
}

interface Run {
  soak: Soak;
  load: Load;
  timeline: Timeline;
  state: StateChecks;
  capacity: CapacityChecks;
  subscribers: Subscriber[];
  startedAt: number;
}

/** The final checks, the teardown and the report; throws (exit 1) when an invariant was violated. */
async function finish({ soak, load, timeline, state, capacity, subscribers, startedAt }: Run) {
  progress('final round of checks on every agent');
  await state.round(soak.agents);
  await capacity.sampleDb();
  await capacity.sampleApi();
  progress('destroying every session');
  const teardown = await destroyEverything(soak, 60_000);
  await sleep(5_000); // the last transitions reach the subscribers
  const readAt = Date.now();
  const histories = await readHistories(soak);
  const rules = new Map(soak.workspaces.map((w) => [w.id, w]));
  const results = {
    seed,
    durationS,
    settleS: SETTLE_S,
    elapsedS: (Date.now() - startedAt) / 1000,
    soak,
    load,
    timeline,
    state,
    capacity,
    subscribers: subscribers.map((s) => ({
      label: s.node.label,
      reconnects: s.reconnects,
      figures: compareSubscriber(histories, s.received, s.filled, readAt - 3_000),
    })),
    expiries: checkExpiries(histories, (id) => rules.get(id), load.keptAlive),
    teardown,
  };
  await Promise.all(subscribers.map((s) => s.close()));
  const { violations, summary } = printReport(results);
  if (violations > 0) {
    console.log(JSON.stringify(summary));
    throw new Error(`${violations} invariant violation(s); see the report above`);
  }
  return summary;
}

function status(load: Load, timeline: Timeline, state: StateChecks, capacity: CapacityChecks): string {
  const ops = [...load.counts.values()].reduce((n, m) => n + [...m.values()].reduce((a, b) => a + b, 0), 0);
  const violations = state.violations.length + capacity.violations.length + load.violations.length;
  return `${ops} operations, ${timeline.faults.length} faults, ${state.rounds} check rounds, ${violations} violations so far`;
}

await runBench(main, { watchdogMs: (durationS + 600) * 1000, cleanupStepTimeoutMs: 60_000 });
