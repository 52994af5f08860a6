// The end of a soak: every fault healed, a settle period, the last round of checks on every agent, then every
// session destroyed (from whatever state it is in) until no labelled container is left, and the histories read for
// the subscriber and expiry checks.
import { setTimeout as sleep } from 'node:timers/promises';
import { call, Destroy, Histories, type HistoriesResult } from './api.js';
import { endedStatuses, readContainers, readSessions } from './observe.js';
import type { SessionHistory } from './history.js';
import type { Soak } from './setup.js';

export interface Teardown {
  /** sessions not ended when the destroys began */
  destroyed: number;
  /** destroySession answers other than ok, by outcome */
  refused: Map<string, number>;
  /** still not ended / containers left, after waiting */
  leftActive: number;
  leftContainers: number;
  details: string[];
}

/** destroySession on every session not ended (retrying what the transport or an outage refused), then waits for none to be left. */
export async function destroyEverything(soak: Soak, waitMs: number): Promise<Teardown> {
  const url = soak.nodes[0]!.url;
  const active = [...(await readSessions(soak.db)).values()].filter((s) => !endedStatuses.includes(s.status));
  const refused = new Map<string, number>();
  for (const session of active) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const answer = await call(url, soak.token, Destroy, { id: session.id });
      if (answer.ok) break;
      refused.set(answer.outcome, (refused.get(answer.outcome) ?? 0) + 1);
      await sleep(1_000);
    }
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    const left = await leftovers(soak);
    if ((left.active.length === 0 && left.containers.length === 0) || Date.now() > deadline)
      return {
        destroyed: active.length,
        refused,
        leftActive: left.active.length,
        leftContainers: left.containers.length,
        details: [...left.active, ...left.containers],
      };
    await sleep(1_000);
  }
}

async function leftovers(soak: Soak) {
  const sessions = [...(await readSessions(soak.db)).values()];
  const active = sessions.filter((s) => !endedStatuses.includes(s.status)).map((s) => `session ${s.id} still ${s.status} (${s.statusReason ?? ''})`);
  const containers: string[] = [];
  for (const agent of soak.agents) {
    const list = await readContainers(agent);
    if (!list) containers.push(`${agent.name} does not answer`);
    else containers.push(...list.map((c) => `container ${c.name} (${c.state}) left on ${agent.name}`));
  }
  return { active, containers };
}

/** Every session's Session.history, from the first process that answers. */
export async function readHistories(soak: Soak): Promise<SessionHistory[]> {
  for (let attempt = 1; ; attempt++) {
    for (const node of soak.nodes) {
      const answer = await call<HistoriesResult>(node.url, soak.token, Histories, undefined, 60_000);
      if (answer.ok) return answer.data.sessions.map((s) => ({ id: s.id, workspaceId: s.workspace.id, history: s.history }));
      if (attempt === 5) throw new Error(`could not read the histories: ${answer.outcome}: ${answer.message}`);
    }
    await sleep(2_000);
  }
}
