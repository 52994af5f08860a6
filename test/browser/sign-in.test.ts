// Signing in to the launcher in a real browser, as people do: with a password (the server's HttpOnly cookie, kept
// across reloads, ended by Sign out), and through a real OpenID Connect provider (oidc-provider's login and consent
// pages), landing in the groups its claim names. No agent is needed: what is checked is who sees which workspaces.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../harness/oidc-provider.js';
import { CreateWorkspace } from '../harness/operations.js';
import { freePort } from '../harness/process.js';
import { startTestServer, type TestServer } from '../harness/server.js';
import { ensureWebBuilt, launchChromium, screenshot } from './chromium.js';
import {
  CreateGroup,
  CreateUser,
  expectedProblems,
  keepForDocs,
  openPage,
  signInWithPassword,
  timeout,
  UsersAndGroups,
  workspaceNames,
} from './identity.js';

const password = 'correct horse battery staple';

describe('signing in to the launcher in Chromium', () => {
  let provider: TestOidcProvider;
  let server: TestServer;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    // The provider must know the callback before Enclave starts: Enclave gets a port chosen now.
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    [provider, browser] = await Promise.all([
      startOidcProvider({ redirectUris: [`${origin}/auth/oidc/callback`] }),
      launchChromium(),
    ]);
    server = await startTestServer('pglite', {
      PORT: String(port),
      ENCLAVE_OIDC_ISSUER: provider.issuer,
      ENCLAVE_OIDC_CLIENT_ID: provider.clientId,
      ENCLAVE_OIDC_CLIENT_SECRET: provider.clientSecret,
      ENCLAVE_OIDC_NAME: 'Example ID',
    });
    expect(server.base).toBe(origin);
    await server.data(CreateGroup, { input: { name: 'enclave-2' } });
    await server.data(CreateWorkspace, { input: { name: 'everyone', image: 'busybox', cores: 0.1, memoryMb: 32 } });
    await server.data(CreateWorkspace, {
      input: { name: 'enclave-2 desktop', image: 'busybox', cores: 0.1, memoryMb: 32, groups: ['enclave-2'] },
    });
    await server.data(CreateUser, { input: { username: 'carol', displayName: 'Carol Danvers', password } });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await provider?.close();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let n = 0;
    for (const context of contexts)
      for (const page of context.pages()) await screenshot(page, `failed-sign-in-${n++}`);
  });

  it('signs in with a password: refused, then in with an HttpOnly cookie that a reload keeps, until Sign out', async () => {
    const { context, page, log } = await openPage(browser, contexts, `${origin}/launch`, { width: 390, height: 780 });
    const panel = page.locator('#sign-in');
    const username = panel.getByLabel('Username');
    await username.waitFor();
    // Nothing to type before the name: focus is there; the provider is offered, and a token still can be.
    expect(await username.evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    expect(await username.getAttribute('autocomplete')).toBe('username');
    expect(await panel.getByLabel('Password', { exact: true }).getAttribute('autocomplete')).toBe('current-password');
    const oidc = panel.getByRole('link', { name: 'Sign in with Example ID' });
    expect(await oidc.getAttribute('href')).toBe('/auth/oidc/start');
    await panel.getByText('Use an API token instead').waitFor();
    await screenshot(page, 'sign-in');
    keepForDocs('sign-in');

    await signInWithPassword(page, 'carol', 'not the password at all');
    const message = page.locator('#sign-in-message');
    await expect.poll(() => message.innerText(), { timeout }).toBe('Wrong username or password.');
    expect(await message.getAttribute('aria-live')).toBe('polite');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'sign-in-refused-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await signInWithPassword(page, 'carol', password);
    await page.getByText('Carol Danvers · USER').waitFor();
    // Carol is in no group: the workspace limited to enclave-2 is not hers to see.
    await expect.poll(() => workspaceNames(page), { timeout }).toEqual(['everyone']);
    // Live updates over graphql-ws, authenticated by the cookie on the upgrade.
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    await screenshot(page, 'launcher-signed-in-phone');

    const cookie = (await context.cookies(origin)).find((c) => c.name === 'enclave_auth');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('enclave_auth');
    expect(await page.evaluate(() => sessionStorage.getItem('enclave.token'))).toBeNull();

    await page.reload();
    await page.getByText('Carol Danvers · USER').waitFor();
    await expect.poll(() => workspaceNames(page), { timeout }).toEqual(['everyone']);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => message.innerText(), { timeout }).toBe('Signed out.');
    expect(await page.locator('#app').isHidden()).toBe(true);
    expect((await context.cookies(origin)).map((c) => c.name)).not.toContain('enclave_auth');
    await page.reload();
    await username.waitFor();
    expect(await page.locator('#app').isHidden()).toBe(true);
    expect(await page.locator('#who').innerText()).toBe('');
    expect(expectedProblems(log)).toEqual([]);
  });

  it('says how long to wait after too many wrong passwords', async () => {
    const { page } = await openPage(browser, contexts, `${origin}/launch`);
    const message = page.locator('#sign-in-message');
    // A name nobody has: the limit applies all the same (a 429 does not tell which names exist).
    let status = 0;
    for (let attempt = 0; attempt < 8 && status !== 429; attempt++) {
      const [response] = await Promise.all([
        page.waitForResponse(`${origin}/auth/sign-in`),
        signInWithPassword(page, 'mallory', `guess number ${attempt}`),
      ]);
      status = response.status();
    }
    expect(status).toBe(429);
    await expect.poll(() => message.innerText(), { timeout }).toMatch(/^Too many/);
    expect(await message.innerText()).toMatch(/^Too many failed sign-ins\. Try again in \d+ s\.$/);
  });

  it('signs in through OpenID Connect: the provider’s login and consent, back signed in, in the claim’s groups', async () => {
    provider.setUser({ sub: 'f3b1-erin', preferred_username: 'erin', name: 'Erin Example', groups: ['enclave-2', 'elsewhere'] });
    const { page, log } = await openPage(browser, contexts, `${origin}/launch`);
    await page.getByRole('link', { name: 'Sign in with Example ID' }).click();

    // oidc-provider's development pages: any login, any password, then consent.
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.locator('input[name="login"]').fill('f3b1-erin');
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The callback sends the browser to Enclave's `/` (the playground), signed in by the cookie.
    await page.waitForURL((url) => url.origin === origin);
    // What the provider's pages logged (their web font, their favicon) is theirs; from here on it is Enclave's pages.
    log.problems.length = 0;
    if (new URL(page.url()).pathname === '/') {
      await page.getByText('Signed in as erin (USER) in this browser').waitFor();
      await page.goto(`${origin}/launch`);
    }
    await page.getByText('Erin Example · USER').waitFor();
    // In enclave-2 from the claim ("elsewhere" is no group of Enclave's): both workspaces.
    await expect.poll(() => workspaceNames(page), { timeout }).toEqual(['enclave-2 desktop', 'everyone']);
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    const { users } = await server.data(UsersAndGroups);
    expect(users.find((u) => u.username === 'erin')).toMatchObject({ displayName: 'Erin Example', hasPassword: false, groups: [{ name: 'enclave-2' }] });
    expect(log.problems).toEqual([]);
  });
});
