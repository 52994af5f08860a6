// People and groups in a real browser: a USER sees only the workspaces their groups open and launches only on their
// groups' networks (kept live when an admin regroups them), and an admin manages people and groups from the launcher.
// One stand-in Docker daemon (fake-docker) is the agent: its networks fill the dropdowns and the admin's checkboxes;
// nothing is launched.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDocker, type FakeDocker } from '../harness/fake-docker.js';
import { CreateNetwork, CreateWorkspace, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { ensureWebBuilt, launchChromium, screenshot, screenshotDir, type PageLog } from './chromium.js';
import {
  CreateGroup,
  CreateUser,
  expectedProblems,
  keepForDocs,
  openPage,
  optionTexts,
  signInWithPassword,
  timeout,
  UpdateUser,
  UsersAndGroups,
  workspaceNames,
} from './identity.js';

const password = 'purple monkey dishwasher';

describe('people and groups in the launcher, in Chromium', () => {
  let server: TestServer;
  let origin: string;
  let docker: FakeDocker;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const userIds: Record<string, string> = {};

  beforeAll(async () => {
    ensureWebBuilt();
    [docker, browser, server] = await Promise.all([startFakeDocker(), launchChromium(), startTestServer('pglite')]);
    origin = server.base;
    await server.data(RegisterAgent, { input: { name: 'fake', endpoint: docker.endpoint } });
    for (const name of ['z_lab', 'z_office']) await server.data(CreateNetwork, { input: { name } });
    await server.data(CreateGroup, { input: { name: 'enclave-2' } });
    await server.data(CreateGroup, { input: { name: 'lab', networks: ['z_lab'] } });
    const workspace = (name: string, groups?: string[]) =>
      server.data(CreateWorkspace, { input: { name, image: 'busybox', cores: 0.1, memoryMb: 32, ...(groups && { groups }) } });
    await workspace('secret', ['enclave-2']);
    await workspace('open');
    const { createWorkspace: multi } = await workspace('multi');
    await server.data(RestrictWorkspace, { id: multi.id, networks: ['z_lab', 'z_office'], allowNetworkSelection: true });
    for (const [username, groups] of [['nobody', []], ['member', ['enclave-2']], ['labbie', ['lab']], ['olive', []]] as const) {
      const { createUser } = await server.data(CreateUser, { input: { username, password, groups: [...groups] } });
      userIds[username] = createUser.id;
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await docker?.stop();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let n = 0;
    for (const context of contexts) for (const page of context.pages()) await screenshot(page, `failed-people-${n++}`);
  });

  /** A launcher signed in as `username` with the cookie, set by /auth/sign-in from the browser context itself. */
  async function launcherOf(username: string) {
    const opened = await openPage(browser, contexts, `${origin}/launch`);
    const signIn = await opened.context.request.post(`${origin}/auth/sign-in`, { data: { username, password } });
    expect(signIn.status()).toBe(200);
    await opened.page.reload();
    await opened.page.getByText(`${username} · USER`).waitFor();
    await opened.page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    return opened;
  }

  it('shows a USER only the workspaces of their groups, and only their groups’ networks', async () => {
    const nobody = await launcherOf('nobody');
    await expect.poll(() => workspaceNames(nobody.page), { timeout }).toEqual(['multi', 'open']);
    const all = ['Auto (1 agent)', 'z_lab (1 agent)', 'z_office (1 agent)'];
    expect(await optionTexts(nobody.page, 'multi')).toEqual(all);

    const member = await launcherOf('member');
    await expect.poll(() => workspaceNames(member.page), { timeout }).toEqual(['multi', 'open', 'secret']);
    // The card says whom it is for.
    expect(await member.page.locator('li[data-workspace="secret"] .meta').innerText()).toContain('for enclave-2');

    // lab may launch on z_lab only: z_office is not offered (not even as unavailable).
    const labbie = await launcherOf('labbie');
    await expect.poll(() => workspaceNames(labbie.page), { timeout }).toEqual(['multi', 'open']);
    expect(await optionTexts(labbie.page, 'multi')).toEqual(['Auto (1 agent)', 'z_lab (1 agent)']);

    // Regrouped by an admin while the page is open: it follows, without a reload.
    await nobody.page.evaluate(() => ((globalThis as { marker?: number }).marker = 42));
    await server.data(UpdateUser, { id: userIds['nobody']!, input: { groups: ['enclave-2', 'lab'] } });
    await expect.poll(() => workspaceNames(nobody.page), { timeout }).toEqual(['multi', 'open', 'secret']);
    // In enclave-2 (no network limit) as well as lab: not narrowed.
    await expect.poll(() => optionTexts(nobody.page, 'multi'), { timeout }).toEqual(all);
    await server.data(UpdateUser, { id: userIds['nobody']!, input: { groups: [] } });
    await expect.poll(() => workspaceNames(nobody.page), { timeout }).toEqual(['multi', 'open']);
    expect(await nobody.page.evaluate(() => (globalThis as { marker?: number }).marker)).toBe(42);
    await nobody.page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    expect(await nobody.page.locator('#notice').innerText()).toBe('');
    for (const { log } of [nobody, member, labbie]) expect(expectedProblems(log)).toEqual([]);
  });

  /** The admin's people section, signed in with the bootstrap token. */
  async function adminPeople(): Promise<{ page: Page; section: Locator; log: PageLog }> {
    const { page, log } = await openPage(browser, contexts, `${origin}/launch#token=${adminToken}`);
    await page.getByRole('heading', { name: 'People and groups' }).waitFor();
    const section = page.locator('#people');
    await section.locator('li[data-username="olive"]').waitFor();
    return { page, section, log };
  }

  it('lets an admin create a group and a person in it, reset a password, disable; the person signs in', async () => {
    const { page, section, log: adminLog } = await adminPeople();
    // A group, by keyboard: its name, a network found on the agent (checked with Space), one typed in.
    const groupForm = section.locator('#group-form');
    await createGroupByKeyboard(page, groupForm, 'night-shift', 'z_lab', 'z_later');
    const groupMessage = groupForm.locator('#group-form-message');
    await expect.poll(() => groupMessage.innerText(), { timeout }).toBe(
      'Created the group night-shift: its members launch on z_lab, z_later only.',
    );
    const nightShift = section.locator('li[data-group="night-shift"]');
    expect(await nightShift.innerText()).toContain('Networks: z_lab, z_later');

    // A person in it, with an initial password.
    const userForm = section.locator('#user-form');
    await userForm.getByLabel('Username').fill('nina');
    await userForm.getByLabel('Display name').fill('Nina Night');
    await userForm.getByLabel('Initial password').fill('first password, long enough');
    await userForm.getByLabel('night-shift').check();
    await userForm.getByRole('button', { name: 'Add person' }).click();
    await expect.poll(() => userForm.locator('#user-form-message').innerText(), { timeout }).toBe(
      'Added nina (USER), in night-shift. They can sign in with the password you set.',
    );
    const nina = section.locator('li[data-username="nina"]');
    expect(await nina.locator('.meta').innerText()).toContain('Nina Night · groups: night-shift · password sign-in · never signed in');
    await expect.poll(() => nightShift.innerText(), { timeout }).toContain('Members: nina');

    // A new password, and enclave-2 besides night-shift.
    await nina.getByText('Change groups, role or password').click();
    await nina.getByLabel('New password for nina').fill('second password, longer still');
    await nina.getByRole('button', { name: 'Set password' }).click();
    const ninaMessage = nina.locator('.message');
    await expect.poll(() => ninaMessage.innerText(), { timeout }).toBe('New password set for nina; their browser sign-ins have ended.');
    await nina.getByLabel('enclave-2').check();
    await nina.getByRole('button', { name: 'Save groups and role' }).click();
    await expect.poll(() => ninaMessage.innerText(), { timeout }).toBe('Saved: nina is USER, in enclave-2, night-shift.');
    expect(await ninaMessage.getAttribute('aria-live')).toBe('polite');

    // Disable, then enable again.
    const olive = section.locator('li[data-username="olive"]');
    await olive.getByRole('button', { name: 'Disable olive' }).click();
    await olive.locator('.badge-off').waitFor();
    expect(await olive.locator('.message').innerText()).toContain('olive is disabled');
    const refused = await fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'olive', password }),
    });
    expect(refused.status).toBe(401);
    await olive.getByRole('button', { name: 'Enable olive' }).click();
    await expect.poll(() => olive.locator('.message').innerText(), { timeout }).toBe('olive is enabled again.');
    expect(await olive.locator('.badge-off').count()).toBe(0);

    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: `${screenshotDir}launcher-people.png` });
    keepForDocs('launcher-people');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: `${screenshotDir}launcher-people-phone-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 820 });

    // Nina signs in with the password the admin reset, in a browser of her own.
    const { page: hers, log: herLog } = await openPage(browser, contexts, `${origin}/launch`);
    await signInWithPassword(hers, 'nina', 'first password, long enough');
    await expect.poll(() => hers.locator('#sign-in-message').innerText(), { timeout }).toBe('Wrong username or password.');
    await signInWithPassword(hers, 'nina', 'second password, longer still');
    await hers.getByText('Nina Night · USER').waitFor();
    await expect.poll(() => workspaceNames(hers), { timeout }).toEqual(['multi', 'open', 'secret']);

    const { users } = await server.data(UsersAndGroups);
    expect(users.find((u) => u.username === 'nina')).toMatchObject({
      displayName: 'Nina Night',
      role: 'USER',
      disabled: false,
      groups: [{ name: 'enclave-2' }, { name: 'night-shift' }],
    });
    for (const problems of [adminLog, herLog].map(expectedProblems)) expect(problems).toEqual([]);
  });

  it('deletes a group after confirming, and says why one still limiting a workspace cannot go', async () => {
    const { page, section, log } = await adminPeople();
    const groupForm = section.locator('#group-form');
    await groupForm.getByLabel('Group name').fill('temporary');
    await groupForm.getByRole('button', { name: 'Create group' }).click();
    const temporary = section.locator('li[data-group="temporary"]');
    await temporary.waitFor();
    expect(await temporary.innerText()).toContain('Networks: no limit');

    // Dismissed, nothing happens; accepted, it is gone and focus is on the list's heading.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await temporary.getByRole('button', { name: 'Delete group temporary' }).click();
    expect(await temporary.count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await temporary.getByRole('button', { name: 'Delete group temporary' }).click();
    await expect.poll(() => temporary.count(), { timeout }).toBe(0);
    // A live update may redraw the list before the action's own answer is announced.
    await expect.poll(() => section.locator('#people-message').innerText(), { timeout }).toBe('Deleted the group temporary.');
    expect(await page.evaluate(() => (document.activeElement as { id?: string } | null)?.id)).toBe('groups-title');

    const enclave2 = section.locator('li[data-group="enclave-2"]');
    page.once('dialog', (dialog) => void dialog.accept());
    await enclave2.getByRole('button', { name: 'Delete group enclave-2' }).click();
    await expect.poll(() => enclave2.locator('.message').innerText(), { timeout }).toContain('limits the workspace(s) "secret"');
    expect((await server.data(UsersAndGroups)).groups.map((g) => g.name)).toContain('enclave-2');
    expect(expectedProblems(log)).toEqual([]);
  });
});

/** Fills "Create a group" from the keyboard only: the name, Tab to a network's box, Space, Tab on to a typed one. */
async function createGroupByKeyboard(page: Page, form: Locator, name: string, checked: string, typed: string) {
  await form.getByLabel(checked).waitFor();
  await form.getByLabel('Group name').focus();
  await page.keyboard.type(name);
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement as { value?: string; id?: string } | null;
      return { value: active?.value, id: active?.id };
    });
  // The boxes are sorted by name (the agent's default network comes first).
  for (let tabs = 0; tabs < 8 && (await focused()).value !== checked; tabs++) await page.keyboard.press('Tab');
  expect((await focused()).value).toBe(checked);
  await page.keyboard.press('Space');
  for (let tabs = 0; tabs < 8 && (await focused()).id !== 'group-other-networks'; tabs++) await page.keyboard.press('Tab');
  expect((await focused()).id).toBe('group-other-networks');
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}
