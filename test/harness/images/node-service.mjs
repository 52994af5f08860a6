// The web service of the test "node-service" image (test/harness/images.ts copies it to /enclave/service.mjs).
// Plain JavaScript with node: modules only, since the image holds nothing but Node, its libraries and busybox.
// `.mjs` so that Node runs it as an ES module with no package.json beside it in the image.
//
// Environment: TLS_CERT and TLS_KEY (PEM; HTTPS instead of HTTP), HOST (default 127.0.0.1: reached only through a forwarder inside the container, as Enclave does),
// PORT (default 8080), ENCLAVE_SESSION (the name the page shows; default $HOSTNAME, i.e. the container id's first 12
// characters), ENCLAVE_PAGE (the page's title).
//
//   GET  /                 an HTML page naming the session
//   GET  /headers          the request headers as received, as JSON (Node's req.headers: lower-case names)
//   POST /upload           reads the whole body; answers {"bytes": n, "sha256": "<hex>"}
//   GET  /download?bytes=N N bytes where byte i is i % 251 (a prime, so shifted or reordered chunks change the hash)
//   GET  /cookie           sets two cookies, svc_a and svc_b, in two Set-Cookie headers
//   GET  /echo (Upgrade)   a WebSocket (RFC 6455) that echoes every message back, same type and order
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';

const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8080);
const session = process.env.ENCLAVE_SESSION || process.env.HOSTNAME || 'unknown';
const title = process.env.ENCLAVE_PAGE || 'Enclave test service';

const MAX_DOWNLOAD = 1 << 30;
const MAX_MESSAGE = 64 << 20;
const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
// 261 periods of the pattern (about 64 KiB): every block starts at a multiple of 251, so blocks simply concatenate.
const BLOCK = Buffer.from(Array.from({ length: 251 * 261 }, (_, i) => i % 251));

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

