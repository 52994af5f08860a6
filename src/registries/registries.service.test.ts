// Registry credentials on a real database (PGlite and Postgres): sealed at rest, never read back for the API, found by
// the registry of an image, and checked at start-up like agents' TLS keys.
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type DatabaseKind, type TestDatabase } from '../../test/harness/database.js';
import { ConfigError } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { registryCredentials } from '../db/schema.js';
import { AppError } from '../errors.js';
import { createSecretBox } from '../secrets.js';
import { createRegistriesRepository, type RegistriesRepository } from './registries.repository.js';
import { createRegistriesService } from './registries.service.js';

const log = pino({ level: 'silent' });
const key = randomBytes(32);
const password = 'correct horse battery staple';

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => 'OK',
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

/** A fresh database, emptied of credentials before each test; `service` with ENCLAVE_SECRET_KEY `secretKey` (null: none). */
function useRegistries(kind: DatabaseKind) {
  let testDatabase: TestDatabase | undefined;
  let database: Database;
  let repository: RegistriesRepository;
  beforeAll(async () => {
    testDatabase = await createTestDatabase(kind);
    database = await openDatabase({ url: testDatabase.url, dataDir: 'memory://' });
    await database.migrate();
    repository = createRegistriesRepository({ db: database.db });
  });
  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });
  beforeEach(async () => {
    await database.db.delete(registryCredentials);
  });
  return {
    service: (secretKey: Buffer | null = key) => createRegistriesService({ repository, secrets: createSecretBox(secretKey ?? undefined), log }),
    /** The rows as stored, passwords included. */
    stored: () => database.db.select().from(registryCredentials),
  };
}

describe.each(databaseKinds)('registry credentials (%s)', (kind) => {
  const { service, stored } = useRegistries(kind);

  it('stores the password sealed and shows everything but it', async () => {
    const created = await service().create({ registry: 'Index.Docker.io', username: 'robot', password });
    expect(Object.keys(created).sort()).toEqual(['createdAt', 'id', 'registry', 'username']);
    expect(created).toMatchObject({ registry: 'docker.io', username: 'robot' });
    const [row] = await stored();
    expect(row!.password).toMatch(/^enc:v1:/);
    expect(row!.password).not.toContain(password);
    const listed = await service().list();
    expect(listed).toEqual([created]);
    expect(JSON.stringify(listed)).not.toContain('enc:v1:');
  });

  it('replaces the credential of a registry in place, keeping its id', async () => {
    const first = await service().create({ registry: '127.0.0.1:5000', username: 'one', password: 'first' });
    const second = await service().create({ registry: '127.0.0.1:5000', username: 'two', password: 'second' });
    expect(second.id).toBe(first.id);
    expect(second.username).toBe('two');
    expect(second.createdAt.getTime()).toBeGreaterThanOrEqual(first.createdAt.getTime());
    expect(await service().list()).toHaveLength(1);
    expect((await service().pullAuth('127.0.0.1:5000/app:1'))?.password).toBe('second');
  });

  it('hands the opened password for the registry of an image, and nothing for other registries', async () => {
    await service().create({ registry: 'docker.io', username: 'hub', password: 'hub-token' });
    await service().create({ registry: 'ghcr.io', username: 'gh', password: 'gh-token' });
    expect(await service().pullAuth('busybox:1.36')).toEqual({ username: 'hub', password: 'hub-token', serveraddress: 'https://index.docker.io/v1/' });
    expect(await service().pullAuth(`ghcr.io/o/x@sha256:${'0'.repeat(64)}`)).toEqual({ username: 'gh', password: 'gh-token', serveraddress: 'ghcr.io' });
    expect(await service().pullAuth('quay.io/o/x')).toBeUndefined();
  });

  it('deletes by id: NOT_FOUND for an unknown one, BAD_USER_INPUT for no id at all', async () => {
    const { id } = await service().create({ registry: 'ghcr.io', username: 'gh', password: 'x' });
    expect(await service().delete(id)).toBe(id);
    expect(await stored()).toEqual([]);
    expect(await codeOf(service().delete(id))).toBe('NOT_FOUND');
    expect(await codeOf(service().delete('abc'))).toBe('BAD_USER_INPUT');
  });

  it('writes nothing for bad input', async () => {
    await service().create({ registry: 'ghcr.io', username: 'gh', password: 'kept' });
    expect(await codeOf(service().create({ registry: 'ghcr.io', username: 'gh', password: '' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(service().create({ registry: 'https://ghcr.io', username: 'gh', password: 'x' }))).toBe('BAD_USER_INPUT');
    expect((await service().pullAuth('ghcr.io/a'))?.password).toBe('kept');
    expect(await stored()).toHaveLength(1);
  });

  it('at start-up, seals passwords stored in the clear, and refuses a key that does not open them', async () => {
    await service(null).create({ registry: 'ghcr.io', username: 'gh', password: 'clear' });
    expect((await stored())[0]!.password).toBe('clear');
    await service().checkStoredPasswords();
    const sealed = (await stored())[0]!.password;
    expect(sealed).toMatch(/^enc:v1:/);
    expect((await service().pullAuth('ghcr.io/a'))?.password).toBe('clear');
    await service().checkStoredPasswords();
    expect((await stored())[0]!.password).toBe(sealed);
    await expect(service(randomBytes(32)).checkStoredPasswords()).rejects.toThrow(ConfigError);
    await expect(service(null).checkStoredPasswords()).rejects.toThrow(/registry credential for "ghcr.io": its password cannot be read/);
  });
});
