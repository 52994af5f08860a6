import { describe, expect, it } from 'vitest';
import { isImageReference } from './image-reference.js';

describe('isImageReference', () => {
  it.each([
    'busybox',
    'busybox:1.36',
    'library/busybox:latest',
    'enclave-test/busybox:latest',
    'ghcr.io/org/app:1.2.3',
    'localhost:5000/team/app',
    'registry.example.com:443/a/b/c:v1_2-3',
    'app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'app:1@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'a__b/c--d',
    '[::1]:5000/app',
  ])('accepts %s', (image) => expect(isImageReference(image)).toBe(true));

  it.each([
    '',
    'Busybox',
    'busybox:',
    ':latest',
    'busybox:-bad',
    'a//b',
    'app@sha256:short',
    'has space',
    '-leading',
    'trailing-',
    'a:' + 'x'.repeat(129),
    `${'a'.repeat(256)}`,
  ])('refuses %j', (image) => expect(isImageReference(image)).toBe(false));
});
