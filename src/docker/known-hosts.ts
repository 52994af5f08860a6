import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type HostKeyCheck = 'known' | 'unknown' | 'mismatch' | 'revoked';

/**
 * What an OpenSSH known_hosts file says of the host key `key` (the raw public-key blob) presented by `host` on `port`:
 * listed, not listed, listed with another key (a man in the middle, or a reinstalled host), or revoked. Understands
 * plain, bracketed (`[host]:port`), comma-separated, wildcard (`*`, `?`), negated (`!`) and hashed (`|1|…`) host
 * patterns and the `@revoked` marker; `@cert-authority` lines are skipped (host certificates are not supported).
 * See sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT".
 */
export function checkHostKey(knownHosts: string, host: string, port: number, key: Buffer): HostKeyCheck {
  const name = port === 22 ? host : `[${host}]:${port}`;
  let listed = false;
  for (const line of knownHosts.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith('#')) continue;
    const marker = fields[0].startsWith('@') ? fields.shift() : undefined;
    const [patterns, , blob] = fields;
    if (!patterns || !blob || marker === '@cert-authority' || !matches(patterns, name)) continue;
    const same = Buffer.from(blob, 'base64').equals(key);
    if (marker === '@revoked') {
      if (same) return 'revoked';
    } else if (same) return 'known';
    else listed = true;
  }
  return listed ? 'mismatch' : 'unknown';
}

/** Why a host key was refused, and what to do about it. */
export function hostKeyRefusal(check: Exclude<HostKeyCheck, 'known'>, host: string, port: number, file: string): string {
  const key = `the SSH host key of ${host}:${port}`;
  if (check === 'unknown') {
    const scan = `ssh-keyscan${port === 22 ? '' : ` -p ${port}`} ${host}`;
    return `${key} is not in ${file}: check it and add it (e.g. ${scan} >> ${file})`;
  }
  const how = check === 'revoked' ? 'is revoked' : 'does not match the one';
  return `${key} ${how} in ${file}: the host was reinstalled, or something is impersonating it`;
}

function matches(patterns: string, name: string): boolean {
  if (patterns.startsWith('|1|')) {
    const [, , salt = '', hash] = patterns.split('|');
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  }
  let matched = false;
  for (const pattern of patterns.split(',')) {
    if (pattern.startsWith('!')) {
      if (glob(pattern.slice(1), name)) return false;
    } else if (glob(pattern, name)) matched = true;
  }
  return matched;
}

function glob(pattern: string, name: string): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(name);
}

/** The known_hosts file's text; a missing or unreadable file lists no host. */
export function readKnownHosts(path: string | undefined): string {
  try {
    return path ? readFileSync(path, 'utf8') : '';
  } catch {
    return '';
  }
}
