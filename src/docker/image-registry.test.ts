import { describe, expect, it } from 'vitest';
import { canonicalRegistry, registryOf, serverAddressOf } from './image-registry.js';

describe('registryOf', () => {
  it.each([
    ['busybox', 'docker.io'],
    ['busybox:1.36', 'docker.io'],
    [`busybox@sha256:${'a'.repeat(64)}`, 'docker.io'],
    ['library/busybox', 'docker.io'],
    ['org/app:1.2', 'docker.io'],
    ['org/team/app', 'docker.io'],
    ['127.0.0.1:5000/a/b:1', '127.0.0.1:5000'],
    ['127.0.0.1/a', '127.0.0.1'],
    [`ghcr.io/o/x@sha256:${'0'.repeat(64)}`, 'ghcr.io'],
    ['ghcr.io/o/x:1', 'ghcr.io'],
    ['registry.example.com:443/team/app', 'registry.example.com:443'],
    ['localhost/app', 'localhost'],
    ['localhost:5000/app:dev', 'localhost:5000'],
    ['[::1]:5000/app', '[::1]:5000'],
    // A first component without "." or ":" is a repository path, unless it has upper case (which paths cannot).
    ['myregistry/app', 'docker.io'],
    ['MyRegistry/app', 'myregistry'],
    ['GHCR.io/o/x', 'ghcr.io'],
    // Hub's other names are Hub.
    ['index.docker.io/library/busybox', 'docker.io'],
    ['registry-1.docker.io/library/busybox', 'docker.io'],
    ['docker.io/library/busybox', 'docker.io'],
  ])('%s is pulled from %s', (image, registry) => {
    expect(registryOf(image)).toBe(registry);
  });
});

describe('canonicalRegistry and serverAddressOf', () => {
  it.each([
    ['docker.io', 'docker.io', 'https://index.docker.io/v1/'],
    ['index.docker.io', 'docker.io', 'https://index.docker.io/v1/'],
    ['Registry-1.Docker.io', 'docker.io', 'https://index.docker.io/v1/'],
    ['Ghcr.IO', 'ghcr.io', 'ghcr.io'],
    ['127.0.0.1:5000', '127.0.0.1:5000', '127.0.0.1:5000'],
  ])('%s is stored as %s, with serveraddress %s', (given, stored, address) => {
    expect(canonicalRegistry(given)).toBe(stored);
    expect(serverAddressOf(canonicalRegistry(given))).toBe(address);
  });
});
