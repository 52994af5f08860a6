// Real Docker daemons for integration tests, several side by side on one machine.
// Each daemon gets a slot N (21..250): its files live in /tmp/enc-dN and its
// networks come from 10.N.0.0/16, so daemons never collide with each other.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Docker from 'dockerode';

export interface Dockerd {
  readonly name: string;
  readonly socketPath: string;
  readonly endpoint: string;
  /** the live dockerd pid */
  pid(): number | undefined;
  /** runs the docker CLI against this daemon; resolves to trimmed stdout */
  docker(...args: string[]): Promise<string>;
  /** default SIGKILL; waits for exit on SIGKILL/SIGTERM. Containers and data survive, like a crash. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** (re)starts on the same dirs; resolves once GET /_ping answers */
  start(): Promise<void>;
  /** stops dockerd, containerd, shims and containers and releases the slot; idempotent, final */
  stop(): Promise<void>;
  /** imports a static-busybox image; returns its tag */
  importBusybox(tag?: string): Promise<string>;
}

const SLOTS_DIR = '/tmp/enc-slots';
const FIRST_SLOT = 21;
const LAST_SLOT = 250;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const BUSYBOX_APPLETS = ['sh', 'sleep', 'echo', 'cat', 'ls', 'true', 'false', 'env'];
const DEFAULT_BUSYBOX_TAG = 'enclave-test/busybox:latest';

const running = new Set<Daemon>();

export interface DockerdOptions {
  /** more dockerd flags, e.g. a TLS listener: `-H tcp://127.0.0.1:PORT --tlsverify …` (the unix socket stays) */
  extraArgs?: string[];
}

export async function startDockerd(name: string, { extraArgs = [] }: DockerdOptions = {}): Promise<Dockerd> {
  registerExitHandler();
  const slot = acquireSlot();
  const dir = `/tmp/enc-d${slot}`;
  cleanupDir(dir, slot);
  fs.mkdirSync(dir, { recursive: true });
  const daemon = new Daemon(name, slot, dir, extraArgs);
  running.add(daemon);
  try {
    await daemon.start();
  } catch (err) {
    await daemon.stop();
    throw err;
  }
  return daemon;
}

export async function stopAllDockerds(): Promise<void> {
  await Promise.all([...running].map((d) => d.stop()));
}

export interface ImportRootfsOptions {
  /** Dockerfile instructions applied on import (the API's `changes`): CMD, ENV, LABEL, WORKDIR, … */
  changes?: string[];
  /** @default 60_000 */
  timeoutMs?: number;
}

/**
 * `docker import` of a rootfs tar (POST /images/create?fromSrc=-) into `daemon` as `tag`; returns the tag with its
 * version (`:latest` when it names none). No registry is reachable from these machines, so every test image is made so.
 */
export async function importRootfs(
  daemon: Pick<Dockerd, 'name' | 'socketPath'>,
  tarPath: string,
  tag: string,
  { changes = [], timeoutMs = 60_000 }: ImportRootfsOptions = {},
): Promise<string> {
  const slash = tag.lastIndexOf('/');
  const colon = tag.lastIndexOf(':');
  const [repo, version] = colon > slash ? [tag.slice(0, colon), tag.slice(colon + 1)] : [tag, 'latest'];
  const api = new Docker({ socketPath: daemon.socketPath });
  // The signal covers the upload and the progress stream: a stuck daemon fails the import instead of the test timeout.
  const abortSignal = AbortSignal.timeout(timeoutMs);
  try {
    const stream = await api.importImage(tarPath, { repo, tag: version, changes, abortSignal });
    const output = await new Promise<Array<{ error?: string }>>((resolve, reject) =>
      api.modem.followProgress(stream, (err: Error | null, out: Array<{ error?: string }>) =>
        err ? reject(err) : resolve(out),
      ),
    );
    const failure = output.find((line) => line.error);
    if (failure) throw new Error(`[${daemon.name}] image import failed: ${failure.error}`);
  } catch (err) {
    if (abortSignal.aborted) throw new Error(`[${daemon.name}] importing ${tag} took over ${timeoutMs} ms`, { cause: err });
    throw err;
  }
  return `${repo}:${version}`;
}

class Daemon implements Dockerd {
  readonly socketPath: string;
  readonly endpoint: string;
  private child: ChildProcess | undefined;
  private stopped = false;

