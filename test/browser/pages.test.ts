// The playground and the launcher in a real browser, against the real server and real Docker daemons.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { subscriptionGauge } from '../harness/live-subscriptions.js';
import { CreateNetwork, CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';
import { ensureWebBuilt, launchChromium, screenshot, screenshotDir, watchPage, type PageLog } from './chromium.js';
import { expectedProblems } from './identity.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];
const timeout = 20_000;

const Restrict = graphql(`
  mutation PagesRestrict($id: ID!, $n: [String!]!) { restrictWorkspaceToNetworks(id: $id, networks: $n, allowNetworkSelection: true) { id } }
`);
const CreateUserKey = graphql(`mutation PagesCreateUserKey { createApiKey(input: { name: "alice laptop", role: USER, owner: "alice" }) { token } }`);
const WorkspaceNetworks = graphql(`query PagesWorkspaceNetworks($id: ID!) { workspace(id: $id) { networks allowNetworkSelection } }`);

describe('the playground and the launcher in Chromium', () => {
  let server: TestServer;
  let origin: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const daemons: Dockerd[] = [];
  const agentIds: Record<string, string> = {};
  const workspaceIds: Record<string, string> = {};
  let userToken = '';

  beforeAll(async () => {
    ensureWebBuilt();
    const [started, launched] = await Promise.all([
      Promise.all(['b1', 'b2'].map((name) => startDockerd(name))),
      launchChromium(),
    ]);
    daemons.push(...started);
    browser = launched;
    const image = (await Promise.all(started.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer('pglite', { ENCLAVE_STOP_GRACE_S: '5' });
    origin = new URL(server.url).origin;
    for (const daemon of started) {
      const { registerAgent } = await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
      agentIds[daemon.name] = registerAgent.id;
    }
    // z_enclave_2 on both agents, z_enclave_3 on b2 only, z_enclave_9 nowhere.
    await server.data(CreateNetwork, { input: { name: 'z_enclave_2' } });
    await server.data(CreateNetwork, { input: { name: 'z_enclave_3', agentIds: [agentIds['b2']!] } });
    for (const [name, networks] of [
      ['chrome', ['z_enclave_2', 'z_enclave_3', 'z_enclave_9']],
      ['terminal', null],
      ['nowhere', ['z_enclave_9']],
    ] as const) {
      const { createWorkspace } = await server.data(CreateWorkspace, { input: { name, image, command, cores: 0.1, memoryMb: 64 } });
      workspaceIds[name] = createWorkspace.id;
      if (networks) await server.data(Restrict, { id: createWorkspace.id, n: [...networks] });
    }
    const { createApiKey } = await server.data(CreateUserKey);
    userToken = createApiKey.token;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await Promise.all(daemons.map((d) => d.stop()));
  });

  // A failing test leaves a picture of every page it had open (CI keeps test-output/ as artifacts).
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let n = 0;
    for (const context of contexts)
      for (const page of context.pages())
        await screenshot(page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}-${n++}`);
  });

  async function open(path: string, viewport = { width: 1200, height: 820 }): Promise<{ page: Page; log: PageLog }> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const log = await watchPage(page);
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    return { page, log };
  }

  /** Nothing left the machine: every request and WebSocket went to this server; nothing broke or was blocked. */
  function expectSelfContained(log: PageLog) {
    expect(log.urls.length).toBeGreaterThan(0);
    const foreign = log.urls.filter((url) => {
      const { protocol, host } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return host !== new URL(origin).host || !['http:', 'ws:'].includes(protocol);
    });
    expect(foreign).toEqual([]);
    expect(expectedProblems(log)).toEqual([]);
  }

  const optionTexts = (page: Page, workspace: string) =>
    page
      .locator(`li[data-workspace="${workspace}"] select option`)
      .evaluateAll((options) =>
        (options as unknown as { textContent: string; disabled: boolean }[]).map(
          (o) => `${o.textContent}${o.disabled ? ' [disabled]' : ''}`,
        ),
      );

  /** Opens a new GraphiQL tab and types an operation into its editor (Monaco) as a person would. */
  async function typeOperation(page: Page, text: string) {
    await page.getByRole('button', { name: 'New tab' }).click();
    await page.locator('.graphiql-query-editor .monaco-editor').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(text);
    // Close any completion list Monaco opened, and check what the editor holds.
    await page.keyboard.press('Escape');
    const lines = page.locator('.graphiql-query-editor .view-lines');
    await expect.poll(async () => (await lines.innerText()).replace(/\u00a0/g, ' ').trim(), { timeout }).toBe(text);
  }

  it('serves the playground: a token, introspected docs, a query and a subscription, all from this server', async () => {
    const { page, log } = await open('/');
    await page.getByText('No token: paste an API key to use the API, or sign in on the launcher.').waitFor();
    await page.locator('.graphiql-query-editor .view-lines').getByText('Welcome to the Enclave playground').waitFor();
    await screenshot(page, 'playground-no-token');
    await page.getByLabel('API token', { exact: true }).and(page.getByRole('textbox')).fill(adminToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText('Signed in as admin (ADMIN)').waitFor();
    expect(await page.evaluate(`sessionStorage.getItem('enclave.token')`)).toBe(adminToken);

    // The schema came through introspection with the token: the docs list the root types.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Mutation', { exact: true }).first().waitFor();

    // A new tab, a query typed into Monaco, run with the button; the result pane shows ADMIN.
    await typeOperation(page, '{ viewer { role } }');
    await page.getByRole('button', { name: /Execute query/ }).click();
    const response = page.locator('.graphiql-response');
    await expect.poll(() => response.innerText(), { timeout }).toMatch(/"role":\s*"ADMIN"/);
    await screenshot(page, 'playground');

    // A subscription runs over graphql-ws, with the token as connection params.
    await typeOperation(page, 'subscription { networkDiscovered { name agent { name } } }');
    const before = (await subscriptionGauge(server.base)) ?? 0;
    await page.getByRole('button', { name: /Execute query/ }).click();
    await expect
      .poll(() => log.urls.some((url) => url.startsWith(`ws://${new URL(origin).host}/graphql`)), { timeout })
      .toBe(true);
    // The server sets the subscription up a moment after the WebSocket handshake.
    await until('the playground subscription live', async () => ((await subscriptionGauge(server.base)) ?? 0) > before, { timeoutMs: timeout });
    await daemons[0]!.docker('network', 'create', 'z_from_playground');
    await expect.poll(() => response.innerText(), { timeout }).toContain('z_from_playground');
    await screenshot(page, 'playground-subscription');
    await page.getByRole('button', { name: /Stop query/ }).click();

    expectSelfContained(log);
  });

  /** The USER's launcher, opened once and kept open: test (c) checks it follows changes without a reload. */
  let user: { page: Page; log: PageLog } | undefined;
  async function userLauncher() {
    if (user) return user;
    user = await open(`/launch#token=${userToken}`);
    await user.page.getByText('alice · USER').waitFor();
    await user.page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    return user;
  }

  it('launches as a USER: a network from the dropdown, RUNNING, then Destroy, STOPPED', async () => {
    const { page, log } = await userLauncher();
    // The token left the address bar for this tab's sessionStorage.
    expect(page.url()).toBe(`${origin}/launch`);
    expect(await page.evaluate(`sessionStorage.getItem('enclave.token')`)).toBe(userToken);
    // USERs get no workspace configuration.
    expect(await page.locator('#configuration').isHidden()).toBe(true);

    expect(await optionTexts(page, 'chrome')).toEqual([
      'Auto (2 agents)',
      'z_enclave_2 (2 agents)',
      'z_enclave_3 (1 agent)',
      'z_enclave_9 (unavailable: no agent) [disabled]',
    ]);
    expect(await optionTexts(page, 'terminal')).toEqual(['Auto (2 agents)']);

    const chrome = page.locator('li[data-workspace="chrome"]');
    await chrome.getByLabel('Network').selectOption('z_enclave_3');
    await chrome.getByRole('button', { name: 'Launch' }).click();
    const session = page.locator('#sessions li').first();
    await expect.poll(() => session.locator('.status').innerText(), { timeout }).toBe('RUNNING');
    expect(await session.innerText()).toContain('z_enclave_3 on b2');
    const id = (await session.getAttribute('data-session-id'))!;
    expect(await daemons[1]!.docker('ps', '-q', '--filter', `label=io.enclave.session=${id}`)).not.toBe('');
    await screenshot(page, 'launcher-running');

    // The README's picture: the launcher with a running session, small.
    await page.getByText('chrome is running on z_enclave_3 (b2).').waitFor();
    await page.setViewportSize({ width: 1000, height: 700 });
    const readme = `${screenshotDir}launcher-readme.png`;
    await page.screenshot({ path: readme });
    if (process.env['ENCLAVE_UPDATE_DOCS_SCREENSHOT']) {
      mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
      copyFileSync(readme, fileURLToPath(new URL('../../docs/launcher.png', import.meta.url)));
    }
    await page.setViewportSize({ width: 1200, height: 820 });

    // A refused launch shows the server's reason in the card's live region.
    const nowhere = page.locator('li[data-workspace="nowhere"]');
    await nowhere.getByRole('button', { name: 'Launch' }).click();
    await expect
      .poll(() => nowhere.locator('.card-error').innerText(), { timeout })
      .toContain('has no network "z_enclave_9"');
    expect(await nowhere.locator('.card-error').getAttribute('aria-live')).toBe('polite');

    await session.getByRole('button', { name: /^Destroy/ }).click();
    await expect.poll(() => session.locator('.status').innerText(), { timeout }).toBe('STOPPED');
    expect(await session.getByRole('button', { name: /^Destroy/ }).isHidden()).toBe(true);
    expect(await daemons[1]!.docker('ps', '-aq', '--filter', `label=io.enclave.session=${id}`)).toBe('');
    await screenshot(page, 'launcher-stopped');

    // On a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${screenshotDir}launcher-phone.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshotDir}launcher-phone-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 820 });
    expectSelfContained(log);
  });

  it('signs in with a token instead of a password: a wrong one is refused with a message, a good one opens the launcher', async () => {
    const { page } = await open('/launch', { width: 390, height: 700 });
    // The password form comes first, its username field focused; the token form is one click away.
    const panel = page.locator('#sign-in');
    const username = panel.getByLabel('Username');
    const focused = (input: { ownerDocument: unknown }) => input === (input.ownerDocument as { activeElement: unknown }).activeElement;
    await username.waitFor();
    expect(await username.evaluate(focused)).toBe(true);
    await panel.getByText('Use an API token instead').click();
    const field = panel.getByLabel('API token');
    await field.fill('not-a-token');
    await page.keyboard.press('Enter');
    await page.getByText('This token was not accepted').waitFor();
    // Still open, and focused, for another try.
    expect(await field.evaluate(focused)).toBe(true);
    await screenshot(page, 'launcher-sign-in');
    await field.fill(userToken);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText('alice · USER').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('Signed out').waitFor();
    expect(await page.evaluate(`sessionStorage.getItem('enclave.token')`)).toBeNull();
  });

  it("lets an admin restrict a workspace, and the USER's dropdown follows without a reload", async () => {
    const { page: admin, log } = await open(`/launch#token=${adminToken}`);
    await admin.getByRole('heading', { name: 'Workspace configuration' }).waitFor();
    // Subscribed, and caught up with what happened before.
    await admin.getByRole('status').getByText('Live', { exact: true }).waitFor();
    const { page, log: userLog } = await userLauncher();
    await page.evaluate('window.marker = 42');

    const form = admin.locator('#config-form');
    await form.getByLabel('Workspace').selectOption({ label: 'terminal' });
    expect(await form.getByLabel('Restrict to Docker networks').isChecked()).toBe(false);
    // A network created on an agent appears in the list at once.
    await daemons[0]!.docker('network', 'create', 'z_enclave_4');
    await form.getByLabel('z_enclave_4').waitFor();

    await form.getByLabel('Restrict to Docker networks').check();
    await form.getByLabel('z_enclave_2').check();
    await form.getByLabel('z_enclave_4').check();
    await form.getByLabel('Allow network selection').check();
    await screenshot(admin, 'launcher-admin-configuration');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.locator('#config-message').innerText(), { timeout }).toContain('Saved');

    await expect
      .poll(() => optionTexts(page, 'terminal'), { timeout })
      .toEqual(['Auto (2 agents)', 'z_enclave_2 (2 agents)', 'z_enclave_4 (1 agent)']);
    // Then the network goes away from its agent: its option is disabled, live too.
    await daemons[0]!.docker('network', 'rm', 'z_enclave_4');
    await expect
      .poll(() => optionTexts(page, 'terminal'), { timeout })
      .toEqual(['Auto (2 agents)', 'z_enclave_2 (2 agents)', 'z_enclave_4 (unavailable: no agent) [disabled]']);
    expect(await page.evaluate('window.marker')).toBe(42);
    await screenshot(page, 'launcher-after-restriction');

    const { workspace } = await server.data(WorkspaceNetworks, { id: workspaceIds['terminal']! });
    expect(workspace).toEqual({ networks: ['z_enclave_2', 'z_enclave_4'], allowNetworkSelection: true });
    expectSelfContained(log);
    expectSelfContained(userLog);
  });
});
