import { describe, expect, it } from 'vitest';
import { DockerApiError } from './errors.js';
import { pullFailure, RegistryAuthError } from './images.js';

describe('pullFailure', () => {
  const image = '127.0.0.1:5000/team/app:1';

  it.each([
    // dockerd 20.10 to 28, without credentials and with refused ones (distribution's htpasswd), and Hub's and GHCR's.
    ['(HTTP code 500) server error - Head "http://127.0.0.1:5000/v2/team/app/manifests/1": no basic auth credentials ', 500],
    ['(HTTP code 500) server error - unauthorized: authentication required ', 500],
    ['Head "https://ghcr.io/v2/o/x/manifests/1": unauthorized', 500],
    ['unauthorized: incorrect username or password', 500],
    ['Get "https://127.0.0.1:5000/v2/": received unexpected HTTP status: 401 Unauthorized', 500],
    ['anything at all', 401],
  ])('%j (status %i) is the registry refusing the credentials', (detail, status) => {
    const error = pullFailure(image, detail, status);
    expect(error).toBeInstanceOf(RegistryAuthError);
    expect(error.message).toMatch(/^authentication failed for 127\.0\.0\.1:5000 \(/);
    expect(error.message).not.toContain('HTTP code');
    expect((error as RegistryAuthError).registry).toBe('127.0.0.1:5000');
  });

  it.each([
    ['manifest for 127.0.0.1:5000/team/app:1 not found: manifest unknown: manifest unknown', 404],
    ['Get "https://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused', 500],
    ['pull access denied for nope, repository does not exist or may require \'docker login\'', 404],
  ])('%j is another failure, kept as the daemon said it', (detail, status) => {
    const error = pullFailure(image, detail, status);
    expect(error).not.toBeInstanceOf(RegistryAuthError);
    expect(error).toBeInstanceOf(DockerApiError);
    expect(error.message).toBe(`pull ${image}: ${detail}`);
  });

  it('names Docker Hub as docker.io', () => {
    expect(pullFailure('org/private', 'unauthorized: authentication required', 500).message).toMatch(/^authentication failed for docker\.io /);
  });
});
