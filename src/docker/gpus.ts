/**
 * The GPUs a daemon reports. Docker tells of them only as swarm generic resources (dockerd's `node-generic-resources`,
 * e.g. `NVIDIA-GPU=GPU-1a2b` or `gpu=2`), in /info's `GenericResources`: a named resource is one device, a discrete
 * one a count. Kinds without "gpu" in their name (other devices) are not GPUs. Anything else: none.
 * https://docs.docker.com/reference/cli/dockerd/#miscellaneous-options
 */
export function reportedGpus(genericResources: unknown): number {
  if (!Array.isArray(genericResources)) return 0;
  let gpus = 0;
  for (const resource of genericResources as { NamedResourceSpec?: Spec; DiscreteResourceSpec?: Spec }[]) {
    const named = resource?.NamedResourceSpec;
    const discrete = resource?.DiscreteResourceSpec;
    if (named && isGpu(named.Kind)) gpus += 1;
    else if (discrete && isGpu(discrete.Kind)) gpus += Math.max(0, Math.floor(Number(discrete.Value)) || 0);
  }
  return gpus;
}

interface Spec {
  Kind?: unknown;
  Value?: unknown;
}

const isGpu = (kind: unknown) => typeof kind === 'string' && /gpu/i.test(kind);
