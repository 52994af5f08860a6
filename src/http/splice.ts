// graphql-ws `next` messages made by splicing rather than serialising per subscriber: the payload of an event is the
// same for every subscriber of a shared execution, only the subscription id differs. Each message is exactly what
// graphql-ws's own `JSON.stringify({ id, type: 'next', payload })` writes, as one WebSocket frame.

/** `{"id":<id>,"type":"next","payload":` for subscription `id`: a subscription's part of each of its messages. */
export function nextMessagePrefix(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
}

const closingBrace = 0x7d;

/**
 * One WebSocket text frame carrying `prefix`, then `payload` (serialised JSON), then the `}` that closes the message:
 * a single final, unmasked, uncompressed frame (RFC 6455 §5.2), as a server sends when no extension was negotiated.
 * One buffer, so that a socket's writes stay one chunk per message (ws's Sender writes a header and a body).
 */
export function nextMessageFrame(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (headerLength === 2) frame[1] = length;
  else if (headerLength === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(0, 2); // a Buffer holds less than 2^32 bytes: the high half of the 64-bit length is 0
    frame.writeUInt32BE(length, 6);
  }
  prefix.copy(frame, headerLength);
  payload.copy(frame, headerLength + prefix.length);
  frame[frame.length - 1] = closingBrace;
  return frame;
}
