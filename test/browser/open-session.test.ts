// Opening a session from the launcher in a real browser: Open gives a new tab on the session's own origin
// (<id>.sessions.localhost, which Chromium resolves to loopback), through the agent's Docker API, with a host-only
// HttpOnly cookie that the session's page cannot read, and nothing of the launcher's reachable from it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { importNodeServiceImage, SERVICE_PORT } from '../harness/images.js';
import { RegisterAgent } from '../harness/operations.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { ensureWebBuilt, launchChromium, screenshot } from './chromium.js';

const timeout = 30_000;

const CreateOpenable = graphql(`
  mutation OpenCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }
`);
const CreateUserKey = graphql(`mutation OpenCreateUserKey { createApiKey(input: { name: "bob laptop", role: USER, owner: "bob" }) { token } }`);

describe('Open, from the launcher, in Chromium', () => {
  let server: TestServer;
  let daemon: Dockerd;
  let browser: Browser;
  let context: BrowserContext;
  let token = '';

  beforeAll(async () => {
    ensureWebBuilt();
    [daemon, browser] = await Promise.all([startDockerd('open'), launchChromium()]);
    const image = await importNodeServiceImage(daemon, { page: 'Bob’s desktop' });
    server = await startTestServer('pglite');
    await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
    await server.data(CreateOpenable, {
      input: { name: 'desktop', image, cores: 0.1, memoryMb: 128, connect: { port: SERVICE_PORT, protocol: 'HTTP', path: '/' } },
    });
    token = (await server.data(CreateUserKey)).createApiKey.token;
    context = await browser.newContext({ viewport: { width: 1200, height: 820 } });
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    await daemon?.stop();
  });

  it('opens the running session in a new tab on its own origin, with a cookie its page cannot read', async () => {
    const launcher = await context.newPage();
    launcher.setDefaultTimeout(timeout);
    const origin = new URL(server.url).origin;
    await launcher.goto(`${origin}/launch#token=${token}`);
    await launcher.locator('li[data-workspace="desktop"]').getByRole('button', { name: 'Launch' }).click();
    const row = launcher.locator('#sessions li').first();
    const open = row.getByRole('button', { name: /Open the desktop session/ });
    // "Starting…" (disabled) until the connect port answers through the tunnel, then "Open".
    await expect.poll(() => open.innerText(), { timeout: 60_000 }).toBe('Open');
    const id = (await row.getAttribute('data-session-id'))!;
    await screenshot(launcher, 'launcher-open');

    const [tab] = await Promise.all([context.waitForEvent('page'), open.click()]);
    const session: Page = tab;
    session.setDefaultTimeout(timeout);
    await session.locator('#session').waitFor();
    const url = new URL(session.url());
    expect(url.hostname).toBe(`${id}.sessions.localhost`);
    // The single-use token is gone from the address bar: the exchange answered 303 to the bare path.
    expect(url.search).toBe('');
    expect(await session.locator('h1').innerText()).toBe('Bob’s desktop');
    await screenshot(session, 'session-open');

    // The cookie is the session host's alone, HttpOnly: the page's script sees none of it.
    const cookies = await context.cookies(session.url());
    const enclave = cookies.find((c) => c.name === 'enclave_session');
    expect(enclave).toMatchObject({ domain: url.hostname, httpOnly: true, sameSite: 'Lax' });
    expect(await session.evaluate(() => document.cookie)).not.toContain('enclave');
    expect(await context.cookies(origin)).toEqual([]);
    // Cut from the launcher: no window.opener, and the launcher's storage is another origin's.
    expect(await session.evaluate(() => window.opener === null)).toBe(true);
    expect(await session.evaluate(() => sessionStorage.getItem('enclave.token'))).toBeNull();
    // The launcher still holds its own token, which never went to the session's host.
    expect(await launcher.evaluate(() => sessionStorage.getItem('enclave.token'))).toBe(token);
  }, 120_000);
});
