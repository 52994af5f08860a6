// Capacity for bench/fanout.ts: with the same servers and subscribers as the fixed-rate run, the event rate is stepped
// (BENCH_FANOUT_CAPACITY_STEP_S seconds a step) from the fixed run's rate, up x1.25 while steps pass or down x0.8 until
// one does, and the highest rate that passed is the capacity. A step passes when every subscriber gets every event of the step exactly once and in order, and the
// delivery p99 (receipt - COMMIT acknowledged) is at most the target. Each step starts once the previous one has
// drained, with the generators' records cleared.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { busyCores, cores, cpuSeconds, fmt, machineTicks, round } from '../harness.js';
import type { ExpectedEvent, TargetResult } from './clients.js';
import { Histogram } from './histogram.js';

export interface CapacityDeps {
  subscribers: number;
  /** The Enclave processes' and the load generators' pids: their CPU is measured over each step. */
  serverPids: (number | undefined)[];
  generatorPids: (number | undefined)[];
  /** One event, written as the fixed-rate run writes them. */
  write(reason: string): Promise<Omit<ExpectedEvent, 'seq'>>;
  /** Clears what the generators received so far. */
  clear(): Promise<void>;
  /** How many `next` messages the generators have received since the last clear. */
  received(): Promise<number>;
  /** The generators' per-server checks and histograms against what was written. */
  check(expected: ExpectedEvent[]): Promise<TargetResult[]>;
  progress(line: string): void;
}

export interface CapacityStep {
  targetEventsPerSecond: number;
  /** events written / seconds from the first write to the last (the writer commits one transaction at a time) */
  eventsPerSecond: number;
  deliveriesPerSecond: number;
  problems: number;
  p50: number | null;
  p99: number | null;
  /** cores the servers used in the step, both together; the generators; the whole machine */
  serverCores: number | null;
  generatorCores: number | null;
  machineCores: number;
  pass: boolean;
}

const DRAIN_TIMEOUT_MS = 10_000;
const STALL_MS = 3_000;

/**
 * Steps the rate from `startEventsPerSecond`: up (x1.25) while steps pass, or, if the first fails, down (x0.8) until
 * one passes; a failed step is run once more before it counts. At most `maxSteps` steps and `budgetMs`; the steps
 * come back in the order they ran.
 */
export async function findCapacity(
  deps: CapacityDeps,
  {
    startEventsPerSecond,
    stepSeconds,
    targetP99Ms,
    maxSteps = 12,
    budgetMs = 90_000,
  }: {
    startEventsPerSecond: number;
    stepSeconds: number;
    targetP99Ms: number;
    maxSteps?: number;
    budgetMs?: number;
  },
): Promise<CapacityStep[]> {
  const steps: CapacityStep[] = [];
  const started = performance.now();
  let rate = startEventsPerSecond;
  let direction: 'up' | 'down' | undefined;
  let retried = false;
  while (steps.length < maxSteps && performance.now() - started < budgetMs && rate >= 1) {
    const step = await runStep(deps, rate, stepSeconds, targetP99Ms);
    steps.push(step);
    deps.progress(
      `capacity step ${rate} events/s: ${fmt(step.deliveriesPerSecond / 1000, 0)}k deliveries/s, p99 ${fmt(step.p99)} ms, ` +
        `${step.problems} problem(s), servers ${fmt(step.serverCores, 2)} cores: ${step.pass ? 'pass' : 'FAIL'}`,
    );
    const writerBehind = step.eventsPerSecond < 0.9 * rate;
    // A failure counts when it repeats: a moment of other work on a shared machine should not end the search.
    if (!step.pass && !retried && !writerBehind) {
      retried = true;
      continue;
    }
    retried = false;
    direction ??= step.pass ? 'up' : 'down';
    // Done: the first failure going up, the first pass going down; or a writer that cannot keep the pace (that
    // would measure the writer, not the servers).
    if (step.pass !== (direction === 'up') || writerBehind) break;
    rate = Math.round(rate * (direction === 'up' ? 1.25 : 0.8));
  }
  return steps;
}

async function runStep(deps: CapacityDeps, rate: number, stepSeconds: number, targetP99Ms: number): Promise<CapacityStep> {
  await deps.clear();
  const servers = cpuOf(deps.serverPids);
  const generators = cpuOf(deps.generatorPids);
  const machine = machineTicks();
  const from = performance.now();
  const events = Math.round(rate * stepSeconds);
  const expected: ExpectedEvent[] = [];
  for (let seq = 0; seq < events; seq++) {
    const wait = from + (seq * 1000) / rate - performance.now();
    if (wait > 0) await sleep(wait);
    expected.push({ ...(await deps.write(`bench capacity ${rate}/s ${seq}`)), seq });
  }
  const writesDone = performance.now();
  await drain(deps, deps.subscribers * events, writesDone);
  const seconds = (performance.now() - from) / 1000;
  const [serverCores, generatorCores, machineCores] = [servers.cores(seconds), generators.cores(seconds), busyCores(machine, machineTicks())];
  const targets = await deps.check(expected);
  const latency = new Histogram();
  for (const t of targets) latency.add(t.fromCommit);
  const sum = (key: 'missing' | 'tail' | 'duplicates' | 'outOfOrder' | 'unexpected' | 'wrongStatus') => targets.reduce((a, t) => a + t[key], 0);
  const problems = sum('missing') + sum('tail') + sum('duplicates') + sum('outOfOrder') + sum('unexpected') + sum('wrongStatus');
  // On schedule, the last write is due (events - 1) / rate seconds after the first.
  const eventsPerSecond = Math.min(rate, (events - 1) / ((writesDone - from) / 1000));
  const p99 = latency.quantile(0.99);
  return {
    targetEventsPerSecond: rate,
    eventsPerSecond: Math.round(eventsPerSecond),
    deliveriesPerSecond: Math.round(eventsPerSecond * deps.subscribers),
    problems,
    p50: round(latency.quantile(0.5)),
    p99: round(p99),
    serverCores: round(serverCores, 2),
    generatorCores: round(generatorCores, 2),
    machineCores: round(machineCores, 2)!,
    pass: problems === 0 && p99 !== undefined && p99 <= targetP99Ms,
  };
}

