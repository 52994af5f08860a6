// The official GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against the running server, as ADMIN.
// MUST audits have to pass; SHOULD and MAY results are printed so that the deviations can be documented.
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';

describe('GraphQL over HTTP audits (graphql-http)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer('pglite');
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('passes every MUST audit', async () => {
    // The server wants a bearer token on every request; the audits do not send one.
    const fetchFn: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${adminToken}`);
      return fetch(input, { ...init, headers });
    };
    const audits = serverAudits({ url: server.url, fetchFn });
    const results: AuditResult[] = [];
    for (const audit of audits) results.push(await audit.fn());

    const levels = ['MUST', 'SHOULD', 'MAY'] as const;
    const statuses = ['ok', 'notice', 'warn', 'error'] as const;
    const table = levels.map((level) => {
      const mine = results.filter((r) => r.name.startsWith(`${level} `));
      return `${level.padEnd(6)} ${statuses.map((s) => `${s}: ${mine.filter((r) => r.status === s).length}`).join(', ')} (of ${mine.length})`;
    });
    const notOk = results.filter((r) => r.status !== 'ok');
    const describe = async (r: AuditResult) => {
      if (r.status === 'ok') return '';
      let body = '';
      try {
        body = (await r.response.clone().text()).slice(0, 200);
      } catch {
        body = '(body already read)';
      }
      return `  [${r.status}] ${r.id} ${r.name}\n      reason: ${r.reason}\n      response: ${r.response.status} ${body}`;
    };
    console.log(
      [
        `graphql-http audit: ${results.length} audits against ${server.url}`,
        ...table.map((line) => `  ${line}`),
        ...(notOk.length ? ['not ok:', ...(await Promise.all(notOk.map(describe)))] : ['all ok']),
      ].join('\n'),
    );

    const mustFailures = results.filter((r) => r.name.startsWith('MUST ') && r.status !== 'ok');
    expect(mustFailures.map((r) => `${r.id} ${r.name}: ${r.status === 'ok' ? '' : r.reason}`)).toEqual([]);
  });
});
