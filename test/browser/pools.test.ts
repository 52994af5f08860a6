// Staging pools in the launcher, in Chromium against the real server and a real dockerd: an admin creates a pool and
// sees its ready count rise live, a person's launch is handed a waiting session at once, the admin resizes and deletes
// the pool (after a confirmation), and a refusal is said in the section's live region.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { startDockerd, type Dockerd } from '../harness/dockerd.js';
import { CreateWorkspace, RegisterAgent } from '../harness/operations.js';
import { adminToken, startTestServer, type TestServer } from '../harness/server.js';
import { ensureWebBuilt, launchChromium, screenshot, screenshotDir } from './chromium.js';
import { expectedProblems, keepForDocs, openPage, timeout } from './identity.js';

const command = ['sh', '-c', "trap 'exit 0' TERM; sleep 3600 & wait"];
const Launch = graphql(`
  mutation PoolsUiLaunch($id: ID!) {
    launchSession(input: { workspaceId: $id }) {
      id
      staged
      status
    }
  }
`);
const Members = graphql(`
  query PoolsUiMembers {
    stagingPools {
      size
      members {
        id
        status
      }
    }
  }
`);

describe('staging pools in the launcher, in Chromium', () => {
  let server: TestServer;
  let origin: string;
  let daemon: Dockerd;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let workspaceId = '';

  beforeAll(async () => {
    ensureWebBuilt();
    [daemon, browser] = await Promise.all([startDockerd('pools-ui'), launchChromium()]);
    const image = await daemon.importBusybox();
    server = await startTestServer('pglite', { ENCLAVE_STOP_GRACE_S: '1' });
    origin = new URL(server.url).origin;
    await server.data(RegisterAgent, { input: { name: daemon.name, endpoint: daemon.endpoint } });
    workspaceId = (await server.data(CreateWorkspace, { input: { name: 'desktop', image, command, cores: 0.1, memoryMb: 32 } })).createWorkspace.id;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    await browser?.close();
    await server?.stop();
    await daemon?.stop();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const context of contexts) for (const page of context.pages()) await screenshot(page, 'failed-pools');
  });

  it('creates a pool that fills live, hands a launch a waiting session, resizes and deletes it', async () => {
    const { page, log } = await openPage(browser, contexts, `${origin}/launch#token=${adminToken}`);
    await page.getByRole('status').getByText('Live', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Staging pools' }).click();
    const section = page.locator('#pools');
    const message = section.locator('#pools-message');

    // A refusal the API gives is said where the admin is looking.
    await section.getByLabel('Workspace').selectOption({ label: 'desktop' });
    await section.locator('#pool-network').fill('z_nowhere');
    await section.getByRole('button', { name: 'Create pool' }).click();
    await expect.poll(() => message.innerText(), { timeout }).toMatch(/is not restricted to networks .*leave `network` out \(Auto\)/);

    await section.locator('#pool-network').fill('');
    await section.locator('#pool-size').fill('2');
    await section.getByRole('button', { name: 'Create pool' }).click();
    await expect.poll(() => message.innerText(), { timeout }).toBe('Created a pool of 2 for desktop (Auto).');
    const row = section.locator('#pools-list li').first();
    // Ready rises by itself, from the members' status pushes.
    await expect.poll(() => row.locator('p').innerText(), { timeout: 30_000 }).toBe('desktop (Auto): 2 of 2 ready');
    await section.screenshot({ path: `${screenshotDir}launcher-pools.png` });
    keepForDocs('launcher-pools');

    const { launchSession } = await server.data(Launch, { id: workspaceId });
    expect(launchSession).toMatchObject({ staged: true, status: 'RUNNING' });

    await row.getByLabel('Size', { exact: true }).fill('1');
    await row.getByRole('button', { name: 'Save the size of the pool of desktop' }).click();
    await expect.poll(() => message.innerText(), { timeout }).toBe('The pool of desktop keeps 1 session(s) now.');
    await expect
      .poll(async () => (await server.data(Members)).stagingPools[0]?.members.filter((m) => m.status === 'RUNNING').length, { timeout: 30_000 })
      .toBe(1);

    page.once('dialog', (dialog) => void dialog.dismiss());
    await section.getByRole('button', { name: 'Delete the pool of desktop' }).click();
    expect(await section.locator('#pools-list li').count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await section.getByRole('button', { name: 'Delete the pool of desktop' }).click();
    await expect.poll(() => message.innerText(), { timeout }).toBe('Deleted the pool of desktop.');
    expect(await section.locator('#pools-list li').count()).toBe(0);
    expect((await server.data(Members)).stagingPools).toEqual([]);
    expect(expectedProblems(log)).toEqual([]);
  });
});