/** Until every delivery is in, none has come for STALL_MS, or DRAIN_TIMEOUT_MS after the last write. */
async function drain(deps: CapacityDeps, wanted: number, writesDone: number) {
  for (let last = -1, lastProgress = writesDone; ; await sleep(50)) {
    const received = await deps.received();
    const now = performance.now();
    if (received !== last) lastProgress = now;
    last = received;
    if (received >= wanted || now - writesDone > DRAIN_TIMEOUT_MS || now - lastProgress > STALL_MS) return;
  }
}

/** CPU of some processes from now on: `cores(seconds)` is what they used together, in cores, over that many seconds. */
function cpuOf(pids: (number | undefined)[]) {
  const before = pids.map(cpuSeconds);
  return {
    cores(seconds: number): number | undefined {
      let used = 0;
      for (const [i, pid] of pids.entries()) {
        const now = cpuSeconds(pid);
        if (now === undefined || before[i] === undefined) return undefined;
        used += now - before[i]!;
      }
      return used / seconds;
    },
  };
}

const cpuLine = (s: CapacityStep) =>
  `servers ${fmt(s.serverCores, 2)}, generators ${fmt(s.generatorCores, 2)}, machine ${fmt(s.machineCores, 2)} of ${cores} cores`;

/**
 * The report's lines for the steps, and the capacity: the highest step that passed, per server process (each is one
 * event loop: one core at most), with what the step after it ran out of when that was not the servers.
 */
export function capacityReport(steps: CapacityStep[], { servers, targetP99Ms }: { servers: number; targetP99Ms: number }) {
  const best = steps.filter((s) => s.pass).sort((a, b) => b.deliveriesPerSecond - a.deliveriesPerSecond)[0];
  const failed = steps.find((s) => !s.pass && (!best || s.targetEventsPerSecond > best.targetEventsPerSecond));
  const lines = [
    `Capacity: the event rate stepped (up x1.25 while a step passes, else down x0.8 until one does; a failed step is run once`,
    `  more before it counts); a step passes when every subscriber gets every event once and in order and delivery p99 <=`,
    `  ${targetP99Ms} ms (load generators under nice 10; writes not waiting for the WAL flush; deliveries/s = events written per`,
    `  second x subscribers; cores = CPU over the step, drain included):`,
    ...steps.map(
      (s) =>
        `  ${String(s.targetEventsPerSecond).padStart(4)} events/s asked, ${fmt(s.eventsPerSecond, 0).padStart(4)} written: ` +
        `${fmt(s.deliveriesPerSecond / 1000, 0).padStart(4)}k deliveries/s, p50 ${fmt(s.p50).padStart(6)} / p99 ${fmt(s.p99).padStart(6)} ms, ` +
        `problems ${s.problems}; ${cpuLine(s)}: ${s.pass ? 'pass' : 'FAIL'}`,
    ),
  ];
  const perServerCore = best ? Math.round(best.deliveriesPerSecond / servers) : undefined;
  if (!best) lines.push('  CAPACITY: not found: even the slowest step failed');
  else {
    lines.push(
      `  CAPACITY: ${fmt(perServerCore! / 1000, 0)}k deliveries/s per server core (${fmt(best.deliveriesPerSecond / 1000, 0)}k/s over ${servers} ` +
        `server processes, each one event loop) at p99 ${fmt(best.p99)} ms; ${cpuLine(best)}`,
    );
    // The servers' share of the machine when the next step failed says whether the figure is theirs.
    if (!failed) lines.push('  (a lower bound: no step failed; the writer could not go faster, or the steps ran out)');
    else if ((failed.serverCores ?? 0) < 0.8 * servers && failed.machineCores > 0.9 * cores)
      lines.push(
        `  (a lower bound for the servers: at ${failed.targetEventsPerSecond} events/s the machine was full and the servers were not: ${cpuLine(failed)})`,
      );
    if (failed && failed.eventsPerSecond < 0.9 * failed.targetEventsPerSecond)
      lines.push(`  (at ${failed.targetEventsPerSecond} events/s the writer managed only ${failed.eventsPerSecond}: one transaction at a time)`);
  }
  return { lines, capacity: best ? { ...best, perServerCore } : undefined };
}
