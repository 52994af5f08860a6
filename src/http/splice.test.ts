// The spliced `next` message against what graphql-ws itself would write (JSON.stringify of the message object), for ids
// and payloads that need escaping; and its frame against ws's own framing, at each of the three length encodings.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { nextMessageFrame, nextMessagePrefix } from './splice.js';

/** ws's own framing (public in ws, absent from its type definitions). */
const { Sender } = createRequire(import.meta.url)('ws') as {
  Sender: { frame(data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean }): Buffer[] };
};

const ids = [
  '1',
  'd3b07384-d9a7-4f3b-8a3e-2f5c8e1c9a10',
  'say "hi"',
  'back\\slash',
  'new\nline\ttab\r',
  '\u0000\u001f\u007f control',
  'ünïcödé ☃ 日本語',
  'emoji 🚀👩‍💻',
  'lone surrogate \ud800 and \udfff',
  '</script><!-- -->',
  '\u2028\u2029 line separators',
];

const payloads = [
  { data: { sessionStatusChanged: { id: 's1', status: 'RUNNING', updatedAt: '2026-12-07T12:00:00.000Z' } } },
  { data: { agentStatusChanged: { name: 'Zürich ☃ 🚀 "quoted" \\ \u2028' } } },
  { data: null, errors: [{ message: 'nope: \u00e9\u0000', extensions: { code: 'FORBIDDEN' } }] },
  { data: { big: 'x'.repeat(70_000) } },
];

/** The frame's payload, after ws's header (unmasked: 2, 4 or 10 bytes). */
function unframe(frame: Buffer): { fin: boolean; opcode: number; masked: boolean; text: string } {
  const short = frame[1]! & 0x7f;
  const header = short < 126 ? 2 : short === 126 ? 4 : 10;
  const length = short < 126 ? short : short === 126 ? frame.readUInt16BE(2) : Number(frame.readBigUInt64BE(2));
  expect(frame.length).toBe(header + length);
  return { fin: (frame[0]! & 0x80) !== 0, opcode: frame[0]! & 0x0f, masked: (frame[1]! & 0x80) !== 0, text: frame.subarray(header).toString('utf8') };
}

const spliced = (id: string, payload: unknown) => nextMessageFrame(nextMessagePrefix(id), Buffer.from(JSON.stringify(payload)));

describe('nextMessageFrame(nextMessagePrefix(id), payload)', () => {
  it.for(ids.flatMap((id) => payloads.slice(0, 3).map((payload) => ({ id, payload }))))(
    'is graphql-ws’s message, byte for byte: id $id',
    ({ id, payload }) => {
      const { fin, opcode, masked, text } = unframe(spliced(id, payload));
      expect({ fin, opcode, masked }).toEqual({ fin: true, opcode: 1, masked: false });
      expect(text).toBe(JSON.stringify({ id, type: 'next', payload }));
      expect(JSON.parse(text)).toEqual({ id: JSON.parse(JSON.stringify(id)), type: 'next', payload });
    },
  );

  it('keeps a payload’s bytes as they are (UTF-8 of multi-byte characters, not re-encoded)', () => {
    const payload = Buffer.from(JSON.stringify(payloads[1]));
    const frame = nextMessageFrame(nextMessagePrefix('1'), payload);
    expect(frame.includes(payload)).toBe(true);
    expect(unframe(frame).text).toBe(`{"id":"1","type":"next","payload":${payload.toString('utf8')}}`);
  });

  // 125 is the largest length in the first byte, 126..65535 take two more bytes, from 65536 eight more.
  // (35 bytes is the shortest message with id '1': its prefix and `}` around an empty payload.)
  it.for([35, 124, 125, 126, 127, 65_535, 65_536, 70_000])('frames a %i-byte message as ws does', (size) => {
    const prefix = nextMessagePrefix('1');
    const payload = Buffer.from('7'.repeat(size - prefix.length - 1));
    const frame = nextMessageFrame(prefix, payload);
    const message = Buffer.concat([prefix, payload, Buffer.from('}')]);
    expect(message.length).toBe(size);
    const ws = Buffer.concat(Sender.frame(message, { fin: true, opcode: 1, mask: false, readOnly: true, rsv1: false }));
    expect(frame.equals(ws)).toBe(true);
  });

  it('frames a large payload with unicode in it', () => {
    const payload = { data: { big: `${'é'.repeat(40_000)}🚀` } };
    expect(unframe(spliced('é', payload)).text).toBe(JSON.stringify({ id: 'é', type: 'next', payload }));
  });
});