const routes = {
  'GET /': (req, res) =>
    send(res, 200, 'text/html; charset=utf-8',
      `<!doctype html><title>${escapeHtml(title)}</title><h1>${escapeHtml(title)}</h1>` +
      `<p id="session">session ${escapeHtml(session)}</p>\n`),

  'GET /headers': (req, res) => send(res, 200, 'application/json', JSON.stringify(req.headers)),

  'POST /upload': (req, res) => {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (chunk) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on('end', () => send(res, 200, 'application/json', JSON.stringify({ bytes, sha256: hash.digest('hex') })));
  },

  'GET /download': (req, res, url) => {
    const n = Number(url.searchParams.get('bytes') ?? 0);
    if (!Number.isInteger(n) || n < 0 || n > MAX_DOWNLOAD) return send(res, 400, 'text/plain', `bytes: 0..${MAX_DOWNLOAD}\n`);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': n });
    let left = n;
    const pump = () => {
      // Honour backpressure: write until the socket's buffer is full, then wait for 'drain'.
      while (left > 0) {
        const block = left >= BLOCK.length ? BLOCK : BLOCK.subarray(0, left);
        left -= block.length;
        if (!res.write(block)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },

  'GET /cookie': (req, res) =>
    send(res, 200, 'text/plain', 'cookies set\n', {
      'set-cookie': ['svc_a=from-service; Path=/', 'svc_b=second; Path=/cookie; HttpOnly; SameSite=Lax'],
    }),
};

// TLS_CERT and TLS_KEY (PEM): serve HTTPS instead, like KasmVNC on 6901 with its self-signed certificate.
const tls = process.env.TLS_CERT && process.env.TLS_KEY ? { cert: process.env.TLS_CERT, key: process.env.TLS_KEY } : undefined;
const serve = (handler) => (tls ? https.createServer(tls, handler) : http.createServer(handler));

const server = serve((req, res) => {
  const url = new URL(req.url, 'http://service');
  const route = routes[`${req.method} ${url.pathname}`];
  if (route) return route(req, res, url);
  send(res, 404, 'text/plain', `no ${req.method} ${url.pathname}\n`);
});

// ---- WebSocket echo (RFC 6455) ------------------------------------------------------------------------------------

server.on('upgrade', (req, socket, head) => {
  const key = req.headers['sec-websocket-key'];
  const isWebSocket = (req.headers.upgrade || '').toLowerCase() === 'websocket';
  if (new URL(req.url, 'http://service').pathname !== '/echo' || !isWebSocket || !key || req.headers['sec-websocket-version'] !== '13') {
    socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    return;
  }
  const accept = createHash('sha1').update(key + WS_GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: ${accept}\r\n\r\n`);
  socket.setNoDelay(true);
  echo(socket, head);
});

/** A server frame: FIN set, never masked (RFC 6455 5.1), with the shortest length encoding. */
function frame(opcode, payload) {
  const n = payload.length;
  const header = n < 126 ? Buffer.from([0x80 | opcode, n]) : Buffer.alloc(n < 65536 ? 4 : 10);
  if (n >= 126) {
    header[0] = 0x80 | opcode;
    header[1] = n < 65536 ? 126 : 127;
    if (n < 65536) header.writeUInt16BE(n, 2);
    else header.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([header, payload]);
}

/** Parses one client frame at the start of buf: { need } when buf is too short, else the frame and its size. */
function parseFrame(buf) {
  if (buf.length < 2) return { need: 2 };
  const fin = (buf[0] & 0x80) !== 0;
  const opcode = buf[0] & 0x0f;
  const masked = (buf[1] & 0x80) !== 0;
  let length = buf[1] & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buf.length < 4) return { need: 4 };
    length = buf.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buf.length < 10) return { need: 10 };
    const big = buf.readBigUInt64BE(2);
    length = big > BigInt(MAX_MESSAGE) ? Infinity : Number(big);
    offset = 10;
  }
  if (length > MAX_MESSAGE) return { fin, opcode, masked, tooBig: true };
  const size = offset + (masked ? 4 : 0) + length;
  if (buf.length < size) return { need: size };
  const payload = Buffer.from(buf.subarray(size - length, size)); // a copy: the caller drops buf
  if (masked) {
    const mask = buf.subarray(offset, offset + 4);
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
  }
  return { fin, opcode, masked, payload, size };
}

/** Reads frames from socket and answers each; buffers until a whole frame is there, concatenating once per frame. */
function echo(socket, head) {
  let chunks = [head];
  let buffered = head.length;
  let need = 2; // bytes that must be buffered before parsing is worth trying again; Infinity once closing
  const close = (payload) => {
    socket.end(frame(0x8, payload));
    chunks = [];
    need = Infinity;
  };
  const fail = (code, reason) => close(Buffer.concat([Buffer.from([code >> 8, code & 0xff]), Buffer.from(reason)]));
  const drain = () => {
    while (buffered >= need) {
      const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const f = parseFrame(buf);
      if (f.need) {
        chunks = [buf];
        need = f.need;
      } else if (!f.masked) {
        fail(1002, 'client frames must be masked');
      } else if (f.tooBig) {
        fail(1009, `messages are limited to ${MAX_MESSAGE} bytes`);
      } else {
        const rest = buf.subarray(f.size);
        chunks = [rest];
        buffered = rest.length;
        need = 2;
        answer(socket, f, close, fail);
      }
    }
  };
  socket.on('data', (chunk) => {
    chunks.push(chunk);
    buffered += chunk.length;
    drain();
  });
  socket.on('error', () => socket.destroy());
  drain();
}

/** Answers one complete client frame. */
function answer(socket, { fin, opcode, payload }, close, fail) {
  if (opcode >= 0x8 && (!fin || payload.length > 125)) return fail(1002, 'control frames must be whole and short');
  switch (opcode) {
    case 0x1: // text: echoed as is, without checking that it is UTF-8
    case 0x2: // binary
      if (!fin) return fail(1003, 'fragmented messages are not supported');
      return void socket.write(frame(opcode, payload));
    case 0x0: // a continuation: only fragmented messages have them
      return fail(1003, 'fragmented messages are not supported');
    case 0x8: // close: answer with the same status code (none if the client gave none), then end the connection
      return close(payload.subarray(0, 2));
    case 0x9:
      return void socket.write(frame(0xa, payload));
    case 0xa: // an unsolicited pong
      return;
    default:
      return fail(1002, `unknown opcode ${opcode}`);
  }
}

// As PID 1 Node gets no default signal handling: without these, `docker stop` would wait for its SIGKILL.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));

server.listen(port, host, () => console.log(`listening on ${host}:${port}, session ${session}`));
