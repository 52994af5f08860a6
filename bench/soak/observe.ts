// What the checks look at, read from outside Enclave: the sessions as the database holds them (a read-only
// connection of the soak's own) and the session containers as each daemon lists them (its own socket, not the proxy).
import type postgres from 'postgres';
import { engine } from '../harness.js';
import type { SessionStatus } from './api.js';
import type { SoakAgent } from './setup.js';

export const label = 'io.enclave.session';
export const endedStatuses: readonly SessionStatus[] = ['STOPPED', 'FAILED'];
export const transitionalStatuses: readonly SessionStatus[] = ['REQUESTED', 'PROVISIONING', 'STARTING', 'STOPPING'];
/** What holds an agent's cores (and memory), and what holds its memory and a place under maxSessions. */
export const coreHolding: readonly SessionStatus[] = ['REQUESTED', 'PROVISIONING', 'STARTING', 'RUNNING'];
export const memoryHolding: readonly SessionStatus[] = [...coreHolding, 'PAUSED'];
/** The container state each settled status must have. */
export const containerStateOf: Partial<Record<SessionStatus, string>> = { RUNNING: 'running', PAUSED: 'paused', SUSPENDED: 'exited' };

export interface SessionRow {
  id: string;
  status: SessionStatus;
  agentId: string | null;
  /** ms */
  updatedAt: number;
  /** ms, or null when no rule acts */
  expiresAt: number | null;
  statusReason: string | null;
}

export interface Container {
  id: string;
  name: string;
  state: string;
  sessionId: string;
}

export async function readSessions(db: postgres.Sql): Promise<Map<string, SessionRow>> {
  const rows = await db<{ id: string; status: SessionStatus; agent_id: string | null; updated_at: Date; expires_at: Date | null; status_reason: string | null }[]>`
    select id, status, agent_id, updated_at, expires_at, status_reason from sessions`;
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, status: r.status, agentId: r.agent_id, updatedAt: r.updated_at.getTime(), expiresAt: r.expires_at?.getTime() ?? null, statusReason: r.status_reason },
    ]),
  );
}

/** The agent's labelled containers, or undefined when its daemon does not answer within 5 s. */
export async function readContainers(agent: SoakAgent): Promise<Container[] | undefined> {
  const filters = encodeURIComponent(JSON.stringify({ label: [label] }));
  try {
    const { status, text } = await engine(agent.daemon.socketPath, 'GET', `/containers/json?all=1&filters=${filters}`, undefined, 5_000);
    if (status !== 200) return undefined;
    const list = JSON.parse(text) as { Id: string; Names?: string[]; State: string; Labels?: Record<string, string> }[];
    return list.map((c) => ({ id: c.Id, name: (c.Names?.[0] ?? '').replace(/^\//, ''), state: c.State, sessionId: c.Labels?.[label] ?? '' }));
  } catch {
    return undefined;
  }
}

export interface UsageRow {
  agentId: string;
  name: string;
  cores: number;
  memoryMb: number;
  maxSessions: number | null;
  usedCores: number;
  usedMemoryMb: number;
  sessionCount: number;
}

/**
 * Per agent, what its sessions hold by the soak's own rule (PAUSED: memory and a place; SUSPENDED: nothing; STOPPING:
 * what it held in the status before, read from its history, not from Enclave's previous_status).
 */
export async function readUsage(db: postgres.Sql): Promise<UsageRow[]> {
  const rows = await db<
    { id: string; name: string; cores: number; memory_mb: number; max_sessions: number | null; used_cores: number; used_memory_mb: number; session_count: number }[]
  >`
    select a.id, a.name, coalesce(a.cores_override, a.daemon_cores)::float8 as cores,
           coalesce(a.memory_mb_override, a.daemon_memory_mb)::int as memory_mb, a.max_sessions,
           coalesce(sum(s.cores) filter (where s.held in ${db([...coreHolding])}), 0)::float8 as used_cores,
           coalesce(sum(s.memory_mb) filter (where s.held in ${db([...memoryHolding])}), 0)::int as used_memory_mb,
           (count(s.id) filter (where s.held in ${db([...memoryHolding])}))::int as session_count
    from agents a left join (
      select s.agent_id, s.id, s.cores, s.memory_mb,
             case when s.status = 'STOPPING' then (
               select t.status from session_transitions t
               where t.session_id = s.id and t.kind = 'status' and t.status <> 'STOPPING' order by t.id desc limit 1
             ) else s.status end as held
      from sessions s where s.status not in ('STOPPED', 'FAILED')
    ) s on s.agent_id = a.id
    group by a.id`;
  return rows.map((r) => ({
    agentId: r.id,
    name: r.name,
    cores: Number(r.cores),
    memoryMb: Number(r.memory_mb),
    maxSessions: r.max_sessions,
    usedCores: Number(r.used_cores),
    usedMemoryMb: Number(r.used_memory_mb),
    sessionCount: Number(r.session_count),
  }));
}

/** A session's history as the database holds it, one line, for a violation's detail. */
export async function historyLine(db: postgres.Sql, sessionId: string): Promise<string> {
  try {
    const rows = await db<{ status: string; reason: string | null; at: Date }[]>`
      select status, reason, at from session_transitions where session_id = ${sessionId} and kind = 'status' order by id`;
    return rows.map((r) => `${r.at.toISOString().slice(11, 23)} ${r.status}${r.reason ? ` (${r.reason})` : ''}`).join(' > ');
  } catch (error) {
    return `(history unreadable: ${(error as Error).message})`;
  }
}
