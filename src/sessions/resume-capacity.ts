import type { SessionRow } from '../db/schema.js';
import type { PlacementAgent } from './placement.js';

/**
 * Why a session cannot come back on its agent now (empty: it can). A PAUSED session still holds its memory, its GPUs
 * and its place, so only its cores must be free again; a SUSPENDED one holds nothing, so everything must, and a
 * drained or offline agent takes it back no more than it takes a new session. Pure.
 */
export function resumeRefusals(agent: PlacementAgent, session: Pick<SessionRow, 'status' | 'cores' | 'memoryMb' | 'gpus'>): string[] {
  const reasons: string[] = [];
  const suspended = session.status === 'SUSPENDED';
  if (agent.status !== 'ONLINE') reasons.push(`agent ${agent.name} is OFFLINE`);
  if (suspended && !agent.enabled) reasons.push(`agent ${agent.name} is drained`);
  if (agent.usedCores + session.cores > agent.cores)
    reasons.push(
      `not enough CPU on agent ${agent.name}: ${round(agent.cores - agent.usedCores)} of ${round(agent.cores)} cores free, ${session.cores} needed`,
    );
  if (suspended && agent.usedMemoryMb + session.memoryMb > agent.memoryMb)
    reasons.push(
      `not enough memory on agent ${agent.name}: ${agent.memoryMb - agent.usedMemoryMb} of ${agent.memoryMb} MB free, ${session.memoryMb} needed`,
    );
  if (suspended && session.gpus > 0 && agent.usedGpus + session.gpus > agent.gpus)
    reasons.push(`not enough GPUs on agent ${agent.name}: ${Math.max(0, agent.gpus - agent.usedGpus)} of ${agent.gpus} free, ${session.gpus} needed`);
  if (suspended && agent.maxSessions !== null && agent.sessionCount >= agent.maxSessions)
    reasons.push(`agent ${agent.name} is at its limit of ${agent.maxSessions} session(s)`);
  return reasons;
}

const round = (n: number) => Math.round(n * 100) / 100;