  constructor(
    readonly name: string,
    private readonly slot: number,
    private readonly dir: string,
    private readonly extraArgs: string[] = [],
  ) {
    this.socketPath = `${dir}/docker.sock`;
    this.endpoint = `unix://${this.socketPath}`;
  }

  pid(): number | undefined {
    return isRunning(this.child) ? this.child.pid : undefined;
  }

  docker(...args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile('docker', ['-H', this.endpoint, ...args], { maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`[${this.name}] docker ${args.join(' ')}: ${stderr.trim() || err.message}`));
        else resolve(stdout.trim());
      });
    });
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!isRunning(child)) return;
    const exited = waitForExit(child);
    child.kill(signal);
    if (signal === 'SIGTERM') child.kill('SIGCONT'); // a SIGSTOPped daemon would never act on SIGTERM
    if (signal === 'SIGKILL' || signal === 'SIGTERM') await exited;
  }

  async start(): Promise<void> {
    if (this.stopped) throw new Error(`[${this.name}] dockerd was stopped and its slot released`);
    if (!isRunning(this.child)) this.spawn();
    let child = this.child!;
    const deadline = Date.now() + START_TIMEOUT_MS;
    // On a loaded machine dockerd can give up waiting for the containerd it started (a dial timeout) and exit;
    // that is the machine, not the test: start it again, twice at most.
    let retries = 2;
    while (Date.now() < deadline) {
      if (!isRunning(child)) {
        if (retries-- === 0) throw new Error(`[${this.name}] dockerd exited during startup:\n${this.logTail()}`);
        this.spawn();
        child = this.child!;
      }
      if (await ping(this.socketPath)) return;
      await sleep(100);
    }
    throw new Error(`[${this.name}] dockerd did not answer /_ping within ${START_TIMEOUT_MS} ms:\n${this.logTail()}`);
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const seen = new Set(processesUsing(this.dir));
    // Tests need no graceful container shutdown, and busybox `sleep` as PID 1 ignores
    // SIGTERM, which would make dockerd wait 10 s per container before exiting.
    for (const pid of containerProcesses(this.dir)) signal(pid, 'SIGKILL');
    const child = this.child;
    if (isRunning(child)) {
      const exited = waitForExit(child);
      child.kill('SIGTERM');
      child.kill('SIGCONT');
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), STOP_TIMEOUT_MS)));
      if (await Promise.race([exited.then(() => false), timedOut])) {
        child.kill('SIGKILL');
        await exited;
      }
      clearTimeout(timer);
    }
    // Shims and containers outlive a SIGKILLed dockerd.
    for (const pid of await killProcessesUsing(this.dir)) seen.add(pid);
    // Orphans stay zombies until PID 1 reaps them, which on this VM takes up to ~2 s.
    await waitUntilGone(seen, 5_000);
    cleanupHost(this.dir, this.slot);
    running.delete(this);
    releaseSlot(this.slot);
  }

  importBusybox(tag = DEFAULT_BUSYBOX_TAG): Promise<string> {
    return importRootfs(this, busyboxTar(), tag);
  }

  /** sync, for the process 'exit' handler */
  killNow(): void {
    if (isRunning(this.child)) this.child.kill('SIGKILL');
    for (const pid of processesUsing(this.dir)) signal(pid, 'SIGKILL');
  }

  private spawn(): void {
    // The previous dockerd is dead, so its pidfile is stale; a reused pid would block startup.
    fs.rmSync(`${this.dir}/dockerd.pid`, { force: true });
    // A SIGKILLed dockerd takes its containerd along (pdeathsig), but the orphan stays a
    // zombie until PID 1 reaps it; dockerd would take the zombie for a live containerd,
    // wait for its socket and fail after 10 s. So forget a containerd that is not really alive.
    const containerdPidfile = `${this.dir}/exec/containerd/containerd.pid`;
    const containerd = Number(quiet(() => fs.readFileSync(containerdPidfile, 'utf8')));
    if (!(containerd > 0 && isRealProcess(containerd, 'containerd'))) fs.rmSync(containerdPidfile, { force: true });
    const log = fs.openSync(`${this.dir}/dockerd.log`, 'a');
    try {
      this.child = spawn('dockerd', [
        '--data-root', `${this.dir}/data`,
        '--exec-root', `${this.dir}/exec`,
        '--pidfile', `${this.dir}/dockerd.pid`,
        '-H', this.endpoint,
        '--bridge=none',
        '--iptables=false',
        '--storage-driver=vfs',
        '--default-address-pool', `base=10.${this.slot}.0.0/16,size=24`,
        ...this.extraArgs,
      ], { stdio: ['ignore', log, log], detached: false });
    } finally {
      fs.closeSync(log);
    }
    this.child.on('error', () => {}); // spawn failures surface as an early exit in start()
  }

  private logTail(lines = 30): string {
    try {
      return fs.readFileSync(`${this.dir}/dockerd.log`, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }
}

function isRunning(child: ChildProcess | undefined): child is ChildProcess {
  return child?.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!isRunning(child)) return resolve();
    child.once('exit', () => resolve());
  });
}

