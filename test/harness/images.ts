// Service images for tests, built offline: no registry is reachable here, so each image is a rootfs tar made from
// files of this machine and given to `docker import` (importRootfs, as importBusybox does).
//
//   importHttpdImage         static busybox; `busybox httpd` serves a page naming the session and a 10 MiB file
//   importNodeServiceImage   this machine's Node with the libraries it links, busybox, and images/node-service.mjs
//
// Both serve on 127.0.0.1:8080 (env HOST, PORT), so a test or Enclave reaches them only through a forwarder inside the
// container (`docker exec … nc 127.0.0.1 8080`), and both work with NetworkMode 'none'. The page names the session
// by the container's ENCLAVE_SESSION, or else by $HOSTNAME (Docker's default: the container id's first 12
// characters); its title is the image's `page`, which a container's ENCLAVE_PAGE overrides.
// Tars are cached in tmpdir, keyed by what goes into them; an import is skipped when the daemon already holds the tag
// made from the same tar and settings.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRootfs, type Dockerd } from './dockerd.js';

/** The port both images serve on unless a container sets PORT. */
export const SERVICE_PORT = 8080;
/** The httpd image's download: `pattern` bytes at http://127.0.0.1:8080/big.bin. */
export const HTTPD_DOWNLOAD = { path: '/big.bin', bytes: 10 << 20 } as const;

export interface ServiceImageOptions {
  /** The page's title (ENV ENCLAVE_PAGE of the image; one line). @default 'Enclave test httpd' / 'Enclave test service' */
  page?: string;
  /** @default 'enclave-test/httpd:latest' / 'enclave-test/node-service:latest' */
  tag?: string;
  /** Bounds the import, whose tar holds a 95 MB Node for the node-service image. @default 120_000 */
  importTimeoutMs?: number;
}

export interface NodeServiceImageOptions extends ServiceImageOptions {
  /** BusyBox applets linked in /bin (none: no BusyBox, so no shell). @default sh, nc, cat, … */
  applets?: readonly string[];
  /**
   * More of this machine's programs, copied with the libraries they load: a path (e.g. /usr/bin/socat), or
   * `path:target` to put it elsewhere in the image (e.g. /bin/dash:/bin/sh).
   */
  programs?: readonly string[];
}

const APPLETS = ['sh', 'httpd', 'nc', 'wget', 'cat', 'echo', 'sleep', 'env', 'sha256sum', 'head', 'dd', 'ls', 'sed', 'printf', 'true', 'false', 'wc'];
const SOURCES = path.dirname(fileURLToPath(import.meta.url));
const HTTPD_SCRIPT = path.join(SOURCES, 'images', 'httpd.sh');
const NODE_SCRIPT = path.join(SOURCES, 'images', 'node-service.mjs');
const KEY_LABEL = 'io.enclave.test.image-key';
// Bumped when the layout of a rootfs changes in a way its inputs do not show.
const LAYOUT_VERSION = 1;

/**
 * The bytes both images' downloads are made of: byte i is i % 251. 251 is prime, so a chunk repeated, dropped or
 * moved by a proxy changes the hash (a period of 256 would hide any shift by a multiple of 256).
 */
export function pattern(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = i % 251;
  return out;
}

/** sha256 (hex) of pattern(bytes), without holding it all. */
export function patternSha256(bytes: number): string {
  const block = pattern(251 * 261); // whole periods, so blocks concatenate into the pattern
  const hash = createHash('sha256');
  for (let left = bytes; left > 0; left -= block.length) hash.update(left >= block.length ? block : block.subarray(0, left));
  return hash.digest('hex');
}

/** Imports the busybox httpd image into daemon; returns its tag. */
export async function importHttpdImage(
  daemon: Dockerd,
  { page = 'Enclave test httpd', tag = 'enclave-test/httpd:latest', importTimeoutMs = 120_000 }: ServiceImageOptions = {},
): Promise<string> {
  const script = fs.readFileSync(HTTPD_SCRIPT);
  const key = cacheKey(['httpd', fileStamp('/bin/busybox'), script]);
  const tar = cachedTar('httpd', key, (root) => {
    addBusybox(root);
    fs.mkdirSync(`${root}/enclave`);
    fs.writeFileSync(`${root}/enclave/httpd.sh`, script);
    fs.mkdirSync(`${root}/www`);
    fs.writeFileSync(`${root}/www${HTTPD_DOWNLOAD.path}`, pattern(HTTPD_DOWNLOAD.bytes));
  });
  const changes = [`ENV ENCLAVE_PAGE=${dockerfileString(page)}`, 'CMD ["/bin/sh", "/enclave/httpd.sh"]'];
  return importOnce(daemon, tar, tag, { key, changes, timeoutMs: importTimeoutMs });
}

