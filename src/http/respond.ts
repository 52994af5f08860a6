import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies (and WebSocket messages) larger than this are refused. */
export const maxBodyBytes = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error body for a request that never reached GraphQL. */
export const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** The body as text, or undefined when it is over the limit (reading stops there). */
export async function readBody(req: IncomingMessage): Promise<string | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
