// The invariants checked while the soak runs and at its end, on agents that have had time to settle since the last
// fault that touched them: (1) no labelled container without an active session, (2) no active session without its
// container, in the state its status says, (3) no session in a transitional status for more than 30 s, (6b) no
// deadline passed long ago on a RUNNING session. A suspect must be seen twice, a few seconds apart, with nothing
// about it changed, before it counts: a check reads the database and the daemons one after the other, and an action
// in between would otherwise look like a violation.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Gate, Timeline } from './faults.js';
import type { Violation } from './load.js';
import {
  containerStateOf,
  endedStatuses,
  historyLine,
  readContainers,
  readSessions,
  transitionalStatuses,
  type Container,
  type SessionRow,
} from './observe.js';
import type { Soak, SoakAgent } from './setup.js';

export const stateKinds = ['orphan container', 'missing container', 'container state', 'stuck', 'missed expiry'] as const;
export type StateKind = (typeof stateKinds)[number];

/** How long a session may stay REQUESTED, PROVISIONING, STARTING or STOPPING on a healthy agent. */
export const STUCK_MS = 30_000;
/** How long after its deadline a RUNNING session on a healthy agent must have been acted on. */
export const EXPIRY_MARGIN_MS = 20_000;
const CONFIRM_AFTER_MS = 3_000;

interface Suspect {
  key: string;
  kind: StateKind;
  agent: string;
  sessionId: string;
  detail: string;
}

interface Observation {
  /** ms, when the daemons were read */
  at: number;
  before: Map<string, SessionRow>;
  after: Map<string, SessionRow>;
  containers: Map<string, Container[]>;
}

export class StateChecks {
  /** check rounds run, and agent-checks within them */
  rounds = 0;
  agentChecks = 0;
  /** rounds skipped because no agent had settled */
  skipped = 0;
  readonly found = new Map<StateKind, Map<string, Violation>>(stateKinds.map((k) => [k, new Map()]));

  constructor(
    private readonly soak: Soak,
    private readonly timeline: Timeline,
    private readonly gate: Gate,
  ) {}

  get violations(): Violation[] {
    return [...this.found.values()].flatMap((m) => [...m.values()]);
  }

  /** A round every `everyMs` until `until`, on the agents settled at the time (none: skipped). */
  async runPeriodic(until: number, everyMs: number): Promise<void> {
    while (Date.now() < until) {
      await sleep(Math.min(everyMs, Math.max(0, until - Date.now())));
      if (Date.now() >= until) return;
      const settled = this.soak.agents.filter((a) => Date.now() >= this.timeline.settledSince(a.name));
      if (settled.length === 0 || this.timeline.inProgress) this.skipped++;
      else await this.gate.hold(() => this.round(settled));
    }
  }

  /** One round on `agents`: observe, and confirm each suspect by a second look. */
  async round(agents: readonly SoakAgent[]): Promise<void> {
    const first = await this.observe(agents);
    if (!first) return;
    const suspects = this.suspects(first, agents);
    this.rounds++;
    this.agentChecks += [...first.containers.keys()].length;
    if (suspects.length === 0) return;
    await sleep(CONFIRM_AFTER_MS);
    const second = await this.observe(agents);
    if (!second) return;
    const again = new Set(this.suspects(second, agents).map((s) => s.key));
    for (const suspect of suspects.filter((s) => again.has(s.key))) {
      const seen = this.found.get(suspect.kind)!;
      if (seen.has(suspect.key)) continue;
      const history = suspect.sessionId ? await historyLine(this.soak.db, suspect.sessionId) : '';
      seen.set(suspect.key, { at: Date.now(), what: suspect.kind, detail: `${suspect.detail} on ${suspect.agent}${history && `; history: ${history}`}` });
      process.stderr.write(`[soak] VIOLATION ${suspect.kind}: ${suspect.detail} on ${suspect.agent}; history: ${history}\n`);
    }
  }

  /** The database, then each daemon, then the database again; undefined when the database does not answer. */
  private async observe(agents: readonly SoakAgent[]): Promise<Observation | undefined> {
    try {
      const before = await readSessions(this.soak.db);
      const containers = new Map<string, Container[]>();
      for (const agent of agents) {
        const list = await readContainers(agent);
        if (list) containers.set(agent.name, list);
      }
      const at = Date.now();
      return { at, before, after: await readSessions(this.soak.db), containers };
    } catch {
      return undefined;
    }
  }

  private suspects(o: Observation, agents: readonly SoakAgent[]): Suspect[] {
    const found: Suspect[] = [];
    for (const agent of agents) {
      const containers = o.containers.get(agent.name);
      if (!containers) continue;
      found.push(...containerSuspects(o, agent, containers));
      for (const session of o.after.values()) {
        if (session.agentId !== agent.id) continue;
        found.push(...sessionSuspects(o, agent, session, containers, this.timeline));
      }
    }
    return found;
  }
}

/** (1) Containers whose session has ended, or that no session owns. */
function containerSuspects(o: Observation, agent: SoakAgent, containers: Container[]): Suspect[] {
  return containers.flatMap((c) => {
    const session = o.after.get(c.sessionId);
    if (session && !endedStatuses.includes(session.status)) return [];
    return [
      {
        key: `orphan|${c.id}`,
        kind: 'orphan container' as const,
        agent: agent.name,
        sessionId: session?.id ?? '',
        detail: `container ${c.name} (${c.state}) of ${session ? `a ${session.status} session` : 'no session'}`,
      },
    ];
  });
}

/** (2), (3) and (6b) for one session of the agent. */
function sessionSuspects(o: Observation, agent: SoakAgent, session: SessionRow, containers: Container[], timeline: Timeline): Suspect[] {
  const found: Suspect[] = [];
  const suspect = (kind: StateKind, key: string, detail: string) =>
    found.push({ key: `${kind}|${session.id}|${key}`, kind, agent: agent.name, sessionId: session.id, detail: `session ${session.id}: ${detail}` });
  // Unchanged while the daemon was read: its status and the container's state were seen at the same time.
  const stable = o.before.get(session.id)?.updatedAt === session.updatedAt;
  const wanted = containerStateOf[session.status];
  const container = containers.find((c) => c.sessionId === session.id);
  if (stable && wanted && !container) suspect('missing container', String(session.updatedAt), `${session.status} without its container`);
  if (stable && wanted && container && container.state !== wanted)
    suspect('container state', `${session.updatedAt}|${container.state}`, `${session.status} but its container is ${container.state}`);
  if (transitionalStatuses.includes(session.status) && o.at - session.updatedAt > STUCK_MS)
    suspect('stuck', String(session.updatedAt), `${session.status} for ${((o.at - session.updatedAt) / 1000).toFixed(0)} s (${session.statusReason ?? 'no reason'})`);
  const deadline = session.expiresAt;
  if (session.status === 'RUNNING' && deadline !== null && o.at - deadline > EXPIRY_MARGIN_MS && !timeline.disturbed(agent.name, deadline - 1_000, o.at))
    suspect('missed expiry', String(deadline), `RUNNING ${((o.at - deadline) / 1000).toFixed(0)} s past its deadline ${new Date(deadline).toISOString()}`);
  return found;
}
