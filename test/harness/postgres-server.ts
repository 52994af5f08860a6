// A private Postgres server for one test: its own data directory, port and socket directory, so that it can be
// restarted or stopped without touching the machine's shared server on 5432 (other test files use that one).
// Postgres refuses to run as root, so every server command runs as the `postgres` user (runuser).
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './process.js';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust authentication) */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** `pg_ctl -m fast -w restart`: every client connection is closed; resolves once the server accepts connections again. */
  restart(): Promise<void>;
  /** `pg_ctl -m immediate stop` and removes the directory; idempotent, final. */
  stop(): Promise<void>;
  /** The server's log, for diagnosis. */
  logTail(lines?: number): string;
}

const running = new Set<{ stopNow(): void }>();
let exitHandlerRegistered = false;

/** The newest Postgres installed under /usr/lib/postgresql (Debian's layout). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) throw new Error(`no Postgres server binaries under ${root}`);
  return path.join(root, versions[0]!, 'bin');
}

function asPostgres(bin: string, args: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('runuser', ['-u', 'postgres', '--', bin, ...args], { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(bin)} ${args.join(' ')}: ${stderr.trim() || stdout.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const pgCtl = path.join(bin, 'pg_ctl');
  // Short path: the socket (<dir>/.s.PGSQL.<port>) must fit in 107 bytes.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enc-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  execFileSync('chown', ['postgres:postgres', dir]);
  fs.chmodSync(dir, 0o700);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  let stopped = false;

  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    running.delete(handle);
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', pgCtl, '-D', data, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore', timeout: 30_000 });
    } catch {
      // not running
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const handle = { stopNow };
  running.add(handle);
  registerExitHandler();

  try {
    await asPostgres(path.join(bin, 'initdb'), ['-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync', '-D', data]);
    await asPostgres(pgCtl, ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
  } catch (error) {
    const tail = readTail(log, 30);
    stopNow();
    throw new Error(`${(error as Error).message}\n${tail}`);
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async restart() {
      if (stopped) throw new Error('the private Postgres server was stopped');
      await asPostgres(pgCtl, ['-D', data, '-l', log, '-o', options, '-m', 'fast', '-w', '-t', '60', 'restart']);
    },
    async stop() {
      stopNow();
    },
    logTail: (lines = 40) => readTail(log, lines),
  };
}

function readTail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function registerExitHandler(): void {
  if (exitHandlerRegistered) return;
  exitHandlerRegistered = true;
  process.on('exit', () => {
    for (const server of [...running]) server.stopNow();
  });
}
