/** Docker Hub, as image references and Enclave's registry credentials name it. */
export const dockerHub = 'docker.io';

// Names Docker Hub also goes by: the daemon rewrites index.docker.io itself, and registry-1.docker.io is where Hub's
// API answers, so a credential stored under either is Hub's.
const hubAliases = new Set(['index.docker.io', 'registry-1.docker.io']);

/** A registry's host[:port] in the form credentials are stored under: lowercase, Hub's aliases as docker.io. */
export const canonicalRegistry = (registry: string): string => {
  const lower = registry.toLowerCase();
  return hubAliases.has(lower) ? dockerHub : lower;
};

/**
 * The registry an image is pulled from, as Docker decides it (distribution/reference, splitDockerDomain): the first
 * path component is a registry if it has a "." or a ":", is "localhost", or has upper-case letters (which a
 * repository path cannot); otherwise the image is Docker Hub's. `127.0.0.1:5000/a/b:1` → `127.0.0.1:5000`,
 * `busybox` → `docker.io`, `ghcr.io/o/x@sha256:…` → `ghcr.io`.
 */
export function registryOf(image: string): string {
  const slash = image.indexOf('/');
  if (slash === -1) return dockerHub;
  const first = image.slice(0, slash);
  const isRegistry = /[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase();
  return isRegistry ? canonicalRegistry(first) : dockerHub;
}

/**
 * The `serveraddress` of a registry's auth config. The daemon uses the credentials handed with a pull for that pull's
 * registry whatever this says; Docker's CLI names Hub by its legacy index URL, and so does Enclave.
 */
export const serverAddressOf = (registry: string): string => (registry === dockerHub ? 'https://index.docker.io/v1/' : registry);
