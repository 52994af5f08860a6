import type { AgentRow, NetworkRow, SessionRow, WorkspaceRow } from '../db/schema.js';

/** The topics of Enclave's event bus and what their events carry: rows, as committed. */
export interface EventMap {
  networkDiscovered: NetworkRow;
  networkRemoved: NetworkRow;
  agentStatusChanged: AgentRow;
  agentRemoved: { id: string };
  /** An API key was revoked: what it opened (session connections) closes, in every process. */
  apiKeyRevoked: { id: string };
  /** A browser signed out: what it opened closes with it, in every process. */
  signInRevoked: { id: string };
  /** A user was changed (role, groups, password, disabled) or deleted: what their credentials stand for is read again. */
  userChanged: { id: string };
  /** A group was renamed, re-limited or deleted: its members' entitlements are read again. */
  groupChanged: { id: string };
  workspaceChanged: WorkspaceRow;
  /** `transitionId` orders a session's events (session_transitions.id). */
  sessionStatusChanged: { session: SessionRow; transitionId: number };
}
export type Topic = keyof EventMap;
