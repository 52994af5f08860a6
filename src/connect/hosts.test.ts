import { describe, expect, it } from 'vitest';
import { cookieValues } from '../http/cookies.js';
import { createActivity } from './activity.js';
import { createSessionHosts } from './hosts.js';

const id = '0f8b6c1e-2d3a-4b5c-8d9e-0a1b2c3d4e5f';

describe('session hosts', () => {
  const hosts = createSessionHosts({ domain: 'sessions.localhost', publicUrl: () => new URL('http://127.0.0.1:4000') });

  it('reads the session from the Host header, whatever its case and port', () => {
    expect(hosts.sessionOf(`${id}.sessions.localhost:4000`)).toBe(id);
    expect(hosts.sessionOf(`${id.toUpperCase()}.SESSIONS.localhost`)).toBe(id);
  });

  it('tells a host under the domain that names no session (null) from any other host (undefined)', () => {
    for (const host of ['sessions.localhost', 'nobody.sessions.localhost', `a.${id}.sessions.localhost`, `${id}x.sessions.localhost`])
      expect(hosts.sessionOf(host)).toBeNull();
    for (const host of [undefined, '127.0.0.1:4000', 'localhost', `${id}.sessions.localhost.evil.example`, `${id}.xsessions.localhost`])
      expect(hosts.sessionOf(host)).toBeUndefined();
  });

  it("makes URLs with Enclave's public scheme and port", () => {
    expect(hosts.urlOf(id, '/vnc.html?x=1').href).toBe(`http://${id}.sessions.localhost:4000/vnc.html?x=1`);
    const behindTls = createSessionHosts({ domain: 's.example.com', publicUrl: () => new URL('https://enclave.example.com') });
    expect(behindTls.urlOf(id, '/').href).toBe(`https://${id}.s.example.com/`);
  });
});

describe('cookieValues', () => {
  it('finds every value of one cookie name, and only that name', () => {
    expect(cookieValues('a=1; enclave_session=x; enclave_session_b=y; enclave_session=z', 'enclave_session')).toEqual(['x', 'z']);
    expect(cookieValues(undefined, 'enclave_session')).toEqual([]);
    expect(cookieValues('enclave_session', 'enclave_session')).toEqual([]);
  });
});

describe('activity', () => {
  it('gathers touches and writes the latest of each session once per flush, and on stop', async () => {
    const writes: Map<string, Date>[] = [];
    const activity = createActivity({ record: async (batch) => void writes.push(new Map(batch)), flushMs: 60_000, onError: () => {} });
    activity.touch('a');
    activity.touch('b');
    activity.touch('a');
    await activity.stop();
    expect(writes).toHaveLength(1);
    expect([...writes[0]!.keys()].sort()).toEqual(['a', 'b']);
    await activity.stop(); // nothing new: no empty write
    expect(writes).toHaveLength(1);
  });

  it('reports a failed write and keeps going', async () => {
    const errors: unknown[] = [];
    const activity = createActivity({ record: () => Promise.reject(new Error('database down')), flushMs: 60_000, onError: (e) => errors.push(e) });
    activity.touch('a');
    await activity.stop();
    expect(errors).toHaveLength(1);
  });
});
