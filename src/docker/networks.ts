import type Docker from 'dockerode';
import { signalled, type Daemon } from './daemon.js';

/** A Docker network as Enclave records it. */
export interface DockerNetwork {
  dockerId: string;
  name: string;
  driver: string;
  internal: boolean;
  subnets: string[];
  /** The gateway and range (Docker's --gateway, --ip-range) of the IPAM config that has a range, else of the first. */
  gateway: string | null;
  ipRange: string | null;
  /** A macvlan or ipvlan network's host interface. */
  parent: string | null;
  options: Record<string, string>;
}

/** What Docker's IPAM is given: one config (IPv4 or IPv6) per subnet. */
export interface IpamConfig {
  subnet: string;
  gateway?: string | null;
  ipRange?: string | null;
  auxAddresses?: Record<string, string>;
}

// Docker's predefined networks: every daemon has them and no workspace is placed on them.
const predefined = new Set(['bridge', 'host', 'none']);

const toNetwork = (n: Docker.NetworkInspectInfo): DockerNetwork => {
  const configs = n.IPAM?.Config ?? [];
  // One gateway and range are kept: those of the config with a range (a carved one), else the first config's.
  const first = configs.find((c) => c.IPRange) ?? configs[0];
  return {
    dockerId: n.Id,
    name: n.Name,
    driver: n.Driver,
    internal: n.Internal ?? false,
    subnets: configs.map((c) => c.Subnet).filter((s): s is string => !!s),
    gateway: first?.Gateway || null,
    ipRange: first?.IPRange || null,
    parent: n.Options?.parent || null,
    options: n.Options ?? {},
  };
};

/** A daemon's networks. */
export function networkRequests({ docker, call }: Daemon) {
  return {
    /** User-defined networks only. */
    listNetworks: () =>
      call('list networks', async (abortSignal) => {
        const list = await docker.listNetworks({ abortSignal });
        return list.filter((n) => !predefined.has(n.Name)).map(toNetwork);
      }),

    /** undefined when the network is gone (or is one of the predefined ones). */
    inspectNetwork: (id: string) =>
      call('inspect network', async (abortSignal) => {
        try {
          const network = docker.getNetwork(id);
          const n = await signalled<Docker.NetworkInspectInfo>(network.inspect, network)({ abortSignal });
          return predefined.has(n.Name) ? undefined : toNetwork(n);
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode === 404) return undefined;
          throw error;
        }
      }),

    createNetwork: (input: {
      name: string;
      driver: string;
      internal: boolean;
      options: Record<string, string>;
      labels: Record<string, string>;
      ipam?: IpamConfig[];
    }) =>
      call('create network', async (abortSignal) => {
        const created = await docker.createNetwork({
          Name: input.name,
          Driver: input.driver,
          Internal: input.internal,
          Options: input.options,
          Labels: input.labels,
          ...(input.ipam?.length && {
            EnableIPv6: input.ipam.some((c) => c.subnet.includes(':')),
            IPAM: {
              Driver: 'default',
              Config: input.ipam.map((c) => ({
                Subnet: c.subnet,
                ...(c.gateway && { Gateway: c.gateway }),
                ...(c.ipRange && { IPRange: c.ipRange }),
                ...(c.auxAddresses && Object.keys(c.auxAddresses).length > 0 && { AuxiliaryAddresses: c.auxAddresses }),
              })),
            },
          }),
          CheckDuplicate: true,
          abortSignal,
        } as Docker.NetworkCreateOptions);
        return toNetwork(await signalled<Docker.NetworkInspectInfo>(created.inspect, created)({ abortSignal }));
      }),

    removeNetwork: (id: string) =>
      call('remove network', (abortSignal) => {
        const network = docker.getNetwork(id);
        return signalled(network.remove, network)({ abortSignal });
      }).then(() => undefined),
  };
}