/** Imports the Node service image (see images/node-service.mjs for what it serves) into daemon; returns its tag. */
export async function importNodeServiceImage(
  daemon: Dockerd,
  {
    page = 'Enclave test service',
    tag = 'enclave-test/node-service:latest',
    importTimeoutMs = 120_000,
    applets = APPLETS,
    programs = [],
  }: NodeServiceImageOptions = {},
): Promise<string> {
  const script = fs.readFileSync(NODE_SCRIPT);
  const copies = programs.map((program) => {
    const [from, to = from] = program.split(':') as [string, string?];
    return { from, to };
  });
  const libraries = [...new Set([process.execPath, ...copies.map(({ from }) => from)].flatMap(sharedLibraries))];
  const binaries = [process.execPath, ...copies.map(({ from }) => from), ...libraries, '/bin/busybox'].map(fileStamp);
  // Each variant (applets, programs) has its tar: a variant's rebuild removes only its own older tars.
  const variant = cacheKey([applets.join(' '), programs.join(' ')]).slice(0, 8);
  const key = cacheKey(['node-service', process.version, ...binaries, script, variant]);
  const tar = cachedTar(`node-service-${variant}`, key, (root) => {
    if (applets.length > 0) addBusybox(root, applets);
    else fs.mkdirSync(`${root}/tmp`, { mode: 0o1777 });
    copyInto(root, process.execPath, '/usr/local/bin/node');
    for (const { from, to } of copies) copyInto(root, from, to);
    // At the paths ldd found them: the loader's default search path and the binary's PT_INTERP name them.
    for (const library of libraries) copyInto(root, library, library);
    copyInto(root, NODE_SCRIPT, '/enclave/service.mjs');
  });
  const changes = [`ENV ENCLAVE_PAGE=${dockerfileString(page)}`, 'CMD ["/usr/local/bin/node", "/enclave/service.mjs"]'];
  return importOnce(daemon, tar, tag, { key, changes, timeoutMs: importTimeoutMs });
}

// ---- rootfs -------------------------------------------------------------------------------------------------------

function addBusybox(root: string, applets: readonly string[] = APPLETS): void {
  copyInto(root, '/bin/busybox', '/bin/busybox');
  for (const applet of applets) fs.symlinkSync('busybox', `${root}/bin/${applet}`);
  fs.mkdirSync(`${root}/tmp`, { mode: 0o1777 });
  fs.chmodSync(`${root}/tmp`, 0o1777); // mkdir's mode goes through the umask
}

/** Copies a host file (following symlinks) to `target` inside root, keeping its mode. */
function copyInto(root: string, source: string, target: string): void {
  const to = path.join(root, target);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(source, to);
  fs.chmodSync(to, fs.statSync(source).mode & 0o7777);
}

/** The shared libraries `binary` loads, dynamic loader included, as absolute paths; none for a static binary. */
function sharedLibraries(binary: string): string[] {
  let out: string;
  try {
    out = execFileSync('ldd', [binary], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return []; // "not a dynamic executable"
  }
  // Lines are "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)";
  // linux-vdso has no file.
  const paths = out.split('\n').map((line) => /(?:=>\s*)?(\/\S+)\s+\(0x[0-9a-f]+\)/.exec(line)?.[1]);
  return [...new Set(paths.filter((p): p is string => p !== undefined))];
}

// ---- cache and import ---------------------------------------------------------------------------------------------

/**
 * What identifies a file without reading it: hashing the 95 MB Node binary on every call would cost more than the
 * cache saves, and a package upgrade changes its inode, size or mtime anyway.
 */
function fileStamp(file: string): string {
  const real = fs.realpathSync(file);
  const { ino, size, mtimeMs } = fs.statSync(real);
  return `${real}:${ino}:${size}:${mtimeMs}`;
}

function cacheKey(parts: Array<string | Buffer>): string {
  const hash = createHash('sha256').update(`v${LAYOUT_VERSION}`);
  for (const part of parts) hash.update(createHash('sha256').update(part).digest());
  return hash.digest('hex').slice(0, 16);
}

/** tmpdir/enclave-test-<name>-<key>.tar, built by `build(root)` unless it is there; older keys' tars are removed. */
function cachedTar(name: string, key: string, build: (root: string) => void): string {
  const prefix = `enclave-test-${name}-`;
  const tarPath = path.join(os.tmpdir(), `${prefix}${key}.tar`);
  if (fs.existsSync(tarPath)) return tarPath;
  for (const stale of fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(prefix) && f.endsWith('.tar'))) {
    fs.rmSync(path.join(os.tmpdir(), stale), { force: true });
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `enclave-rootfs-${name}-`));
  try {
    build(root);
    // Built under a unique name and renamed, so concurrent test workers never import a partial tar.
    const partial = `${tarPath}.${process.pid}.tmp`;
    execFileSync('tar', ['--numeric-owner', '--owner=0', '--group=0', '-C', root, '-cf', partial, '.']);
    fs.renameSync(partial, tarPath);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return tarPath;
}

/** Imports tar as tag with changes, unless the daemon's tag already carries the same key (tar and changes). */
async function importOnce(
  daemon: Dockerd,
  tar: string,
  tag: string,
  { key, changes, timeoutMs }: { key: string; changes: string[]; timeoutMs: number },
): Promise<string> {
  const full = tag.lastIndexOf(':') > tag.lastIndexOf('/') ? tag : `${tag}:latest`;
  const imageKey = cacheKey([key, ...changes]);
  const present = await daemon
    .docker('image', 'inspect', '--format', `{{index .Config.Labels "${KEY_LABEL}"}}`, full)
    .catch(() => undefined); // no such image
  if (present === imageKey) return full;
  return importRootfs(daemon, tar, full, { changes: [...changes, `LABEL ${KEY_LABEL}=${imageKey}`], timeoutMs });
}

/**
 * text as a double-quoted Dockerfile word: the import's `changes` are Dockerfile instructions, whose ENV expands `$`
 * and takes `\` as an escape. A newline would end the instruction, so it is refused.
 */
function dockerfileString(text: string): string {
  if (/[\r\n]/.test(text)) throw new Error(`an image's page must be one line: ${JSON.stringify(text)}`);
  return `"${text.replace(/[\\"$]/g, '\\$&')}"`;
}
