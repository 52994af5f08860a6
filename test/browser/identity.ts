// What the sign-in and people tests share: the admin's set-up operations, and a launcher page signed in or not.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { screenshotDir, watchPage, type PageLog } from './chromium.js';

export const CreateUser = graphql(`
  mutation IdentityCreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }
`);
export const UpdateUser = graphql(`
  mutation IdentityUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }
`);
export const CreateGroup = graphql(`
  mutation IdentityCreateGroup($input: CreateGroupInput!) { createGroup(input: $input) { id name } }
`);
export const UsersAndGroups = graphql(`
  query IdentityUsersAndGroups {
    users { username displayName role disabled hasPassword groups { name } }
    groups { name networks members { username } }
  }
`);

export const timeout = 20_000;

/**
 * Chromium logs every 4xx answer as a console error. Two are the pages' design: asking whether the browser holds a
 * sign-in cookie (UNAUTHENTICATED is 401 when it does not) and a refused password. Nothing else may show.
 */
export const expectedProblems = (log: PageLog) => log.problems.filter((p) => !/status of 401 \(Unauthorized\)/.test(p));

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  log: PageLog;
}

/** A new browser context (its own cookies and storage) on `url`; kept in `contexts` for closing. */
export async function openPage(
  browser: Browser,
  contexts: BrowserContext[],
  url: string,
  viewport = { width: 1200, height: 820 },
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const log = await watchPage(page);
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return { context, page, log };
}

/** Signs in with the launcher's password form, as a person would (labels, typing, Enter). */
export async function signInWithPassword(page: Page, username: string, password: string): Promise<void> {
  const panel = page.locator('#sign-in');
  await panel.getByLabel('Username').fill(username);
  await panel.getByLabel('Password', { exact: true }).fill(password);
  await panel.getByLabel('Password', { exact: true }).press('Enter');
}

/** The names of the workspace cards the launcher shows, in order. */
export const workspaceNames = (page: Page) =>
  page.locator('#workspaces li').evaluateAll((items) => items.map((item) => item.getAttribute('data-workspace')));

/** The option texts of a workspace card's network dropdown. */
export const optionTexts = (page: Page, workspace: string) =>
  page
    .locator(`li[data-workspace="${workspace}"] select option`)
    .evaluateAll((options) => options.map((option) => option.textContent ?? ''));

/** With ENCLAVE_UPDATE_DOCS_SCREENSHOT set, a screenshot of test-output/screenshots/ becomes a picture in docs/. */
export function keepForDocs(name: string): void {
  if (!process.env['ENCLAVE_UPDATE_DOCS_SCREENSHOT']) return;
  const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
  mkdirSync(docs, { recursive: true });
  copyFileSync(`${screenshotDir}${name}.png`, `${docs}${name}.png`);
}