function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ socketPath, path: '/_ping', timeout: 1000 }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(res.statusCode === 200 && body.trim() === 'OK'));
      res.on('error', () => resolve(false));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

// ---- slots ----------------------------------------------------------------

function acquireSlot(): number {
  fs.mkdirSync(SLOTS_DIR, { recursive: true });
  const foreign = poolsOfForeignDaemons();
  for (let n = FIRST_SLOT; n <= LAST_SLOT; n++) {
    if (foreign.has(n)) continue;
    const slotDir = `${SLOTS_DIR}/${n}`;
    if (tryMkdir(slotDir) || (reclaimIfDead(n) && tryMkdir(slotDir))) {
      // Write-then-rename so other processes never read a half-written pid.
      fs.writeFileSync(`${slotDir}/owner.tmp`, String(process.pid));
      fs.renameSync(`${slotDir}/owner.tmp`, `${slotDir}/owner`);
      return n;
    }
  }
  throw new Error(`no free dockerd slot in ${SLOTS_DIR} (${FIRST_SLOT}..${LAST_SLOT})`);
}

function tryMkdir(dir: string): boolean {
  try {
    fs.mkdirSync(dir);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

/** Removes slot n if its owner process is gone. */
function reclaimIfDead(n: number): boolean {
  const slotDir = `${SLOTS_DIR}/${n}`;
  const owner = readOwner(slotDir);
  if (owner === undefined) {
    // No owner file yet: either being created right now, or its creator died in between.
    const age = Date.now() - (fs.statSync(slotDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    if (age < 60_000) return false;
  } else if (owner === process.pid || isAlive(owner)) {
    return false;
  }
  // Move it aside atomically, then re-check: another process may have reclaimed and
  // re-taken the slot between our read and the rename; if so, hand it back.
  const grave = `${SLOTS_DIR}/.reclaim-${n}-${process.pid}`;
  try {
    fs.renameSync(slotDir, grave);
  } catch {
    return false;
  }
  if (readOwner(grave) !== owner) {
    try {
      fs.renameSync(grave, slotDir);
    } catch {
      fs.rmSync(grave, { recursive: true, force: true });
    }
    return false;
  }
  fs.rmSync(grave, { recursive: true, force: true });
  return true;
}

function readOwner(slotDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(`${slotDir}/owner`, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function releaseSlot(n: number): void {
  const slotDir = `${SLOTS_DIR}/${n}`;
  if (readOwner(slotDir) === process.pid) fs.rmSync(slotDir, { recursive: true, force: true });
}

/** Address pools (10.N) of dockerds not run by this harness, e.g. a hand-started one: never overlap them. */
function poolsOfForeignDaemons(): Set<number> {
  const pools = new Set<number>();
  for (const p of listProcesses()) {
    if (p.cmd.includes('/tmp/enc-d')) continue;
    const m = /base=10\.(\d+)\./.exec(p.cmd);
    if (m) pools.add(Number(m[1]));
  }
  return pools;
}

// ---- processes and host state ---------------------------------------------

interface Proc {
  pid: number;
  ppid: number;
  zombie: boolean;
  cmd: string;
}

function listProcesses(): Proc[] {
  const procs: Proc[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // comm (field 2) may contain spaces and parens, so parse after the last ')'.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      procs.push({ pid: Number(entry), ppid: Number(ppid), zombie: state === 'Z', cmd });
    } catch {
      // exited while we looked
    }
  }
  return procs;
}

/** Live processes mentioning dir (dockerd, containerd, shims, docker CLI) plus their descendants (containers). */
function processesUsing(dir: string): number[] {
  const procs = listProcesses().filter((p) => !p.zombie && p.pid !== process.pid);
  return descendants(procs, procs.filter((p) => p.cmd.includes(`${dir}/`)).map((p) => p.pid));
}

/** roots plus all their descendants */
function descendants(procs: Proc[], roots: number[]): number[] {
  const found = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** Container processes: descendants of this daemon's containerd shims. */
function containerProcesses(dir: string): number[] {
  const procs = listProcesses();
  const shims = procs.filter((p) => p.cmd.includes('containerd-shim') && p.cmd.includes(`${dir}/`));
  return descendants(procs, shims.map((p) => p.pid)).filter((pid) => !shims.some((s) => s.pid === pid));
}

/** SIGKILLs processes using dir until none is left; returns every pid it signalled. */
async function killProcessesUsing(dir: string): Promise<number[]> {
  const killed = new Set<number>();
  for (let i = 0; i < 100; i++) {
    const pids = processesUsing(dir);
    if (pids.length === 0) return [...killed];
    for (const pid of pids) {
      signal(pid, 'SIGKILL');
      killed.add(pid);
    }
    await sleep(50);
  }
  throw new Error(`processes using ${dir} survived SIGKILL: ${processesUsing(dir).join(' ')}`);
}

async function waitUntilGone(pids: Iterable<number>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const pid of pids) {
    while (fs.existsSync(`/proc/${pid}`) && Date.now() < deadline) await sleep(50);
  }
}

function killProcessesUsingSync(dir: string): void {
  for (let i = 0; i < 100; i++) {
    const pids = processesUsing(dir);
    if (pids.length === 0) return;
    for (const pid of pids) signal(pid, 'SIGKILL');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50); // sync sleep
  }
}

/** Leaves no trace of a previous daemon in dir: processes, mounts, bridges, files. */
function cleanupDir(dir: string, slot: number): void {
  const stalePid = Number(quiet(() => fs.readFileSync(`${dir}/dockerd.pid`, 'utf8')));
  if (stalePid > 0 && isRealProcess(stalePid, 'dockerd')) signal(stalePid, 'SIGKILL');
  killProcessesUsingSync(dir);
  cleanupHost(dir, slot);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Unmounts whatever a killed daemon left under dir and deletes its bridges (they hold 10.slot routes). */
function cleanupHost(dir: string, slot: number): void {
  const mounts = fs
    .readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4] ?? '')
    .filter((mp) => mp === dir || mp.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
  for (const mp of mounts) quiet(() => execFileSync('umount', ['-l', mp], { stdio: 'ignore' }));

  const addrs = quiet(() => execFileSync('ip', ['-o', '-4', 'addr', 'show'], { encoding: 'utf8' })) ?? '';
  for (const line of addrs.split('\n')) {
    const m = /^\d+:\s+(br-[0-9a-f]+)\s+inet 10\.(\d+)\./.exec(line);
    if (m?.[1] && Number(m[2]) === slot) {
      quiet(() => execFileSync('ip', ['link', 'delete', m[1]!], { stdio: 'ignore' }));
    }
  }
}

/** pid is a live (not zombie) process named comm */
function isRealProcess(pid: number, comm: string): boolean {
  const stat = quiet(() => fs.readFileSync(`/proc/${pid}/stat`, 'utf8')) ?? '';
  return stat.startsWith(`${pid} (${comm}) `) && stat[stat.lastIndexOf(')') + 2] !== 'Z';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  quiet(() => process.kill(pid, sig));
}

function quiet<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

let exitHandlerRegistered = false;
function registerExitHandler(): void {
  if (exitHandlerRegistered) return;
  exitHandlerRegistered = true;
  process.on('exit', () => {
    for (const d of running) d.killNow();
  });
}

// ---- busybox image ----------------------------------------------------------

/** A rootfs tar with a static busybox; built once per machine and cached in tmpdir. */
function busyboxTar(): string {
  const tarPath = path.join(os.tmpdir(), 'enclave-test-busybox-v1.tar');
  if (fs.existsSync(tarPath)) return tarPath;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'enclave-busybox-'));
  try {
    fs.mkdirSync(`${root}/bin`);
    fs.copyFileSync('/bin/busybox', `${root}/bin/busybox`);
    fs.chmodSync(`${root}/bin/busybox`, 0o755);
    for (const applet of BUSYBOX_APPLETS) fs.symlinkSync('busybox', `${root}/bin/${applet}`);
    // Build under a unique name and rename, so concurrent workers never see a partial tar.
    const partial = `${tarPath}.${process.pid}.tmp`;
    execFileSync('tar', ['--numeric-owner', '--owner=0', '--group=0', '-C', root, '-cf', partial, 'bin']);
    fs.renameSync(partial, tarPath);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return tarPath;
}
