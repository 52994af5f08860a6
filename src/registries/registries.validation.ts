import { isIPv4, isIPv6 } from 'node:net';
import { canonicalRegistry } from '../docker/image-registry.js';
import { AppError, ErrorCode } from '../errors.js';

export interface RegistryCredentialInput {
  registry: string;
  username: string;
  password: string;
}

const bad = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field });

const hostLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const registryForm =
  'A registry is host[:port] as image references name it, e.g. "ghcr.io", "registry.example.com:5000", "127.0.0.1:5000" or ' +
  '"[::1]:5000" (Docker Hub is "docker.io")';

/** A host name (lowercase labels), an IPv4 address, or an IPv6 address in brackets. */
function isHost(host: string): boolean {
  if (host.startsWith('[') && host.endsWith(']')) return isIPv6(host.slice(1, -1));
  // Digits and dots alone are an IPv4 address or nothing (999.1.1.1 is no host name either).
  if (/^[\d.]+$/.test(host)) return isIPv4(host);
  return host.length <= 253 && host.split('.').every((label) => hostLabel.test(label));
}

/** The registry as credentials are stored under it, or BAD_USER_INPUT saying what form to send. */
export function validRegistry(raw: string): string {
  const given = raw.trim();
  const shown = given.slice(0, 100);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(given))
    throw bad('registry', `${registryForm}: leave out the scheme ("${given.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').slice(0, 100)}").`);
  if (given.includes('/')) throw bad('registry', `${registryForm}: leave out the path ("${shown}" has a "/").`);
  const lower = given.toLowerCase();
  const port = /^(.*?)(?::(\d{1,5}))?$/.exec(lower)!;
  const [host, portText] = [port[1]!, port[2]];
  if (!host || !isHost(host) || (portText !== undefined && !(Number(portText) >= 1 && Number(portText) <= 65_535)))
    throw bad('registry', `${registryForm}; "${shown}" is not.`);
  return canonicalRegistry(lower);
}

/**
 * What is stored of a credential, checked. The username goes into HTTP basic auth, which cannot carry a ":" in it;
 * the password is sent as given (never trimmed).
 */
export function validCredential({ registry, username, password }: RegistryCredentialInput): RegistryCredentialInput {
  const user = username.trim();
  if (user.length < 1 || user.length > 256) throw bad('username', 'A registry username is 1 to 256 characters.');
  if (/[:\x00-\x1f\x7f]/.test(user)) throw bad('username', 'A registry username cannot contain ":" or control characters.');
  if (password.length < 1 || password.length > 4096)
    throw bad('password', 'A registry password (or access token) is 1 to 4096 characters: send the one the registry gave you.');
  return { registry: validRegistry(registry), username: user, password };
}
