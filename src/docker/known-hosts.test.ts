import { describe, expect, it } from 'vitest';
import { checkHostKey } from './known-hosts.js';

// A real ed25519 host key, and the line `ssh-keygen -H` made of "[127.0.0.1]:42222 <key>".
const keyText = 'AAAAC3NzaC1lZDI1NTE5AAAAIGzRYT4sHbgP8+HiiYSvjLK2OynGyasOFWzbCGOg7bd5';
const key = Buffer.from(keyText, 'base64');
const other = 'AAAAC3NzaC1lZDI1NTE5AAAAIEw2v3mF1xUoQd9Jr0nD5b8Tk2dH0Vq3N3m0dC8h9yXa';
const hashed = '|1|OafWAhPAVTXROUEOWsiETAA3cPQ=|uXMq2f/xAMWjkAG+BuqzUVSX+Fo=';

describe('checkHostKey', () => {
  it.each([
    ['a plain entry, port 22', `docker-1.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'known'],
    ['a bracketed entry with its port', `[127.0.0.1]:42222 ssh-ed25519 ${keyText}`, '127.0.0.1', 42222, 'known'],
    ['a plain entry does not cover another port', `127.0.0.1 ssh-ed25519 ${keyText}`, '127.0.0.1', 42222, 'unknown'],
    ['one of several names', `a.example,docker-1.example,10.0.0.5 ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'known'],
    ['a wildcard', `*.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'known'],
    ['a negated name wins over a wildcard', `*.example,!docker-1.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'unknown'],
    ['a hashed entry (ssh-keygen -H)', `${hashed} ssh-ed25519 ${keyText}`, '127.0.0.1', 42222, 'known'],
    ['a hashed entry for another host', `${hashed} ssh-ed25519 ${keyText}`, '127.0.0.2', 42222, 'unknown'],
    ['the host listed with another key', `docker-1.example ssh-ed25519 ${other}`, 'docker-1.example', 22, 'mismatch'],
    ['another key, then the right one', `docker-1.example ssh-ed25519 ${other}\ndocker-1.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'known'],
    ['revoked', `@revoked docker-1.example ssh-ed25519 ${keyText}\ndocker-1.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'revoked'],
    ['a CA line is not a host key', `@cert-authority docker-1.example ssh-ed25519 ${keyText}`, 'docker-1.example', 22, 'unknown'],
    ['comments and blank lines', `# docker-1.example ssh-ed25519 ${keyText}\n\n`, 'docker-1.example', 22, 'unknown'],
    ['an empty file', '', 'docker-1.example', 22, 'unknown'],
    ['a dot is not a wildcard', `docker-1.example ssh-ed25519 ${keyText}`, 'docker-1xexample', 22, 'unknown'],
  ] as const)('%s', (_label, knownHosts, host, port, expected) => {
    expect(checkHostKey(knownHosts, host, port, key)).toBe(expected);
  });
});
