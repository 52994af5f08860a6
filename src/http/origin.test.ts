import { describe, expect, it } from 'vitest';
import { clientAddress, sameOrigin } from './origin.js';

describe('sameOrigin: a cookie counts only from Enclave’s own pages', () => {
  const publicUrl = new URL('https://enclave.example.com');
  it.each([
    { what: 'no Origin (same-origin GET, or not a browser)', headers: {}, same: true },
    { what: 'the public origin', headers: { origin: 'https://enclave.example.com' }, same: true },
    { what: 'the Host it was reached under', headers: { origin: 'http://127.0.0.1:4000', host: '127.0.0.1:4000' }, same: true },
    { what: 'another site', headers: { origin: 'https://evil.example' }, same: false },
    { what: 'a session’s host (same site, another origin)', headers: { origin: 'https://abc.sessions.example.com', host: 'enclave.example.com' }, same: false },
    { what: 'Sec-Fetch-Site same-site', headers: { 'sec-fetch-site': 'same-site' }, same: false },
    { what: 'Sec-Fetch-Site cross-site', headers: { 'sec-fetch-site': 'cross-site' }, same: false },
    { what: 'Origin "null" (a sandboxed frame)', headers: { origin: 'null' }, same: false },
  ])('$what: $same', ({ headers, same }) => {
    expect(sameOrigin(headers, publicUrl)).toBe(same);
  });
});

describe('clientAddress: what sign-in limits count', () => {
  const proxies = new Set(['10.0.0.1', '10.0.0.2']);
  it.each([
    { what: 'no proxy trusted: the peer, whatever the header says', peer: '203.0.113.9', xff: '198.51.100.1', trusted: new Set<string>(), address: '203.0.113.9' },
    { what: 'a peer that is no trusted proxy: the peer', peer: '203.0.113.9', xff: '198.51.100.1', trusted: proxies, address: '203.0.113.9' },
    { what: 'a trusted proxy: the client it names', peer: '10.0.0.1', xff: '198.51.100.1', trusted: proxies, address: '198.51.100.1' },
    { what: 'two trusted proxies: past both', peer: '10.0.0.1', xff: '198.51.100.1, 10.0.0.2', trusted: proxies, address: '198.51.100.1' },
    { what: 'a forged first hop is not believed', peer: '10.0.0.1', xff: '1.2.3.4, 198.51.100.1', trusted: proxies, address: '198.51.100.1' },
    { what: 'IPv4-mapped IPv6 peers', peer: '::ffff:10.0.0.1', xff: '198.51.100.1', trusted: proxies, address: '198.51.100.1' },
    { what: 'a trusted proxy without the header: the proxy', peer: '10.0.0.1', xff: undefined, trusted: proxies, address: '10.0.0.1' },
  ])('$what', ({ peer, xff, trusted, address }) => {
    expect(clientAddress(peer, xff, trusted)).toBe(address);
  });
});
