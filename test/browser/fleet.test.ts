// The fleet page in Chromium against the real server, real dockerd agents in one zone and a real L2 segment (a bridge
// and veth pairs): agents as columns and networks as rows, drift made with the docker CLI shown live, Repair, the
// network form's per-agent preview of a macvlan network, the API's refusal beside the form, and "admins only".
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateNetwork, CreateWorkspace, LaunchSession, RegisterAgent, RestrictWorkspace } from '../harness/operations.js';
import { makeSegment, type Segment } from '../harness/segment.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { until } from '../harness/until.js';
import { ensureWebBuilt, launchChromium, screenshot, screenshotDir, type PageLog } from './chromium.js';
import { expectedProblems, keepForDocs, openPage, timeout } from './identity.js';

const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];
const CreateUserKey = graphql(`
  mutation FleetUiUserKey {
    createApiKey(input: { name: "bob laptop", role: USER, owner: "bob" }) {
      token
    }
  }
`);
const SessionStatus = graphql(`
  query FleetUiSession($id: ID!) {
    session(id: $id) {
      status
      agent {
        name
      }
    }
  }
`);

interface InspectedNetwork {
  Driver: string;
  IPAM: { Config: { Subnet: string; IPRange?: string }[] };
  Options: Record<string, string>;
}

