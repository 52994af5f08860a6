import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The playground (/), the launcher (/launch) and the fleet page (/fleet), built by Vite into dist/web. Everything they
// load comes from this server, as an air-gapped enclave needs; the CSP makes the browser refuse anything else.
const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const pages: Record<string, string> = {
  '/': 'index.html',
  '/launch': 'launch.html',
  '/launch/': 'launch.html',
  '/fleet': 'fleet.html',
  '/fleet/': 'fleet.html',
};
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL's editor sets style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Serves a page or an asset of dist/web; false when `pathname` is none of them. */
export async function serveWeb(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const file = pages[pathname] ?? (pathname.startsWith('/assets/') ? pathname.slice(1) : undefined);
  if (!file) return false;
  const path = resolve(webRoot, file);
  if (!path.startsWith(webRoot)) return false;
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch {
    if (!pages[pathname]) return false;
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The web pages are not built. Run `npm run build` (npm start does it).');
    return true;
  }
  res.writeHead(200, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Vite names assets by content hash: they never change under their name.
    'cache-control': file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
