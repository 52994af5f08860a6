import { and, eq, getTableColumns, inArray, isNotNull, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { agents, networks, type AgentRow, type NetworkRow } from '../db/schema.js';
import type { DockerNetwork } from '../docker/networks.js';
import { DockerApiError, DockerUnreachableError } from '../docker/errors.js';
import type { DockerRegistry } from '../docker/registry.js';
import { AppError, ErrorCode, notFound } from '../errors.js';
import type { EventBus } from '../events/bus.js';
import { assertId, networkNamePattern, validateNetworkName } from '../ids.js';
import { networkWarnings } from './warnings.js';


export interface CreateNetworkInput {
  name: string;
  driver?: string | null | undefined;
  zone?: string | null | undefined;
  agentIds?: readonly string[] | null | undefined;
  internal?: boolean | null | undefined;
  options?: readonly { key: string; value: string }[] | null | undefined;
}

export interface NetworksServiceDeps {
  db: Db;
  events: EventBus;
  docker: DockerRegistry;
  defaultNetwork: string;
}

export type NetworksService = ReturnType<typeof createNetworksService>;

export function createNetworksService({ db, events, docker, defaultNetwork }: NetworksServiceDeps) {
  /**
   * Stores networks seen on an agent. Publishes networkDiscovered for each one that is new (or had been marked
   * removed); the database decides which, so two writers recording the same network publish it once.
   */
  async function record(agentId: string, seen: readonly DockerNetwork[]): Promise<NetworkRow[]> {
    if (seen.length === 0) return [];
    const { rows, discovered } = await db.transaction(async (tx) => {
      const revived = await tx
        .select({ dockerId: networks.dockerId })
        .from(networks)
        .where(
          and(
            eq(networks.agentId, agentId),
            isNotNull(networks.removedAt),
            inArray(
              networks.dockerId,
              seen.map((n) => n.dockerId),
            ),
          ),
        );
      const rows = await tx
        .insert(networks)
        .values(seen.map((n) => ({ agentId, ...n })))
        .onConflictDoUpdate({
          target: [networks.agentId, networks.dockerId],
          set: {
            name: sql`excluded.name`,
            driver: sql`excluded.driver`,
            internal: sql`excluded.internal`,
            subnets: sql`excluded.subnets`,
            lastSeenAt: sql`now()`,
            removedAt: null,
          },
        })
        // xmax is 0 only on a row this statement inserted (rather than updated).
        .returning({ ...getTableColumns(networks), inserted: sql<boolean>`(xmax = 0)` });
      const revivedIds = new Set(revived.map((r) => r.dockerId));
      return {
        rows: rows.map(({ inserted, ...row }) => row),
        discovered: rows.filter((r) => r.inserted || revivedIds.has(r.dockerId)).map(({ inserted, ...row }) => row),
      };
    });
    for (const row of discovered) events.publish('networkDiscovered', row);
    return rows;
  }

  /** Marks networks of an agent removed, those with the given Docker ids or (`except`) all but those. */
  async function markRemoved(agentId: string, which: { only: string[] } | { except: string[] }): Promise<NetworkRow[]> {
    const ids = 'only' in which ? which.only : which.except;
    if ('only' in which && ids.length === 0) return [];
    const match =
      'only' in which
        ? inArray(networks.dockerId, ids)
        : ids.length > 0
          ? notInArray(networks.dockerId, ids)
          : undefined;
    const removed = await db
      .update(networks)
      .set({ removedAt: sql`now()` })
      .where(and(eq(networks.agentId, agentId), isNull(networks.removedAt), match))
      .returning();
    for (const row of removed) events.publish('networkRemoved', row);
    return removed;
  }

  return {
    record,
    markRemoved,

    /** Makes the stored networks of an agent match a full listing of its daemon. */
    async sync(agentId: string, listed: readonly DockerNetwork[]): Promise<void> {
      await record(agentId, listed);
      await markRemoved(agentId, { except: listed.map((n) => n.dockerId) });
    },

    warnings: (network: Pick<NetworkRow, 'name'>) => networkWarnings(network.name, defaultNetwork),

    async list(filter: { agentId?: string | null; name?: string | null; includeRemoved?: boolean | null }) {
      if (filter.agentId) assertId(filter.agentId, 'agent');
      const where: (SQL | undefined)[] = [
        filter.agentId ? eq(networks.agentId, filter.agentId) : undefined,
        filter.name ? eq(networks.name, filter.name) : undefined,
        filter.includeRemoved ? undefined : isNull(networks.removedAt),
      ];
      return db
        .select()
        .from(networks)
        .where(and(...where))
        .orderBy(networks.name, networks.agentId);
    },

    /**
     * Creates a network on every target agent, as an admin would by SSH on each. All or nothing: when one agent
     * fails, the networks this call made on the others are removed again.
     */
    async create(input: CreateNetworkInput): Promise<NetworkRow[]> {
      const name = input.name.trim();
      const driver = (input.driver ?? 'bridge').trim();
      validateNetworkName(name);
      if (!networkNamePattern.test(driver) || driver.length > 64)
        throw new AppError(ErrorCode.BAD_USER_INPUT, `"${driver}" is not a Docker network driver name (e.g. bridge, macvlan, ipvlan).`);
      const options = Object.fromEntries((input.options ?? []).map((o) => [o.key, o.value]));
      const targets = await targetAgents(input);

      const existing = await db
        .select()
        .from(networks)
        .where(
          and(
            inArray(
              networks.agentId,
              targets.map((a) => a.id),
            ),
            eq(networks.name, name),
            isNull(networks.removedAt),
          ),
        );

      type Outcome = {
        agent: AgentRow;
        network?: NetworkRow;
        created?: boolean;
        failure?: { code: ErrorCode; message: string } | undefined;
        error?: unknown;
      };
      const outcomes: Outcome[] = await Promise.all(
        targets.map(async (agent): Promise<Outcome> => {
          const already = existing.find((n) => n.agentId === agent.id);
          if (already) {
            return already.driver === driver
              ? { agent, network: already, created: false }
              : { agent, failure: { code: ErrorCode.CONFLICT, message: `a "${name}" network with driver ${already.driver} already exists there` } };
          }
          if (agent.status !== 'ONLINE')
            return { agent, failure: { code: ErrorCode.AGENT_UNREACHABLE, message: 'the agent is OFFLINE' } };
          try {
            const made = await docker.clientFor(agent).createNetwork({
              name,
              driver,
              internal: input.internal ?? false,
              options,
              labels: { 'io.enclave.managed': 'true' },
            });
            const [network] = await record(agent.id, [made]);
            return { agent, network: network!, created: true };
          } catch (error) {
            return { agent, failure: describeFailure(error), error };
          }
        }),
      );

      const failures = outcomes.filter((o) => o.failure);
      if (failures.length === 0) return outcomes.map((o) => o.network!);

      await Promise.all(
        outcomes
          .filter((o) => o.created && o.network)
          .map(async ({ agent, network }) => {
            await docker.clientFor(agent).removeNetwork(network!.dockerId).catch(() => {});
            await markRemoved(agent.id, { only: [network!.dockerId] });
          }),
      );
      const unexpected = failures.find((o) => o.failure!.code === ErrorCode.INTERNAL_SERVER_ERROR);
      if (unexpected) throw unexpected.error;
      const details = failures.map((o) => ({ agentId: o.agent.id, agent: o.agent.name, ...o.failure! }));
      throw new AppError(
        failures[0]!.failure!.code,
        `Could not create network "${name}" on ${failures.length} of ${targets.length} agent(s), so it was created on none: ` +
          details.map((d) => `${d.agent}: ${d.message}`).join('; ') +
          '. Fix these agents or leave them out with `agentIds`, then try again.',
        { failures: details },
      );
    },
  };

  async function targetAgents(input: CreateNetworkInput): Promise<AgentRow[]> {
    if (input.agentIds && input.zone != null)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Give either `zone` or `agentIds`, not both.');
    if (input.agentIds) {
      if (input.agentIds.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, '`agentIds` is empty: list at least one agent.');
      for (const id of input.agentIds) assertId(id, 'agent');
      const ids = [...new Set(input.agentIds)];
      const found = await db.select().from(agents).where(inArray(agents.id, ids));
      const missing = ids.find((id) => !found.some((a) => a.id === id));
      if (missing) throw notFound('agent', missing);
      return found;
    }
    const found = await db
      .select()
      .from(agents)
      .where(input.zone != null ? eq(agents.zone, input.zone) : undefined)
      .orderBy(agents.name);
    if (found.length === 0)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        input.zone != null ? `No agent is in zone "${input.zone}". Register one with that zone first.` : 'No agent is registered yet.',
      );
    return found;
  }
}

function describeFailure(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof DockerApiError)
    return { code: error.statusCode === 409 ? ErrorCode.CONFLICT : ErrorCode.BAD_USER_INPUT, message: error.message };
  if (error instanceof DockerUnreachableError) return { code: ErrorCode.AGENT_UNREACHABLE, message: error.message };
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'unexpected error' };
}
