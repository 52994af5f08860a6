// Private images end to end: a real distribution registry on loopback with basic auth, an image pushed to it through
// the Docker API, and a real dockerd agent that lacks the image and must pull it with the credential Enclave stores.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, DestroySession, LaunchSession, RegisterAgent, SessionStatus, sleeperWorkspace } from '../harness/operations.js';
import { codesOf, postRaw } from '../harness/raw-http.js';
import { pushImage, startRegistry, type TestRegistry } from '../harness/registry.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';

const CreateCredential = graphql(`
  mutation RegistryCreateCredential($input: CreateRegistryCredentialInput!) {
    createRegistryCredential(input: $input) { id registry username createdAt }
  }
`);
const DeleteCredential = graphql(`mutation RegistryDeleteCredential($id: ID!) { deleteRegistryCredential(id: $id) }`);
const Credentials = graphql(`query RegistryCredentials { registryCredentials { id registry username createdAt } }`);
const Audit = graphql(`query RegistryAudit { auditLog(first: 100) { entries { operation target outcome message } } }`);

const username = 'robot';
const password = `right-${randomBytes(8).toString('hex')}`;
const wrongPassword = `wrong-${randomBytes(8).toString('hex')}`;

describe('pulls of private images with stored registry credentials', () => {
  let registry: TestRegistry;
  let agent: Dockerd;
  let server: TestServer;
  let image = '';
  let workspaceId = '';

  beforeAll(async () => {
    [registry, agent] = await Promise.all([startRegistry({ users: { [username]: password } }), startDockerd('registry-agent')]);
    image = await agent.importBusybox(`${registry.host}/enclave-test/private:1`);
    await pushImage(agent, image, { username, password });
    // The agent must pull it: only the registry has it now.
    await agent.docker('rmi', image);
    server = await startTestServer('pglite', {
      ENCLAVE_SECRET_KEY: randomBytes(32).toString('hex'),
      ENCLAVE_DOCKER_TIMEOUT_MS: '10000',
      ENCLAVE_STOP_GRACE_S: '0',
    });
    const { registerAgent } = await server.data(RegisterAgent, { input: { name: 'registry-agent', endpoint: agent.endpoint } });
    expect(registerAgent.status).toBe('ONLINE');
    workspaceId = (await server.data(CreateWorkspace, { input: sleeperWorkspace(image, 'private') })).createWorkspace.id;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await Promise.all([agent?.stop(), registry?.stop()]);
  });

  const hasImage = async () => (await agent.docker('images', '-q', image)) !== '';

  /** Launches the private workspace and waits until its session is RUNNING or FAILED. */
  async function launch() {
    const { launchSession } = await server.data(LaunchSession, { input: { workspaceId } });
    const session = await until(
      `session ${launchSession.id} to be RUNNING or FAILED`,
      async () => {
        const { session } = await server.data(SessionStatus, { id: launchSession.id });
        return session && ['RUNNING', 'FAILED'].includes(session.status) && session;
      },
      { timeoutMs: 60_000, intervalMs: 200, diagnose: () => registry.log().slice(-2000) },
    );
    return { id: launchSession.id, ...session };
  }

  it('fails a session whose registry wants credentials and gets none, naming the registry', async () => {
    const session = await launch();
    expect(session.status).toBe('FAILED');
    expect(session.statusReason).toContain(`image "${image}" is not on agent registry-agent and could not be pulled`);
    expect(session.statusReason).toContain(`authentication failed for ${registry.host}`);
    expect(session.statusReason).toContain('createRegistryCredential');
  });

  it('fails a session whose stored password the registry refuses', async () => {
    const { createRegistryCredential } = await server.data(CreateCredential, { input: { registry: registry.host, username, password: wrongPassword } });
    expect(createRegistryCredential).toMatchObject({ registry: registry.host, username });
    const session = await launch();
    expect(session.status).toBe('FAILED');
    expect(session.statusReason).toContain(`authentication failed for ${registry.host}`);
    expect(session.statusReason).toContain('check the credential stored for it');
    expect(await hasImage()).toBe(false);
  });

  it('replaces the credential of the registry in place, and then pulls with it: RUNNING', async () => {
    const before = (await server.data(Credentials)).registryCredentials;
    const { createRegistryCredential } = await server.data(CreateCredential, { input: { registry: registry.host, username, password } });
    expect(before).toEqual([expect.objectContaining({ id: createRegistryCredential.id })]);
    expect((await server.data(Credentials)).registryCredentials).toEqual([createRegistryCredential]);

    const session = await launch();
    expect(session, session.statusReason ?? '').toMatchObject({ status: 'RUNNING', statusReason: null });
    expect(await hasImage()).toBe(true);
    expect((await server.data(DestroySession, { id: session.id })).destroySession.status).toBe('STOPPED');
    await agent.docker('rmi', image);
  });

  it('never shows the password: not in registryCredentials, not as a field, not in the audit log', async () => {
    const { registryCredentials } = await server.data(Credentials);
    expect(registryCredentials.map((c) => Object.keys(c).sort())).toEqual([['createdAt', 'id', 'registry', 'username']]);
    const asked = await postRaw(server.url, '{ registryCredentials { id password } }');
    expect(codesOf(asked)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const { auditLog } = await server.data(Audit);
    const audited = auditLog.entries.filter((e) => e.operation === 'createRegistryCredential');
    expect(audited).toEqual([
      { operation: 'createRegistryCredential', target: registryCredentials[0]!.id, outcome: 'OK', message: null },
      { operation: 'createRegistryCredential', target: registryCredentials[0]!.id, outcome: 'OK', message: null },
    ]);
    // A refused one is audited with its message, which must not repeat what was sent either.
    const tooLong = `${password}${'x'.repeat(4096)}`;
    const refused = await server.gql(CreateCredential, { input: { registry: registry.host, username, password: tooLong } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const everything = JSON.stringify((await server.data(Audit)).auditLog.entries);
    for (const secret of [password, wrongPassword]) expect(everything).not.toContain(secret);
  });

  it('deletes the credential: the next pull is refused again, and a second delete is NOT_FOUND', async () => {
    const [credential] = (await server.data(Credentials)).registryCredentials;
    expect((await server.data(DeleteCredential, { id: credential!.id })).deleteRegistryCredential).toBe(credential!.id);
    expect((await server.data(Credentials)).registryCredentials).toEqual([]);
    const session = await launch();
    expect(session.status).toBe('FAILED');
    expect(session.statusReason).toContain(`authentication failed for ${registry.host}`);
    const again = await server.gql(DeleteCredential, { id: credential!.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
