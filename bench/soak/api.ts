// The soak's GraphQL: the operations it sends and how each answer is classed. The new lifecycle operations are plain
// strings with their result types written here rather than `graphql()` documents, so that the soak needs no run of
// codegen over test/__generated__ (shared with everyone's tests) to work.
import type { SessionStatus } from '../../test/__generated__/graphql.js';
import { postGraphQLRaw, type GraphQLResponse } from '../../test/harness/graphql.js';

export type { SessionStatus };

/** What a lifecycle mutation answers with. */
export interface SessionAnswer {
  id: string;
  status: SessionStatus;
  expiresAt: string | null;
}

const session = 'id status expiresAt';
export const Launch = `mutation SoakLaunch($workspaceId: ID!) { launchSession(input: { workspaceId: $workspaceId }) { ${session} } }`;
export const Destroy = `mutation SoakDestroy($id: ID!) { destroySession(id: $id) { ${session} } }`;
export const Pause = `mutation SoakPause($id: ID!) { pauseSession(id: $id) { ${session} } }`;
export const Suspend = `mutation SoakSuspend($id: ID!) { suspendSession(id: $id) { ${session} } }`;
export const Resume = `mutation SoakResume($id: ID!) { resumeSession(id: $id) { ${session} } }`;
export const Keepalive = `mutation SoakKeepalive($id: ID!) { keepaliveSession(id: $id) { ${session} } }`;

/** Sessions not ended, for the load's choice of targets. */
export const ActiveSessions = `query SoakActiveSessions {
  sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, SUSPENDED, STOPPING]) { id status workspace { id } }
}`;
export interface ActiveSessionsResult {
  sessions: { id: string; status: SessionStatus; workspace: { id: string } }[];
}

export const AgentCapacities = `query SoakAgentCapacities {
  agents { id name status capacity { cores memoryMb maxSessions usedCores usedMemoryMb sessionCount } }
}`;
export interface AgentCapacity {
  cores: number;
  memoryMb: number;
  maxSessions: number | null;
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
}
export interface AgentCapacitiesResult {
  agents: { id: string; name: string; status: string; capacity: AgentCapacity }[];
}

export interface HistoryRow {
  status: SessionStatus;
  reason: string | null;
  at: string;
}
export const Histories = `query SoakHistories { sessions { id status workspace { id } history { status reason at } } }`;
export interface HistoriesResult {
  sessions: { id: string; status: SessionStatus; workspace: { id: string }; history: HistoryRow[] }[];
}

export const StatusChanges = `subscription SoakStatusChanges { sessionStatusChanged { id status updatedAt } }`;
export interface StatusChange {
  id: string;
  status: SessionStatus;
  updatedAt: string;
}

/** Error codes that are a right answer to some request of a random mix under faults. */
export const legitimateCodes = new Set([
  'NO_CAPACITY',
  'SESSION_NOT_RUNNING',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'AGENT_UNREACHABLE',
  'LIMIT_EXCEEDED',
]);
/** What the transport can answer while a process is down or being killed. */
export const transportOutcomes = new Set(['connection refused', 'connection lost', 'timeout']);

export type Outcome<T> = { ok: true; data: T; outcome: 'ok' } | { ok: false; outcome: string; message: string };

/**
 * Sends one operation; the outcome is 'ok', the error code of the first error ('uncoded' when it has none), or what
 * the transport said ('connection refused', 'connection lost', 'timeout', 'unparsable answer').
 */
export async function call<T>(url: string, token: string, document: string, variables?: Record<string, unknown>, timeoutMs = 30_000): Promise<Outcome<T>> {
  let body: GraphQLResponse<T>;
  try {
    body = (await postGraphQLRaw(url, document, variables, { token, timeoutMs })).body as GraphQLResponse<T>;
  } catch (error) {
    return { ok: false, outcome: transportOutcome(error), message: describe(error) };
  }
  const first = body.errors?.[0];
  if (first) return { ok: false, outcome: first.extensions?.code ?? 'uncoded', message: first.message };
  if (body.data === undefined || body.data === null) return { ok: false, outcome: 'uncoded', message: 'an answer without data or errors' };
  return { ok: true, data: body.data, outcome: 'ok' };
}

/** Like call, but the data or a thrown error (for set-up and the checks, where any failure is the soak's). */
export async function must<T>(url: string, token: string, document: string, variables?: Record<string, unknown>): Promise<T> {
  const answer = await call<T>(url, token, document, variables);
  if (!answer.ok) throw new Error(`${document.slice(0, 60)}…: ${answer.outcome}: ${answer.message}`);
  return answer.data;
}

function transportOutcome(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  if (error instanceof SyntaxError) return 'unparsable answer';
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return 'connection refused';
  return 'connection lost';
}

function causeCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

const describe = (error: unknown) => {
  const code = causeCode(error);
  return `${error instanceof Error ? error.message : String(error)}${code ? ` (${code})` : ''}`;
};
