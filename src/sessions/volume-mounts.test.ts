import { describe, expect, it } from 'vitest';
import type { VolumeMount } from '../db/schema.js';
import { containerMounts, namedVolumes, volumeName } from './volume-mounts.js';

const workspaceId = '0b7c2a40-1d0e-4c55-9a51-3d7e0f6a9b10';
const v = (source: string, target: string, more: Partial<VolumeMount> = {}): VolumeMount => ({
  source,
  target,
  readOnly: false,
  requireAgent: false,
  ...more,
});

describe('volumeName', () => {
  it.each([
    ['profile-{owner}', 'alice', 'profile-alice'],
    ['profile-{owner}', 'Alice Smith/../x', 'profile-_41lice_20_53mith_2f.._2fx'],
    ['ws-{workspace}', 'alice', `ws-${workspaceId}`],
    ['{owner}', 'bob', 'bob'],
    ['a{owner}b{owner}', 'c', 'acbc'],
    ['shared', 'alice', 'shared'],
  ])('%s for %j -> %s', (template, owner, name) => expect(volumeName(template, { owner, workspaceId })).toBe(name));

  it('never gives two owners the same volume', () => {
    const owners = ['alice', 'Alice', 'alice_', 'alice_5f', 'alice ', 'al/ice', 'al-ice', 'al.ice'];
    expect(new Set(owners.map((owner) => volumeName('profile-{owner}', { owner, workspaceId }))).size).toBe(owners.length);
  });
});

describe('containerMounts and namedVolumes', () => {
  const volumes = [
    v('profile-{owner}', '/home/user', { requireAgent: true }),
    v('/srv/enclave/shared', '/shared', { readOnly: true }),
    v('cache-{workspace}', '/cache'),
    v('profile-{owner}', '/again'),
  ];

  it('mounts named volumes as volumes and host paths as binds', () => {
    expect(containerMounts(volumes, { owner: 'alice', workspaceId })).toEqual([
      { type: 'volume', source: 'profile-alice', target: '/home/user', readOnly: false },
      { type: 'bind', source: '/srv/enclave/shared', target: '/shared', readOnly: true },
      { type: 'volume', source: `cache-${workspaceId}`, target: '/cache', readOnly: false },
      { type: 'volume', source: 'profile-alice', target: '/again', readOnly: false },
    ]);
  });

  it('lists each named volume once, required if any of its mounts is', () => {
    expect(namedVolumes(volumes, { owner: 'alice', workspaceId })).toEqual([
      { name: 'profile-alice', requireAgent: true },
      { name: `cache-${workspaceId}`, requireAgent: false },
    ]);
    expect(namedVolumes([v('/srv/enclave/x', '/x')], { owner: 'alice', workspaceId })).toEqual([]);
  });
});
