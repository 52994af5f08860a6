// Everything the fleet page sends, checked against schema.graphql and typed by `npm run codegen`.
import { graphql } from '../__generated__/gql.js';
import type { FleetNetworkPreviewQuery, FleetPictureQuery, FleetViewerQuery } from '../__generated__/graphql.js';

export type { CreateNetworkInput } from '../__generated__/graphql.js';
export type Viewer = FleetViewerQuery['viewer'];
export type Picture = FleetPictureQuery;
export type Agent = Picture['agents'][number];
export type Spread = Picture['networkSpread'][number];
export type PresentNetwork = Spread['present'][number];
export type KnownNetwork = Picture['networks'][number];
export type ActiveSession = Picture['sessions'][number];
export type Preview = FleetNetworkPreviewQuery['previewNetwork'][number];

export const viewerQuery = graphql(`
  query FleetViewer {
    viewer {
      owner
      role
      user {
        id
        username
        displayName
      }
    }
  }
`);

/** The whole picture in one read: agents (columns), each zone's network names (rows), the history and the load. */
export const pictureQuery = graphql(`
  query FleetPicture {
    agents {
      id
      name
      zone
      status
      enabled
      labels
      capacity {
        cores
        memoryMb
        maxSessions
        usedCores
        usedMemoryMb
        sessionCount
        gpus
        usedGpus
      }
    }
    networkSpread(zone: null) {
      name
      zone
      present {
        id
        agent {
          id
        }
        driver
        subnets
        gateway
        ipRange
        parent
        options {
          key
          value
        }
      }
      missing {
        id
        name
      }
      conflicts
    }
    networks(includeRemoved: true) {
      id
      name
      agent {
        id
      }
      driver
      removedAt
    }
    sessions(status: [REQUESTED, PROVISIONING, STARTING, RUNNING, PAUSED, STOPPING]) {
      id
      network
      agent {
        id
      }
    }
  }
`);

export const repairMutation = graphql(`
  mutation FleetRepairNetwork($name: String!, $zone: String) {
    repairNetwork(name: $name, zone: $zone) {
      id
      agent {
        name
      }
    }
  }
`);

export const previewQuery = graphql(`
  query FleetNetworkPreview($input: CreateNetworkInput!) {
    previewNetwork(input: $input) {
      agent {
        id
        name
      }
      exists
      driver
      subnet
      gateway
      ipRange
      parent
    }
  }
`);

export const createMutation = graphql(`
  mutation FleetCreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      agent {
        name
      }
    }
  }
`);

// Each of these only says that the picture changed: it is read again as a whole.
export const networkDiscoveredSubscription = graphql(`
  subscription FleetNetworkDiscovered {
    networkDiscovered {
      id
    }
  }
`);

export const networkRemovedSubscription = graphql(`
  subscription FleetNetworkRemoved {
    networkRemoved {
      id
    }
  }
`);

export const agentStatusSubscription = graphql(`
  subscription FleetAgentStatus {
    agentStatusChanged {
      id
    }
  }
`);

export const sessionStatusSubscription = graphql(`
  subscription FleetSessionStatus {
    sessionStatusChanged {
      id
    }
  }
`);
