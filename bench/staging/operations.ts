// The operations only bench/staging.ts sends, typed here rather than by codegen: test/__generated__/ is generated from
// test/ and bench/ together and was not regenerated for this benchmark. So that the hand-written types cannot drift
// from the API unnoticed, checkOperations() validates every document against schema.graphql (names, arguments,
// variable types) before the benchmark starts anything, and the types use the generated enums and inputs.
import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { TypedDocumentString, type CreateStagingPoolInput, type LaunchSessionInput, type SessionStatus } from '../../test/__generated__/graphql.js';

type None = Record<string, never>;
const documents: string[] = [];
/** A document typed with its result and variables (not picked up by codegen: the function is not called `graphql`). */
const typed = <R, V>(source: string) => {
  documents.push(source);
  return new TypedDocumentString<R, V>(source);
};

export interface SessionEvent {
  id: string;
  status: SessionStatus;
  statusReason: string | null;
  owner: string;
  staged: boolean;
  poolId: string | null;
}

export const SessionEvents = typed<{ sessionStatusChanged: SessionEvent }, None>(
  `subscription BenchStagingEvents { sessionStatusChanged { id status statusReason owner staged poolId } }`,
);

export const CreatePool = typed<{ createStagingPool: { id: string; size: number; ready: number } }, { input: CreateStagingPoolInput }>(
  `mutation BenchStagingCreatePool($input: CreateStagingPoolInput!) { createStagingPool(input: $input) { id size ready } }`,
);

export const DeletePool = typed<{ deleteStagingPool: string }, { id: string }>(
  `mutation BenchStagingDeletePool($id: ID!) { deleteStagingPool(id: $id) }`,
);

export const Pool = typed<
  { stagingPools: { id: string; size: number; ready: number; members: { id: string; status: SessionStatus }[] }[] },
  { workspaceId: string }
>(`query BenchStagingPool($workspaceId: ID) { stagingPools(workspaceId: $workspaceId) { id size ready members { id status } } }`);

type Launched = { launchSession: Omit<SessionEvent, 'statusReason'> };
/** launchSession under an operation name of its own per path, so that the server's time of each shows apart in /metrics. */
const launch = (name: string) =>
  typed<Launched, { input: LaunchSessionInput }>(
    `mutation ${name}($input: LaunchSessionInput!) { launchSession(input: $input) { id status owner staged poolId } }`,
  );
export const StagedLaunch = launch('BenchStagedLaunch');
export const OnDemandLaunch = launch('BenchOnDemandLaunch');
export const SustainedLaunch = launch('BenchSustainedLaunch');

/** The trivial query: HTTP, authentication and a GraphQL execution of next to nothing: the floor of any answer. */
export const Viewer = typed<{ viewer: { owner: string } }, None>(`query BenchStagingViewer { viewer { owner } }`);

/** For the evidence of a launch that was not handed over. */
export const History = typed<
  {
    session: {
      id: string;
      owner: string;
      status: SessionStatus;
      staged: boolean;
      history: { status: SessionStatus; reason: string | null; at: string }[];
    } | null;
  },
  { id: string }
>(`query BenchStagingHistory($id: ID!) { session(id: $id) { id owner status staged history { status reason at } } }`);

/** Throws if any document above is not valid against schema.graphql. */
export function checkOperations(schemaPath = 'schema.graphql') {
  const schema = buildSchema(fs.readFileSync(schemaPath, 'utf8'));
  const wrong = documents.flatMap((d) => validate(schema, parse(d)).map((e) => `${d.slice(0, 60)}…: ${e.message}`));
  if (wrong.length) throw new Error(`bench/staging/operations.ts does not match ${schemaPath}:\n${wrong.join('\n')}`);
}
