// The faults: one at a time, at random intervals, each kind a few times over the run (a shuffled bag of kinds), and
// the timeline of when each one disturbed what, which the checks consult to know when an agent has had time to settle.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Random } from './random.js';
import type { Soak, SoakAgent } from './setup.js';

export const faultKinds = ['kill-enclave', 'kill-dockerd', 'stop-dockerd', 'cut-events', 'restart-postgres'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface Fault {
  kind: FaultKind;
  /** the process or agent it hit */
  target: string;
  /** an agent's name, or 'all' for what every agent depends on (an Enclave process, Postgres) */
  scope: string;
  startedAt: number;
  healedAt?: number;
  detail: string;
  error?: string;
}

/** When faults happened; an agent is disturbed from a fault's start until `settleMs` after it healed. */
export class Timeline {
  readonly faults: Fault[] = [];
  /** Date.now() when the soak's load began */
  readonly startedAt = Date.now();

  constructor(readonly settleMs: number) {}

  get inProgress(): Fault | undefined {
    return this.faults.find((f) => f.healedAt === undefined);
  }

  private affecting(agent: string) {
    return this.faults.filter((f) => f.scope === 'all' || f.scope === agent);
  }

  /** Whether anything disturbed `agent` at some time in [from, to] (healing included). */
  disturbed(agent: string, from: number, to: number): boolean {
    return this.affecting(agent).some((f) => f.startedAt <= to && (f.healedAt ?? Infinity) + this.settleMs >= from);
  }

  /** The end of the latest disturbance of `agent` (0 if none yet, Infinity while one lasts). */
  settledSince(agent: string): number {
    return Math.max(0, ...this.affecting(agent).map((f) => (f.healedAt ?? Infinity) + this.settleMs));
  }
}

/** Lets the checks run with no fault starting under them. */
export class Gate {
  private held: Promise<unknown> = Promise.resolve();
  private holding = 0;

  /** Runs `work` while no fault may start. */
  hold<T>(work: () => Promise<T>): Promise<T> {
    this.holding++;
    const run = work().finally(() => this.holding--);
    this.held = Promise.all([this.held, run.catch(() => {})]);
    return run;
  }

  async idle(): Promise<void> {
    while (this.holding > 0) await this.held;
  }
}

export interface FaultLoopOptions {
  soak: Soak;
  random: Random;
  timeline: Timeline;
  gate: Gate;
  /** no fault starts after this (Date.now() ms) */
  until: number;
  /** seconds between one fault's healing and the next one's start */
  gapS: readonly [number, number];
  log: (s: string) => void;
}

/** Runs faults until `until`; resolves once the last one has healed. */
export async function runFaults(o: FaultLoopOptions): Promise<void> {
  let bag: FaultKind[] = [];
  await sleep(o.random.between(10, 20) * 1000);
  for (;;) {
    await o.gate.idle();
    if (Date.now() >= o.until) return;
    if (bag.length === 0) bag = o.random.shuffle(faultKinds);
    const kind = bag.pop()!;
    const fault = await inflict(o, kind);
    o.log(`fault ${kind} on ${fault.target}: healed after ${((fault.healedAt! - fault.startedAt) / 1000).toFixed(1)} s${fault.error ? ` (${fault.error})` : ''}`);
    const gap = o.random.between(...o.gapS) * 1000;
    await sleep(Math.min(gap, Math.max(0, o.until - Date.now())));
  }
}

/** One fault, from its start until it has healed (the process or daemon back, the path open again). */
async function inflict({ soak, random, timeline }: FaultLoopOptions, kind: FaultKind): Promise<Fault> {
  const agent = random.pick(soak.agents);
  const node = random.pick(soak.nodes);
  const fault: Fault = {
    kind,
    target: kind === 'kill-enclave' ? node.label : kind === 'restart-postgres' ? 'postgres' : agent.name,
    scope: kind === 'kill-enclave' || kind === 'restart-postgres' ? 'all' : agent.name,
    startedAt: Date.now(),
    detail: '',
  };
  timeline.faults.push(fault);
  try {
    switch (kind) {
      case 'kill-enclave': {
        await node.kill();
        const downS = random.between(2, 6);
        fault.detail = `SIGKILL, started again after ${downS.toFixed(1)} s`;
        await sleep(downS * 1000);
        await startWithRetries(() => node.start());
        break;
      }
      case 'kill-dockerd':
        fault.detail = await killDockerd(agent, random);
        break;
      case 'stop-dockerd': {
        const stoppedS = random.between(5, 20);
        fault.detail = `SIGSTOP for ${stoppedS.toFixed(1)} s`;
        await agent.daemon.kill('SIGSTOP');
        await sleep(stoppedS * 1000);
        await agent.daemon.kill('SIGCONT');
        break;
      }
      case 'cut-events':
        fault.detail = await cutEvents(agent, random);
        break;
      case 'restart-postgres':
        fault.detail = 'pg_ctl restart -m fast';
        await soak.pg.restart();
        break;
    }
  } catch (error) {
    fault.error = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new Error(`fault ${kind} on ${fault.target} could not be healed: ${fault.error}`, { cause: error });
  } finally {
    fault.healedAt = Date.now();
  }
  return fault;
}

async function killDockerd(agent: SoakAgent, random: Random): Promise<string> {
  await agent.daemon.kill('SIGKILL');
  const downS = random.between(1, 5);
  await sleep(downS * 1000);
  await startWithRetries(() => agent.daemon.start());
  return `SIGKILL, started again after ${downS.toFixed(1)} s`;
}

/** Every connection through the agent's proxy cut; half the time the path stays refused for a few seconds. */
async function cutEvents(agent: SoakAgent, random: Random): Promise<string> {
  const open = agent.proxy.openConnections();
  const refuseS = random.chance(0.5) ? random.between(1, 5) : 0;
  if (refuseS > 0) agent.proxy.refuse(true);
  agent.proxy.cut();
  if (refuseS > 0) {
    await sleep(refuseS * 1000);
    agent.proxy.refuse(false);
  }
  return `${open} connections cut${refuseS > 0 ? `, new ones refused for ${refuseS.toFixed(1)} s` : ''}`;
}

/** On a loaded machine a start can fail once (a daemon giving up on its containerd, a slow migration). */
async function startWithRetries(start: () => Promise<void>, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (attempt === attempts) throw error;
      await sleep(2_000);
    }
  }
}

/** Makes sure nothing is left broken (the fault loop heals each fault itself; this is the safety net). */
export async function healAll(soak: Soak): Promise<void> {
  for (const agent of soak.agents) {
    agent.proxy.refuse(false);
    await agent.daemon.kill('SIGCONT');
    if (agent.daemon.pid() === undefined) await startWithRetries(() => agent.daemon.start());
  }
  for (const node of soak.nodes) if (!node.up) await startWithRetries(() => node.start());
}
