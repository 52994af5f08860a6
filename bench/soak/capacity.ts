// (4) Capacity never overbooked, sampled all along, faults or not: per agent, the cores of core-holding sessions, the
// memory and the number of memory-holding ones (PAUSED included, SUSPENDED not) within the agent's capacity, as the
// database holds it (the soak's own sum over the sessions table) and as each Enclave process answers Agent.capacity.
import { setTimeout as sleep } from 'node:timers/promises';
import { AgentCapacities, call, type AgentCapacitiesResult } from './api.js';
import type { Violation } from './load.js';
import { coreHolding, historyLine, memoryHolding, readUsage } from './observe.js';
import type { Soak } from './setup.js';

interface Used {
  cores: number;
  memoryMb: number;
  maxSessions: number | null;
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
}

/** What is over, e.g. "cores 2.5 > 2"; empty when nothing is. */
function overbooked(u: Used): string[] {
  const over: string[] = [];
  if (u.usedCores > u.cores + 1e-6) over.push(`cores ${u.usedCores} > ${u.cores}`);
  if (u.usedMemoryMb > u.memoryMb) over.push(`memory ${u.usedMemoryMb} MB > ${u.memoryMb} MB`);
  if (u.maxSessions !== null && u.sessionCount > u.maxSessions) over.push(`sessions ${u.sessionCount} > ${u.maxSessions}`);
  return over;
}

export class CapacityChecks {
  /** samples taken per view, each covering every agent */
  dbSamples = 0;
  apiSamples = 0;
  readonly violations: Violation[] = [];
  /** samples (of one agent in one view) that showed it overbooked */
  samplesOver = 0;
  private readonly ongoing = new Set<string>();
  /** the highest use seen in the database's view, per resource, as a share of the capacity */
  readonly peak = { cores: 0, memory: 0, sessions: 0 };

  constructor(private readonly soak: Soak) {}

  /** Samples every `everyMs` until `until` (the database each time, the processes every other time). */
  async run(until: number, everyMs: number): Promise<void> {
    for (let i = 0; Date.now() < until; i++) {
      await this.sampleDb();
      if (i % 2 === 0) await this.sampleApi();
      await sleep(everyMs);
    }
  }

  async sampleDb(): Promise<void> {
    let rows;
    try {
      rows = await readUsage(this.soak.db);
    } catch {
      return; // Postgres restarting
    }
    this.dbSamples++;
    for (const row of rows) {
      this.peak.cores = Math.max(this.peak.cores, row.usedCores / row.cores);
      this.peak.memory = Math.max(this.peak.memory, row.usedMemoryMb / row.memoryMb);
      if (row.maxSessions) this.peak.sessions = Math.max(this.peak.sessions, row.sessionCount / row.maxSessions);
      const over = overbooked(row);
      this.note('database', row.name, over, over.length > 0 && !this.ongoing.has(`database|${row.name}`) ? await this.holders(row.agentId) : '');
    }
  }

  /** The sessions that hold the agent's capacity, with their histories: what a violation's report needs. */
  private async holders(agentId: string): Promise<string> {
    try {
      const rows = await this.soak.db<{ id: string; status: string }[]>`
        select id, status from sessions where agent_id = ${agentId} and status in ${this.soak.db([...memoryHolding, 'STOPPING'])} order by updated_at desc`;
      const lines = await Promise.all(
        rows.map(async (r) => `${r.id} ${r.status}${coreHolding.includes(r.status as never) ? ' (cores)' : ''}: ${await historyLine(this.soak.db, r.id)}`),
      );
      return `; holders: ${lines.join(' || ')}`;
    } catch (error) {
      return `; holders unreadable (${(error as Error).message})`;
    }
  }

  async sampleApi(): Promise<void> {
    for (const node of this.soak.nodes.filter((n) => n.up)) {
      const answer = await call<AgentCapacitiesResult>(node.url, this.soak.token, AgentCapacities, undefined, 10_000);
      if (!answer.ok) continue;
      this.apiSamples++;
      for (const agent of answer.data.agents) this.note(`Enclave ${node.label}`, agent.name, overbooked(agent.capacity));
    }
  }

  /** One violation per episode: from the first sample that shows an agent overbooked in a view until one that does not. */
  private note(view: string, agent: string, over: string[], holders = '') {
    const key = `${view}|${agent}`;
    if (over.length === 0) return void this.ongoing.delete(key);
    this.samplesOver++;
    if (this.ongoing.has(key)) return;
    this.ongoing.add(key);
    const detail = `${agent} overbooked in the ${view}'s view at ${new Date().toISOString()}: ${over.join(', ')}${holders}`;
    this.violations.push({ at: Date.now(), what: 'overbooked', detail });
    process.stderr.write(`[soak] VIOLATION ${detail}\n`);
  }
}