describe('the fleet page in Chromium', () => {
  let server: TestServer;
  let origin: string;
  let browser: Browser;
  let segment: Segment;
  const contexts: BrowserContext[] = [];
  const daemons: Record<string, Dockerd> = {};
  const agentIds: Record<string, string> = {};
  let userToken = '';
  let admin: { page: Page; log: PageLog } | undefined;

  const register = async (name: string, extra: { labels?: string[]; capacity?: { gpus: number } } = {}) => {
    const { registerAgent } = await server.data(RegisterAgent, { input: { name, endpoint: daemons[name]!.endpoint, zone: 'lab', ...extra } });
    agentIds[name] = registerAgent.id;
  };

  beforeAll(async () => {
    ensureWebBuilt();
    // Three parents for z_mac, two more for z_clash: a daemon lets one macvlan network use an interface.
    segment = makeSegment(5);
    const [started, launched] = await Promise.all([Promise.all(['f1', 'f2', 'f3'].map((name) => startDockerd(name))), launchChromium()]);
    for (const daemon of started) daemons[daemon.name] = daemon;
    browser = launched;
    const image = (await Promise.all(started.map((d) => d.importBusybox())))[0]!;
    server = await startTestServer('pglite', { ENCLAVE_STOP_GRACE_S: '1' });
    origin = new URL(server.url).origin;
    await register('f1', { labels: ['gpu=a100', 'site=lab-2'], capacity: { gpus: 2 } });
    await register('f2', { labels: ['site=lab-2'] });
    await server.data(CreateNetwork, { input: { name: 'z_shared', zone: 'lab' } });
    const { createWorkspace } = await server.data(CreateWorkspace, { input: { name: 'shell', image, command, cores: 0.25, memoryMb: 64 } });
    await server.data(RestrictWorkspace, { id: createWorkspace.id, networks: ['z_shared'], allowNetworkSelection: false });
    const { launchSession } = await server.data(LaunchSession, { input: { workspaceId: createWorkspace.id } });
    await until('the session RUNNING', async () => (await server.data(SessionStatus, { id: launchSession.id })).session?.status === 'RUNNING');
    userToken = (await server.data(CreateUserKey)).createApiKey.token;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await Promise.all(Object.values(daemons).map((d) => d.stop()));
    segment?.remove();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    let n = 0;
    for (const context of contexts) for (const page of context.pages()) await screenshot(page, `failed-fleet-${n++}`);
  });

  /** Nothing left the machine: every request and WebSocket went to this server; nothing broke or was blocked. */
  function expectSelfContained(log: PageLog) {
    const foreign = log.urls.filter((url) => {
      const { protocol, host } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return host !== new URL(origin).host || !['http:', 'ws:'].includes(protocol);
    });
    expect(log.urls.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    // This file changes the host's interfaces itself (docker networks, veth pairs): Chromium answers each change by
    // dropping its connections, and logs the loads it dropped; the page reads again (api.ts retries a query).
    expect(expectedProblems(log).filter((p) => !p.includes('net::ERR_NETWORK_CHANGED'))).toEqual([]);
  }

  /** The admin's fleet page, opened once and kept open: what follows happens on it without a reload. */
  async function fleetPage() {
    if (admin) return admin;
    const opened = await openPage(browser, contexts, `${origin}/fleet#token=${adminToken}`, { width: 1280, height: 900 });
    await opened.page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    await opened.page.evaluate('window.marker = 42');
    admin = opened;
    return admin;
  }

  const zone = (page: Page) => page.locator('section.zone[data-zone="lab"]');
  const columns = (page: Page) =>
    zone(page)
      .locator('thead th[data-agent]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-agent')));
  /** Each cell's state in a network's row, by agent. */
  const states = (page: Page, network: string) =>
    zone(page)
      .locator(`tr[data-network="${network}"] td`)
      .evaluateAll((tds) =>
        Object.fromEntries(tds.map((td) => [td.getAttribute('data-agent'), (td as unknown as { dataset: Record<string, string> }).dataset['state']])),
      );
  const cell = (page: Page, network: string, agent: string): Locator => zone(page).locator(`tr[data-network="${network}"] td[data-agent="${agent}"]`);
  const inspect = async (agent: string, name: string) =>
    (JSON.parse(await daemons[agent]!.docker('network', 'inspect', name)) as InspectedNetwork[])[0]!;

  it('shows the zone’s agents as columns and a network made over the API as a row present on both, with its session', async () => {
    const { page } = await fleetPage();
    expect(await page.getByRole('heading', { name: 'Zone lab' }).isVisible()).toBe(true);
    expect(await columns(page)).toEqual(['f1', 'f2']);
    expect(await states(page, 'z_shared')).toEqual({ f1: 'present', f2: 'present' });
    const header = zone(page).locator('thead th[data-agent="f1"]');
    expect(await header.innerText()).toMatch(/ONLINE[\s\S]*enabled[\s\S]*gpu=a100[\s\S]*GPUs\s*0 of 2/);
    // The running session counts in its agent's load and in its network's cell.
    const sessions = await zone(page).locator('tr[data-network="z_shared"] .cell-sessions').allInnerTexts();
    expect(sessions.sort()).toEqual(['0 sessions', '1 session']);
    expect(await zone(page).locator('th[scope="row"]', { hasText: 'z_shared' }).count()).toBe(1);
  });

  it('shows a network made with the docker CLI on one agent live, missing on the other, and Repair (by keyboard) makes it', async () => {
    const { page } = await fleetPage();
    await daemons['f1']!.docker('network', 'create', 'z_cli');
    await expect.poll(() => states(page, 'z_cli'), { timeout }).toEqual({ f1: 'present', f2: 'missing' });
    const repair = cell(page, 'z_cli', 'f2').getByRole('button', { name: 'Repair z_cli on f2' });
    await repair.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => states(page, 'z_cli'), { timeout }).toEqual({ f1: 'present', f2: 'present' });
    await expect.poll(() => zone(page).getByRole('status').innerText(), { timeout }).toBe('Repaired z_cli: it is on f1, f2 now.');
    expect((await inspect('f2', 'z_cli')).Driver).toBe('bridge');
    // Focus stayed in the cell whose button went away; nothing was reloaded.
    expect(await page.evaluate('document.activeElement?.dataset?.agent')).toBe('f2');
    expect(await page.evaluate('window.marker')).toBe(42);
  });

  it('shows an agent joining the zone as a new column, missing what the others have', async () => {
    const { page } = await fleetPage();
    await register('f3');
    await expect.poll(() => columns(page), { timeout }).toEqual(['f1', 'f2', 'f3']);
    await expect.poll(() => states(page, 'z_shared'), { timeout }).toEqual({ f1: 'present', f2: 'present', f3: 'missing' });
  });

  it('previews the per-agent ranges of a macvlan network across the zone, then creates it', async () => {
    const { page } = await fleetPage();
    const [p0, p1, p2] = segment.parents as [string, string, string];
    const form = page.locator('#network-form');
    await form.getByLabel('Name', { exact: true }).fill('z_mac');
    await form.getByLabel('Driver', { exact: true }).selectOption('macvlan');
    await form.getByLabel('On', { exact: true }).selectOption({ label: 'Zone lab' });
    await form.getByLabel('Subnet').fill('192.168.233.0/24');
    await form.getByLabel('Gateway').fill('192.168.233.1');
    await form.getByLabel('Aux addresses').fill('router=192.168.233.2');
    await form.getByLabel('Parent interface').fill(p0);
    await form.getByLabel('Parent on f2').fill(p1);
    await form.getByLabel('Parent on f3').fill(p2);
    await form.getByRole('button', { name: 'Preview' }).click();
    const preview = form.locator('table.preview');
    await preview.waitFor();
    const ranges = await preview
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-agent'), ...Array.from(row.querySelectorAll('td'), (td) => td.textContent)]));
    expect(ranges.map((r) => [r[0], r[1], r[5], r[6]])).toEqual([
      ['f1', 'to be made', expect.stringMatching(/^192\.168\.233\.\d+\/\d+$/), p0],
      ['f2', 'to be made', expect.stringMatching(/^192\.168\.233\.\d+\/\d+$/), p1],
      ['f3', 'to be made', expect.stringMatching(/^192\.168\.233\.\d+\/\d+$/), p2],
    ]);
    expect(new Set(ranges.map((r) => r[5])).size).toBe(3);
    // Nothing is made by a preview.
    expect(await daemons['f1']!.docker('network', 'ls', '-q', '--filter', 'name=z_mac')).toBe('');
    await page.screenshot({ path: `${screenshotDir}fleet-preview.png`, fullPage: true });

    await form.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => form.locator('#net-message').innerText(), { timeout }).toBe('Created z_mac on f1, f2, f3.');
    await expect.poll(() => states(page, 'z_mac'), { timeout }).toEqual({ f1: 'present', f2: 'present', f3: 'present' });
    for (const [agent, , , , , range, parent] of ranges) {
      expect(await cell(page, 'z_mac', agent!).innerText()).toContain(`range ${range}`);
      const inspected = await inspect(agent!, 'z_mac');
      expect(inspected.IPAM.Config[0]).toMatchObject({ Subnet: '192.168.233.0/24', IPRange: range });
      expect(inspected.Options['parent']).toBe(parent);
    }
  });

  it('shows the API’s refusal of a bad subnet beside the form, on the field', async () => {
    const { page, log } = await fleetPage();
    const form = page.locator('#network-form');
    await form.getByLabel('Name', { exact: true }).fill('z_bad');
    await form.getByLabel('Subnet').fill('192.168.50.7/24');
    await form.getByRole('button', { name: 'Preview' }).click();
    const message = form.locator('#net-message');
    await expect.poll(() => message.innerText(), { timeout }).toBe('ipam.subnet: "192.168.50.7/24" has host bits set: did you mean 192.168.50.0/24?');
    expect(await message.getAttribute('aria-live')).toBe('polite');
    expect(await form.getByLabel('Subnet').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByRole('button', { name: 'Create' }).isDisabled()).toBe(true);
    await form.getByLabel('Subnet').fill('');
    await form.getByLabel('Name', { exact: true }).fill('');
    expectSelfContained(log);
  });

  it('pictures a zone with drift and a conflict made by hand (the README’s screenshot), on a phone and dark too', async () => {
    const { page, log } = await fleetPage();
    const [, , , p3, p4] = segment.parents as [string, string, string, string, string];
    // The collision moby#49921 describes: one subnet, no range per host, on one segment.
    for (const [agent, parent] of [
      ['f1', p3],
      ['f2', p4],
    ] as const)
      await daemons[agent]!.docker('network', 'create', '-d', 'macvlan', '--subnet', '192.168.240.0/24', '-o', `parent=${parent}`, 'z_clash');
    await daemons['f2']!.docker('network', 'rm', 'z_cli');
    await expect.poll(() => states(page, 'z_clash'), { timeout }).toEqual({ f1: 'present', f2: 'present', f3: 'missing' });
    await expect.poll(() => states(page, 'z_cli'), { timeout }).toEqual({ f1: 'present', f2: 'removed', f3: 'missing' });
    expect(await cell(page, 'z_clash', 'f1').getAttribute('class')).toContain('cell-conflicting');
    expect(await zone(page).locator('tr[data-network="z_clash"] .conflicts').innerText()).toContain(
      '192.168.240.0/24 (f1) overlaps 192.168.240.0/24 (f2)',
    );
    // The joining agent gets what the others have, from a click.
    await cell(page, 'z_shared', 'f3').getByRole('button', { name: 'Repair z_shared on f3' }).click();
    await expect.poll(() => zone(page).getByRole('status').innerText(), { timeout }).toBe('Repaired z_shared: it is on f1, f2, f3 now.');
    expect(await states(page, 'z_shared')).toEqual({ f1: 'present', f2: 'present', f3: 'present' });
    expect((await inspect('f3', 'z_shared')).Driver).toBe('bridge');

    await page.evaluate('window.scrollTo(0, 0)');
    await zone(page).screenshot({ path: `${screenshotDir}fleet.png` });
    keepForDocs('fleet');
    await page.setViewportSize({ width: 390, height: 844 });
    // The table scrolls inside its section; the page itself does not scroll sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${screenshotDir}fleet-phone.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${screenshotDir}fleet-phone-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    expectSelfContained(log);
  });

  it('is linked from the admin’s launcher, and tells a USER it is for admins only, showing nothing of the fleet', async () => {
    const launcher = await openPage(browser, contexts, `${origin}/launch#token=${adminToken}`);
    await launcher.page.getByRole('link', { name: 'Fleet' }).waitFor();
    expect(await launcher.page.getByRole('link', { name: 'Fleet' }).getAttribute('href')).toBe('/fleet');

    const { page, log } = await openPage(browser, contexts, `${origin}/fleet#token=${userToken}`, { width: 390, height: 700 });
    await page.getByRole('heading', { name: 'Admins only' }).waitFor();
    expect(await page.getByText('bob · USER').isVisible()).toBe(true);
    expect(await page.locator('#fleet').isHidden()).toBe(true);
    expect(await page.locator('#new-network').isHidden()).toBe(true);
    expect(await page.locator('#zones').innerHTML()).toBe('');
    await screenshot(page, 'fleet-user');
    expectSelfContained(log);
    expectSelfContained(launcher.log);
  });
});
