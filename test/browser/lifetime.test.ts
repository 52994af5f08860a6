// Session lifetimes in the launcher, in Chromium against the real server and a real dockerd: an admin sets an idle
// timeout, its action and a volume in the workspace form; a person sees the time left tick, keeps the session alive,
// pauses, suspends and resumes it; a session whose short idle timeout lapses is destroyed by itself.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { ensureWebBuilt, launchChromium, screenshot, screenshotDir, type PageLog } from './chromium.js';
import { expectedProblems, keepForDocs, openPage, timeout } from './identity.js';

// A container that exits 0 on SIGTERM (busybox sleep as PID 1 would ignore it).
const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];

const CreateUserKey = graphql(`mutation LifetimeUiUserKey { createApiKey(input: { name: "carol laptop", role: USER, owner: "carol" }) { token } }`);
const Settings = graphql(`
  query LifetimeUiSettings($id: ID!) {
    workspace(id: $id) { maxLifetimeSeconds idleTimeoutSeconds expirationAction shmSizeMb volumes { source target readOnly requireAgent } }
  }
`);

describe('session lifetimes in the launcher, in Chromium', () => {
  let server: TestServer;
  let origin: string;
  let daemon: Dockerd;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const workspaceIds: Record<string, string> = {};
  let userToken = '';

  beforeAll(async () => {
    ensureWebBuilt();
    [daemon, browser] = await Promise.all([startDockerd('life'), launchChromium()]);
    const image = await daemon.importBusybox();
    server = await startTestServer('pglite', { ENCLAVE_STOP_GRACE_S: '2' });
    origin = new URL(server.url).origin;
    await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
    for (const [name, lifetime] of [
      ['desktop', {}],
      ['brief', { idleTimeoutSeconds: 8, expirationAction: 'DESTROY' }],
    ] as const) {
      const { createWorkspace } = await server.data(CreateWorkspace, { input: { name, image, command, cores: 0.1, memoryMb: 64, ...lifetime } });
      workspaceIds[name] = createWorkspace.id;
    }
    userToken = (await server.data(CreateUserKey)).createApiKey.token;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await daemon?.stop();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let n = 0;
    for (const context of contexts)
      for (const page of context.pages()) await screenshot(page, `failed-lifetime-${task.name.slice(0, 30).replace(/\W+/g, '-')}-${n++}`);
  });

  async function launcher(token: string): Promise<{ page: Page; log: PageLog }> {
    const { page, log } = await openPage(browser, contexts, `${origin}/launch#token=${token}`);
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    return { page, log };
  }

  /** Everything went to this server, and nothing broke or was blocked. */
  function expectSelfContained(log: PageLog) {
    const foreign = log.urls.filter((url) => !['data:', 'blob:'].includes(new URL(url).protocol) && new URL(url).host !== new URL(origin).host);
    expect(foreign).toEqual([]);
    expect(expectedProblems(log)).toEqual([]);
  }

  const statusOf = (row: Locator) => row.locator('.status').innerText();
  // Page code: the project's type check has no DOM library.
  const focused = (element: { ownerDocument: unknown }) => element === (element.ownerDocument as { activeElement: unknown }).activeElement;

  it('lets an admin set the idle timeout, its action, shm and a volume, with a refusal shown beside its field', async () => {
    const { page, log } = await launcher(adminToken);
    const form = page.locator('#config-form');
    await form.getByLabel('Workspace').selectOption({ label: 'desktop' });
    await form.getByLabel('Idle timeout', { exact: true }).fill('2');
    await form.getByLabel('Idle timeout unit').selectOption({ label: 'minutes' });
    await form.getByLabel('At the deadline').selectOption('SUSPEND');
    await form.getByLabel('Shared memory').fill('256');
    // A volume, by keyboard: Add, then type into the row's fields.
    await form.getByRole('button', { name: 'Add volume' }).press('Enter');
    const volume = form.getByRole('group', { name: 'Volume 1' });
    await volume.getByLabel('Source').fill('profile-{owner}');
    await volume.getByLabel('Target in the container').fill('home/user');
    await form.getByRole('button', { name: 'Save' }).click();

    // The server refuses the relative target (extensions.field "volumes"): said on the row, which gets the focus.
    await expect.poll(() => volume.locator('.field-error').innerText(), { timeout }).toContain("Volume 1's target");
    const target = volume.getByLabel('Target in the container');
    expect(await target.getAttribute('aria-invalid')).toBe('true');
    expect(await target.evaluate(focused)).toBe(true);
    expect(await form.locator('#config-message').innerText()).toContain('Not saved');
    await screenshot(page, 'launcher-lifetime-refused');
    expect((await server.data(Settings, { id: workspaceIds['desktop']! })).workspace?.idleTimeoutSeconds).toBeNull();

    await target.fill('/home/user');
    expect(await target.getAttribute('aria-invalid')).toBeNull();
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => form.locator('#config-message').innerText(), { timeout })
      .toContain('Sessions end after 2 minutes idle, and are suspended.');
    const { workspace } = await server.data(Settings, { id: workspaceIds['desktop']! });
    expect(workspace).toEqual({
      maxLifetimeSeconds: null,
      idleTimeoutSeconds: 120,
      expirationAction: 'SUSPEND',
      shmSizeMb: 256,
      volumes: [{ source: 'profile-{owner}', target: '/home/user', readOnly: false, requireAgent: false }],
    });
    // Shown again as saved: 120 seconds in the largest unit that holds it.
    expect(await form.getByLabel('Idle timeout', { exact: true }).inputValue()).toBe('2');
    expect(await form.getByLabel('Idle timeout unit').inputValue()).toBe('60');
    await form.scrollIntoViewIfNeeded();
    await page.locator('#configuration').screenshot({ path: `${screenshotDir}launcher-lifetime-settings.png` });
    keepForDocs('launcher-lifetime-settings');
    // On a phone, in dark mode.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.locator('#configuration').screenshot({ path: `${screenshotDir}launcher-lifetime-settings-phone-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    expectSelfContained(log);
  }, 120_000);

  it('shows the time left ticking, keeps the session alive, and pauses, suspends and resumes it', async () => {
    const { page, log } = await launcher(userToken);
    await page.locator('li[data-workspace="desktop"]').getByRole('button', { name: 'Launch' }).click();
    const row = page.locator('#sessions li[data-status]').first();
    await expect.poll(() => statusOf(row), { timeout: 60_000 }).toBe('RUNNING');
    const left = row.locator('.time-left time');
    await expect.poll(() => left.innerText(), { timeout }).toMatch(/^Will be suspended in (2 min 00 s|1 min \d\d s)$/);
    // One second later it says less: the list's timer ticks.
    const first = await left.innerText();
    await expect.poll(() => left.innerText(), { timeout }).not.toBe(first);
    const before = Date.parse((await left.getAttribute('datetime'))!);

    // 2 minutes is within 5 of the deadline: Keep alive is offered, and pushes the deadline out.
    await page.waitForTimeout(2000);
    const keepalive = row.getByRole('button', { name: /^Keep the desktop session started .* alive$/ });
    await keepalive.click();
    const message = row.getByRole('status');
    await expect.poll(() => message.innerText(), { timeout }).toMatch(/^Kept alive: will be suspended at /);
    const after = Date.parse((await left.getAttribute('datetime'))!);
    expect(after - before).toBeGreaterThanOrEqual(1500);
    expect(await left.innerText()).toMatch(/^Will be suspended in (2 min 00 s|1 min 5\d s)$/);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.locator('section[aria-labelledby="sessions-title"]').screenshot({ path: `${screenshotDir}launcher-lifetime.png` });
    keepForDocs('launcher-lifetime');
    await page.setViewportSize({ width: 1200, height: 820 });

    // Pause by keyboard: the focus moves to Resume once Pause no longer applies.
    await row.getByRole('button', { name: /^Pause the desktop session/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(row), { timeout }).toBe('PAUSED');
    expect(await row.innerText()).toContain('Paused: frozen, it keeps its memory. Resume to continue.');
    await expect.poll(() => message.innerText(), { timeout }).toBe('Paused.');
    expect(await row.locator('.time-left').isHidden()).toBe(true);
    const resume = row.getByRole('button', { name: /^Resume the desktop session/ });
    await expect.poll(() => resume.evaluate(focused), { timeout }).toBe(true);
    expect(await row.getByRole('button', { name: /^Pause/ }).isHidden()).toBe(true);
    expect(await row.getByRole('button', { name: /^Destroy/ }).isVisible()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshotDir}launcher-paused-phone-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 820 });

    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(row), { timeout }).toBe('RUNNING');
    await expect.poll(() => message.innerText(), { timeout }).toBe('Resumed: running again.');

    await row.getByRole('button', { name: /^Suspend the desktop session/ }).click();
    await expect.poll(() => statusOf(row), { timeout }).toBe('SUSPENDED');
    expect(await row.innerText()).toContain('Suspended: stopped, its disk kept. Resume to continue.');
    await expect.poll(() => message.innerText(), { timeout }).toBe('Suspended.');
    expect(await row.getByRole('button', { name: /^Suspend/ }).isHidden()).toBe(true);
    await screenshot(page, 'launcher-suspended');

    await resume.click();
    await expect.poll(() => statusOf(row), { timeout: 60_000 }).toBe('RUNNING');
    await expect.poll(() => message.innerText(), { timeout }).toBe('Resumed: running again.');
    // Its deadline started again with the resume.
    await expect.poll(() => left.innerText(), { timeout }).toMatch(/^Will be suspended in (2 min 00 s|1 min \d\d s)$/);
    expectSelfContained(log);
  }, 180_000);

  it('drops a session whose short idle timeout lapses (DESTROY) from RUNNING by itself', async () => {
    const { page, log } = await launcher(userToken);
    await page.locator('li[data-workspace="brief"]').getByRole('button', { name: 'Launch' }).click();
    const row = page.locator('#sessions li[data-status]', { hasText: 'brief' }).first();
    await expect.poll(() => statusOf(row), { timeout: 60_000 }).toBe('RUNNING');
    await expect.poll(() => row.locator('.time-left').innerText(), { timeout }).toMatch(/^Will be destroyed in \d s$/);
    // Nobody touches it: the idle rule destroys it, and the row follows live.
    await expect.poll(() => statusOf(row), { timeout: 40_000 }).toBe('STOPPED');
    expect(await row.locator('.time-left').isHidden()).toBe(true);
    expect(await row.getByRole('button', { name: /^Destroy/ }).isHidden()).toBe(true);
    const id = (await row.getAttribute('data-session-id'))!;
    expect(await daemon.docker('ps', '-aq', '--filter', `label=io.enclave.session=${id}`)).toBe('');
    expectSelfContained(log);
  }, 120_000);
});
