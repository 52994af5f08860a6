import { describe, it, expect } from 'vitest';
import { EndpointError, isLoopback, parseEndpoint, type Endpoint } from './endpoint.js';

const tlsOff = { tls: false };
const tlsOn = { tls: true };

function parseError(raw: string, opts: { tls: boolean }): EndpointError {
  try {
    parseEndpoint(raw, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointError);
    return error as EndpointError;
  }
  throw new Error(`expected parseEndpoint(${JSON.stringify(raw)}, { tls: ${opts.tls} }) to throw`);
}

describe('parseEndpoint: accepted endpoints', () => {
  it.each<[string, string, { tls: boolean }, Endpoint]>([
    ['unix socket', 'unix:///var/run/docker.sock', tlsOff, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['unix socket, surrounding whitespace', '  unix:///var/run/docker.sock\n', tlsOff, { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['unix socket, percent-encoded path', 'unix:///run/my%20docker.sock', tlsOff, { kind: 'unix', socketPath: '/run/my docker.sock' }],
    ['plain tcp on 127.0.0.1', 'tcp://127.0.0.1:2375', tlsOff, { kind: 'tcp', host: '127.0.0.1', port: 2375, tls: false }],
    ['plain tcp on localhost, default port', 'tcp://localhost', tlsOff, { kind: 'tcp', host: 'localhost', port: 2375, tls: false }],
    ['plain tcp on localhost with port', 'tcp://localhost:2375', tlsOff, { kind: 'tcp', host: 'localhost', port: 2375, tls: false }],
    ['plain tcp on [::1]', 'tcp://[::1]:2375', tlsOff, { kind: 'tcp', host: '::1', port: 2375, tls: false }],
    ['plain tcp on 127.x, trailing slash', 'tcp://127.5.6.7:2375/', tlsOff, { kind: 'tcp', host: '127.5.6.7', port: 2375, tls: false }],
    ['tls tcp on a remote host', 'tcp://10.0.0.5:2376', tlsOn, { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: true }],
    ['tls tcp, default port 2376', 'tcp://10.0.0.5', tlsOn, { kind: 'tcp', host: '10.0.0.5', port: 2376, tls: true }],
    ['tls tcp on a hostname, custom port', 'tcp://docker-host:12376', tlsOn, { kind: 'tcp', host: 'docker-host', port: 12376, tls: true }],
    ['tls tcp on loopback', 'tcp://127.0.0.1', tlsOn, { kind: 'tcp', host: '127.0.0.1', port: 2376, tls: true }],
    ['ssh with user', 'ssh://user@host', tlsOff, { kind: 'ssh', host: 'host', port: 22, username: 'user' }],
    ['ssh without user, custom port', 'ssh://host:2222', tlsOff, { kind: 'ssh', host: 'host', port: 2222, username: undefined }],
    ['ssh with user and port', 'ssh://deploy@docker-host:2222', tlsOff, { kind: 'ssh', host: 'docker-host', port: 2222, username: 'deploy' }],
    ['ssh, percent-encoded user', 'ssh://first%2Blast@host', tlsOff, { kind: 'ssh', host: 'host', port: 22, username: 'first+last' }],
  ])('%s: %j', (_label, raw, opts, expected) => {
    expect(parseEndpoint(raw, opts)).toEqual(expected);
  });
});

describe('parseEndpoint: refused endpoints', () => {
  it.each<[string, string, { tls: boolean }, RegExp]>([
    ['unix socket with no path', 'unix://', tlsOff, /absolute socket path/],
    ['unix: with nothing after it', 'unix:', tlsOff, /absolute socket path/],
    ['unix socket with only "/"', 'unix:///', tlsOff, /absolute socket path/],
    ['unix socket, relative path (first segment read as host)', 'unix://var/run/docker.sock', tlsOff, /absolute socket path/],
    ['unix socket, relative path without slashes', 'unix:relative/docker.sock', tlsOff, /absolute socket path/],
    ['unix socket with a host part', 'unix://host/var/run/docker.sock', tlsOff, /absolute socket path/],
    ['unix socket with tls', 'unix:///var/run/docker.sock', tlsOn, /TLS.*tcp:\/\//],
    ['plain tcp to a remote IP', 'tcp://10.0.0.5:2376', tlsOff, /tls/i],
    ['plain tcp to a remote hostname', 'tcp://docker-host', tlsOff, /tls/i],
    ['plain tcp to 0.0.0.0', 'tcp://0.0.0.0:2375', tlsOff, /tls/i],
    ['plain tcp to 128.0.0.1', 'tcp://128.0.0.1:2375', tlsOff, /tls/i],
    ['tcp with a path', 'tcp://10.0.0.5:2376/v1.41', tlsOn, /must not have a path/],
    ['plain loopback tcp with a path', 'tcp://127.0.0.1:2375/foo', tlsOff, /must not have a path/],
    ['tcp with no host', 'tcp://:2375', tlsOff, /./],
    ['ssh with tls', 'ssh://user@host', tlsOn, /TLS.*ssh:\/\//],
    ['ssh with no host', 'ssh://', tlsOff, /no host/],
    ['http scheme', 'http://127.0.0.1:2375', tlsOff, /Unsupported scheme "http:"/],
    ['http scheme with tls', 'http://10.0.0.5:2376', tlsOn, /Unsupported scheme "http:"/],
    ['https scheme (Docker itself takes tcp:// with TLS)', 'https://10.0.0.5:443', tlsOn, /Unsupported scheme "https:"/],
    ['ftp scheme', 'ftp://example.com', tlsOff, /ftp:/],
    ['garbage text', 'not a url', tlsOff, /not an endpoint URL/],
    ['host:port without a scheme', '10.0.0.5:2376', tlsOn, /./],
    ['empty string', '', tlsOff, /not an endpoint URL/],
    ['whitespace only', '   ', tlsOff, /not an endpoint URL/],
  ])('%s: %j', (_label, raw, opts, message) => {
    const error = parseError(raw, opts);
    expect(error.name).toBe('EndpointError');
    expect(error.message).toMatch(message);
  });

  it('explains the plain-tcp refusal in terms of TLS and names the host', () => {
    const error = parseError('tcp://10.0.0.5:2376', tlsOff);
    expect(error.message).toMatch(/tls/i);
    expect(error.message).toContain('10.0.0.5');
  });

  it.each([
    ['ftp://example.com', 'ftp:'],
    ['http://127.0.0.1:2375', 'http:'],
    ['npipe:////./pipe/docker_engine', 'npipe:'],
  ])('names the unsupported scheme of %j', (raw, scheme) => {
    expect(parseError(raw, tlsOff).message).toContain(scheme);
  });
});

describe('isLoopback', () => {
  it.each<[string, boolean]>([
    ['127.0.0.1', true],
    ['127.5.6.7', true],
    ['127.255.255.254', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['localhost', true],
    ['128.0.0.1', false],
    ['10.0.0.1', false],
    ['192.168.1.10', false],
    ['example.com', false],
    ['127.0.0.1.example.com', false],
    ['0.0.0.0', false],
    ['::', false],
    ['::2', false],
    ['', false],
  ])('isLoopback(%j) === %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});
