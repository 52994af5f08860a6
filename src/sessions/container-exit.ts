import type { SessionStatus } from '../db/schema.js';

/** How a session's container ended: its exit code (null when unknown) and whether the kernel killed it for memory. */
export interface ContainerExit {
  code: number | null;
  oom: boolean;
}

/**
 * What a container's end means for its session: a clean exit 0 is STOPPED, anything else FAILED, with the reason a
 * person reads. `null` is a container that is gone without a trace (removed behind Enclave's back).
 */
export function exitOutcome(exit: ContainerExit | null): { status: Extract<SessionStatus, 'STOPPED' | 'FAILED'>; reason: string } {
  if (!exit) return { status: 'FAILED', reason: 'container vanished' };
  if (exit.oom) return { status: 'FAILED', reason: 'killed: out of memory' };
  if (exit.code === 0) return { status: 'STOPPED', reason: 'container exited with code 0' };
  return { status: 'FAILED', reason: `container exited with code ${exit.code}${exit.code === 137 ? ' (killed)' : ''}` };
}
