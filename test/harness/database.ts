import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export type DatabaseKind = 'pglite' | 'postgres';
export const databaseKinds: DatabaseKind[] = ['pglite', 'postgres'];

/** The Postgres server that tests and benchmarks make their throwaway databases on (the machine's local one). */
export const testPostgresUrl = process.env['ENCLAVE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** The database's name on the local Postgres; undefined for PGlite. */
  name: string | undefined;
  /** DATABASE_URL for the server; undefined for PGlite. */
  url: string | undefined;
  /** Idempotent. */
  drop(): Promise<void>;
}

export interface PostgresTestDatabase extends TestDatabase {
  name: string;
  url: string;
}

export interface DatabaseOptions {
  /** The new database is named `<prefix>_<random>`. @default 'enclave_test' */
  prefix?: string;
}

/** A fresh, empty database: PGlite in memory, or a new database on the local Postgres, dropped afterwards. */
export async function createTestDatabase(kind: 'postgres', options?: DatabaseOptions): Promise<PostgresTestDatabase>;
export async function createTestDatabase(kind: DatabaseKind, options?: DatabaseOptions): Promise<TestDatabase>;
export async function createTestDatabase(kind: DatabaseKind, { prefix = 'enclave_test' }: DatabaseOptions = {}): Promise<TestDatabase> {
  if (kind === 'pglite') return { name: undefined, url: undefined, drop: async () => {} };
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onPostgres((sql) => sql.unsafe(`create database ${name}`));
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  let dropped: Promise<unknown> | undefined;
  return {
    name,
    url: url.toString(),
    async drop() {
      await (dropped ??= onPostgres((sql) => sql.unsafe(`drop database if exists ${name} with (force)`)));
    },
  };
}

async function onPostgres<T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(testPostgresUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
