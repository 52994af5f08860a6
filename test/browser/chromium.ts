// Debian's Chromium driven by playwright-core: no browser download, which CI (no network but the registries) could not
// do anyway. `.ci/run` installs the `chromium` package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env['ENCLAVE_CHROMIUM'] ?? '/usr/bin/chromium';
export const screenshotDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath))
    throw new Error(
      `No Chromium at ${chromiumPath}: apt-get install -y chromium (or set ENCLAVE_CHROMIUM to another one).`,
    );
  return chromium.launch({
    executablePath: chromiumPath,
    // Nothing of Chromium's own traffic (updates, sync, field trials) may leave the machine either.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The server serves dist/web; `npm test` builds it first, a lone `vitest run test/browser` builds it here. */
export function ensureWebBuilt(): void {
  if (['index', 'launch', 'fleet'].every((page) => existsSync(`${root}dist/web/${page}.html`))) return;
  execFileSync('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
}

export interface PageLog {
  /** Every URL the page (and its workers) requested or opened a WebSocket to. */
  urls: string[];
  /** Console errors and warnings, uncaught exceptions, and Content-Security-Policy violations. */
  problems: string[];
}

/** Records what a page fetches and what goes wrong in it, from before its first script runs. */
export async function watchPage(page: Page): Promise<PageLog> {
  const log: PageLog = { urls: [], problems: [] };
  page.on('request', (request) => log.urls.push(request.url()));
  page.on('websocket', (socket) => log.urls.push(socket.url()));
  page.on('worker', (worker) => log.urls.push(worker.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      log.problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => log.problems.push(`CSP: ${text}`));
  // Page code is given as text: the project's type check has no DOM library.
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (event) =>
      window.__reportCspViolation(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)')));`,
  });
  return log;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png` });
}
