import { X509Certificate, createPrivateKey } from 'node:crypto';
import { EndpointError, parseEndpoint, type Endpoint, type TlsMaterial } from '../docker/endpoint.js';
import { AppError, ErrorCode } from '../errors.js';

export interface CapacityInput {
  cores?: number | null | undefined;
  memoryMb?: number | null | undefined;
  maxSessions?: number | null | undefined;
  gpus?: number | null | undefined;
}

export interface RegisterAgentInput {
  name: string;
  endpoint: string;
  zone?: string | null | undefined;
  labels?: readonly string[] | null | undefined;
  enabled?: boolean | null | undefined;
  tls?: TlsMaterial | null | undefined;
  capacity?: CapacityInput | null | undefined;
}

export interface UpdateAgentInput {
  name?: string | null | undefined;
  zone?: string | null | undefined;
  labels?: readonly string[] | null | undefined;
  enabled?: boolean | null | undefined;
  capacity?: CapacityInput | null | undefined;
}

/** The endpoint, or BAD_USER_INPUT saying what to send instead. */
export function parseAgentEndpoint(raw: string, tls: TlsMaterial | null | undefined): Endpoint {
  try {
    return parseEndpoint(raw, { tls: !!tls });
  } catch (error) {
    if (error instanceof EndpointError) throw new AppError(ErrorCode.BAD_USER_INPUT, error.message, { field: 'endpoint' });
    throw error;
  }
}

/** CONFLICT for a name or an endpoint that another agent has. */
export function conflict(clash: { name: string; endpoint: string }, name: string): AppError {
  return clash.name === name
    ? new AppError(ErrorCode.CONFLICT, `An agent named "${name}" already exists. Choose another name or update that agent.`)
    : new AppError(ErrorCode.CONFLICT, `${clash.endpoint} is already registered as agent "${clash.name}".`);
}

export function validCapacity(capacity: CapacityInput | null | undefined): CapacityInput {
  if (!capacity) return {};
  const { cores, memoryMb, maxSessions, gpus } = capacity;
  if (cores != null && !(cores > 0 && cores <= 4096))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.cores must be more than 0 and at most 4096.');
  if (memoryMb != null && !(memoryMb >= 64 && memoryMb <= 64 * 1024 * 1024))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.memoryMb must be between 64 and 67108864.');
  if (maxSessions != null && !(maxSessions >= 0 && maxSessions <= 100_000))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.maxSessions must be between 0 and 100000.');
  if (gpus != null && !(gpus >= 0 && gpus <= 1024))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'capacity.gpus must be between 0 and 1024 (leave it null to use what the daemon reports).');
  return capacity;
}

/** Refuses TLS material that cannot work, before any connection: bad PEM, or a key that is not the cert's. */
export function validateTls(tls: TlsMaterial): void {
  const bad = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field: 'tls' });
  let cert: X509Certificate;
  try {
    new X509Certificate(tls.ca);
  } catch {
    throw bad('tls.ca is not a PEM certificate. Give the CA certificate that signed the daemon\'s certificate.');
  }
  try {
    cert = new X509Certificate(tls.cert);
  } catch {
    throw bad('tls.cert is not a PEM certificate. Give the client certificate signed by the daemon\'s CA.');
  }
  let key;
  try {
    key = createPrivateKey(tls.key);
  } catch {
    throw bad('tls.key is not a PEM private key (an encrypted key is not supported).');
  }
  if (!cert.checkPrivateKey(key)) throw bad('tls.key is not the private key of tls.cert.');
  if (new Date(cert.validTo) < new Date()) throw bad(`tls.cert expired on ${cert.validTo}.`);
}
