// Resuming: a PAUSED session unpaused, a SUSPENDED one started again, each with its capacity taken back under its
// agent's row lock (lifecycle.ts decides who may, and on which session).
import { eq } from 'drizzle-orm';
import type { Viewer } from '../auth/auth.service.js';
import type { Db } from '../db/client.js';
import { agents, type SessionRow } from '../db/schema.js';
import { AppError, ErrorCode } from '../errors.js';
import { loadFleetAgents } from '../fleet/fleet.repository.js';
import { resuming, type Acting, type LifecycleDeps } from './lifecycle.js';
import { resumeRefusals } from './resume-capacity.js';

/** Cores are taken again (a PAUSED session kept its memory), checked on the agent's locked row, then unpaused. */
export function resumePaused({ transitions }: LifecycleDeps, acting: Acting, session: SessionRow, viewer: Viewer) {
  return transitions.moveLocked(session.id, {
    from: ['PAUSED'],
    to: 'RUNNING',
    reason: () => `resumed by ${viewer.owner}`,
    effect: async (locked, tx) => {
      await reserve(tx, locked);
      await acting('resume', (client, container) => client.unpauseContainer(container));
    },
  });
}

/**
 * SUSPENDED -> STARTING with its capacity reserved under the agent's lock (NO_CAPACITY leaves it SUSPENDED), then
 * the container is started -> RUNNING. If it cannot start, it goes back to SUSPENDED (or FAILED when its container
 * is gone) and the person is told why.
 */
export async function resumeSuspended({ transitions, runner, instanceId }: LifecycleDeps, acting: Acting, session: SessionRow, viewer: Viewer) {
  const starting = await transitions.moveLocked(session.id, {
    from: ['SUSPENDED'],
    to: 'STARTING',
    reason: () => resuming,
    effect: (locked, tx) => reserve(tx, locked),
    patch: { launchedBy: instanceId },
  });
  if (!starting) return undefined;
  return runner.track(session.id, async () => {
    try {
      await acting('resume', (client, container) => client.startContainer(container));
    } catch (error) {
      const gone = error instanceof AppError && /container is gone/.test(error.message);
      await transitions.move(
        session.id,
        ['STARTING'],
        gone ? 'FAILED' : 'SUSPENDED',
        gone ? 'its container is gone (removed while suspended)' : `could not resume: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    }
    return (await transitions.move(session.id, ['STARTING'], 'RUNNING', `resumed by ${viewer.owner}`)) ?? undefined;
  });
}

/** NO_CAPACITY unless the session's agent can take it back now (the agent's row is locked until the move commits). */
async function reserve(tx: Db, session: SessionRow) {
  const locked = session.agentId ? await tx.select().from(agents).where(eq(agents.id, session.agentId)).for('update') : [];
  const [agent] = await loadFleetAgents(tx, locked);
  if (!agent) throw new AppError(ErrorCode.CONFLICT, `Session ${session.id} has no agent any more (it was removed); destroy it.`);
  const reasons = resumeRefusals(agent, session);
  if (reasons.length > 0)
    throw new AppError(
      ErrorCode.NO_CAPACITY,
      `Session ${session.id} cannot be resumed now: ${reasons.join('; ')}. It stays ${session.status}; try again later.`,
      {
        reasons: [{ agentId: agent.id, agent: agent.name, reasons }],
      },
    );
}
