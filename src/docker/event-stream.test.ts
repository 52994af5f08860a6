import { describe, it, expect } from 'vitest';
import { createEventParser, type DockerEvent } from './event-stream.js';

const encoder = new TextEncoder();

function networkEvent(overrides: { id?: string; name?: string; action?: string; time?: number } = {}): DockerEvent {
  const time = overrides.time ?? 1_718_000_000;
  return {
    Type: 'network',
    Action: overrides.action ?? 'create',
    Actor: {
      ID: overrides.id ?? '7d86d31b1478e7cca9ebed7e73aa0fdeec46c5ca29497431d3007d2d9e15ed99',
      Attributes: { name: overrides.name ?? 'z_enclave_2', type: 'bridge' },
    },
    time,
    timeNano: time * 1_000_000_000 + 123_456_789,
  };
}

/** What dockerd's json.Encoder writes: one document per line. */
const line = (event: DockerEvent) => JSON.stringify(event) + '\n';

/** Feeds every chunk and collects all events, plus everything reported to onError. */
function feed(chunks: Array<Uint8Array | string>) {
  const errors: string[] = [];
  const push = createEventParser((text) => errors.push(text));
  const events: DockerEvent[] = [];
  for (const chunk of chunks) events.push(...push(chunk));
  return { events, errors };
}

/** Splits at the given offsets (characters for strings, bytes for Uint8Array). */
function splitAt<T extends string | Uint8Array>(whole: T, offsets: number[]): T[] {
  const bounds = [0, ...offsets, whole.length];
  return bounds.slice(1).map((end, i) => whole.slice(bounds[i], end) as T);
}

function bytewise(whole: Uint8Array): Uint8Array[] {
  return Array.from(whole, (_b, i) => whole.subarray(i, i + 1));
}

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const event = networkEvent();
const text = line(event);
const bytes = encoder.encode(text);

describe('createEventParser: one event', () => {
  it.each<[string, Array<Uint8Array | string>]>([
    ['one line in one string chunk', [text]],
    ['one line in one byte chunk', [bytes]],
    ['without the trailing newline', [JSON.stringify(event)]],
    ['split in 2 string chunks', splitAt(text, [40])],
    ['split in 2 byte chunks', splitAt(bytes, [17])],
    ['split in 3 string chunks', splitAt(text, [1, 90])],
    ['split in 3 byte chunks', splitAt(bytes, [30, 60])],
    ['split right after the opening brace', splitAt(text, [1])],
    ['split right before the closing brace', splitAt(text, [text.lastIndexOf('}')])],
    ['split right before the newline', splitAt(text, [text.length - 1])],
    ['byte by byte', bytewise(bytes)],
    ['character by character', [...text]],
    ['with empty chunks around it', ['', new Uint8Array(0), text, '', new Uint8Array(0)]],
  ])('%s', (_label, chunks) => {
    expect(feed(chunks)).toEqual({ events: [event], errors: [] });
  });

  it('returns the event from the push that completes it, and nothing before', () => {
    const push = createEventParser();
    const [a, b, c] = splitAt(text, [10, 50]);
    expect(push(a!)).toEqual([]);
    expect(push(b!)).toEqual([]);
    expect(push(c!)).toEqual([event]);
    expect(push('\n')).toEqual([]);
  });

  it('parses the fields Enclave reads', () => {
    const raw =
      '{"Type":"network","Action":"create","Actor":{"ID":"abc123","Attributes":{"name":"z_enclave_2","type":"bridge"}},' +
      '"scope":"local","time":1718000000,"timeNano":1718000000123456789}\n';
    const [parsed] = feed([raw]).events;
    expect(parsed).toMatchObject({
      Type: 'network',
      Action: 'create',
      Actor: { ID: 'abc123', Attributes: { name: 'z_enclave_2', type: 'bridge' } },
      time: 1718000000,
    });
  });
});

describe('createEventParser: several events', () => {
  const events = [
    networkEvent({ id: 'n1', name: 'z_one', action: 'create' }),
    networkEvent({ id: 'n1', name: 'z_one', action: 'connect' }),
    networkEvent({ id: 'n2', name: 'z_two', action: 'destroy' }),
  ];
  const lines = events.map(line).join('');
  const glued = events.map((e) => JSON.stringify(e)).join('');

  it.each<[string, Array<Uint8Array | string>]>([
    ['one line per chunk', events.map(line)],
    ['all lines in one chunk', [lines]],
    ['all lines in one byte chunk', [encoder.encode(lines)]],
    ['CRLF line ends', [events.map((e) => JSON.stringify(e) + '\r\n').join('')]],
    ['concatenated without newlines', [glued]],
    ['concatenated without newlines, byte by byte', bytewise(encoder.encode(glued))],
    ['concatenated without newlines, split at each "}{"', glued.split('}{').map((p, i, all) => (i > 0 ? '{' : '') + p + (i < all.length - 1 ? '}' : ''))],
    ['one chunk ending with the start of the next event', splitAt(lines, [lines.indexOf('\n') + 5])],
    ['chunk boundaries falling on "}{" in the middle', splitAt(glued, [glued.indexOf('}{') + 1, glued.lastIndexOf('}{') + 1])],
    ['blank lines and whitespace between and around', ['\n\n  ', events.map(line).join('\n \t\r\n'), '   \n\n']],
    ['whitespace-only chunks in between', [line(events[0]!), '   ', '\n', line(events[1]!), '\t\n', line(events[2]!)]],
  ])('%s', (_label, chunks) => {
    expect(feed(chunks)).toEqual({ events, errors: [] });
  });

  it('returns only the events completed by each push', () => {
    const push = createEventParser();
    const [first, second] = [line(events[0]!), line(events[1]!)];
    const cut = 20;
    expect(push(first + second.slice(0, cut))).toEqual([events[0]]);
    expect(push(second.slice(cut))).toEqual([events[1]]);
  });
});

describe('createEventParser: strings are opaque to the scanner', () => {
  const tricky = networkEvent({ name: 'weird } { "quoted" \\ name {{ }}', id: '}{' });
  const trickyText = line(tricky);

  it('round-trips the tricky string through JSON as expected', () => {
    expect(trickyText).toContain('\\"quoted\\"');
    expect(trickyText).toContain('\\\\');
  });

  const offsets = [
    ['inside the string just after "}"', trickyText.indexOf('} {') + 1],
    ['inside the string just after "{"', trickyText.indexOf('{ \\"') + 1],
    ['between the backslash and the escaped quote', trickyText.indexOf('\\"quoted') + 1],
    ['just after an escaped quote', trickyText.indexOf('quoted\\"') + 8],
    ['between the two backslashes of an escaped backslash', trickyText.indexOf('\\\\') + 1],
    ['just after an escaped backslash', trickyText.indexOf('\\\\') + 2],
    ['inside the "}{" id value', trickyText.indexOf('"}{"') + 2],
  ] as const;

  it.each(offsets)('chunk boundary %s (offset %i)', (_label, offset) => {
    expect(offset).toBeGreaterThan(0);
    expect(feed(splitAt(trickyText, [offset]))).toEqual({ events: [tricky], errors: [] });
  });

  it('byte by byte, followed by a plain event', () => {
    expect(feed(bytewise(encoder.encode(trickyText + text)))).toEqual({ events: [tricky, event], errors: [] });
  });

  it('every single split point of the tricky event', () => {
    for (let offset = 1; offset < trickyText.length; offset++) {
      expect(feed(splitAt(trickyText, [offset])), `split at ${offset}`).toEqual({ events: [tricky], errors: [] });
    }
  });
});

describe('createEventParser: multi-byte UTF-8 split inside a character', () => {
  it.each([
    ['2-byte é', 'réseau_é'],
    ['3-byte CJK', '网络'],
    ['4-byte emoji', 'net_🐳'],
    ['mixed', 'z_é网络🐳_ü'],
  ])('%s (%s)', (_label, name) => {
    const ev = networkEvent({ name });
    const encoded = encoder.encode(line(ev));
    const firstMultiByte = encoded.findIndex((b) => b >= 0x80);
    expect(firstMultiByte).toBeGreaterThan(0);
    const expected = { events: [ev], errors: [] };
    // cut after the lead byte, i.e. in the middle of the character
    expect(feed(splitAt(encoded, [firstMultiByte + 1]))).toEqual(expected);
    // every byte offset inside or around the non-ASCII part
    const lastMultiByte = encoded.length - 1 - [...encoded].reverse().findIndex((b) => b >= 0x80);
    for (let cut = firstMultiByte; cut <= lastMultiByte + 1; cut++) {
      expect(feed(splitAt(encoded, [cut])), `cut at byte ${cut}`).toEqual(expected);
    }
    expect(feed(bytewise(encoded))).toEqual(expected);
    expect(feed(bytewise(encoded)).events[0]!.Actor.Attributes!['name']).toBe(name);
  });
});

describe('createEventParser: malformed documents', () => {
  const good1 = networkEvent({ id: 'good1' });
  const good2 = networkEvent({ id: 'good2' });

  it.each([
    ['unquoted value', '{"Type": network}'],
    ['trailing comma', '{"Type":"network",}'],
    ['single-quoted key', "{'Type':'network'}"],
    ['bare word inside braces', '{oops}'],
    ['nested, unquoted', '{"Actor":{"ID":abc}}'],
  ])('%s: reports it to onError and continues with the next document', (_label, bad) => {
    const received: Array<[string, unknown]> = [];
    const push = createEventParser((t, error) => received.push([t, error]));
    const events = [...push(line(good1) + bad + '\n'), ...push(line(good2))];
    expect(events).toEqual([good1, good2]);
    expect(received).toHaveLength(1);
    expect(received[0]![0]).toBe(bad);
    expect(received[0]![1]).toBeInstanceOf(SyntaxError);
  });

  it('a malformed document split across chunks, then good ones', () => {
    const { events, errors } = feed(splitAt(`{"Type": nope}\n${line(good1)}{bad}${line(good2)}`, [5, 20, 200]));
    expect(events).toEqual([good1, good2]);
    expect(errors).toEqual(['{"Type": nope}', '{bad}']);
  });

  it('does not throw without an onError callback', () => {
    const push = createEventParser();
    expect(push('{nope}\n' + line(good1))).toEqual([good1]);
  });
});

describe('createEventParser: random chunking of 50 events (property)', () => {
  const names = ['z_enclave_1', 'réseau', '网络', 'a "quoted" } { name', 'back\\slash', 'net_🐳', 'plain'];
  const actions = ['create', 'connect', 'disconnect', 'destroy', 'remove'];
  const generated = Array.from({ length: 50 }, (_, i) =>
    networkEvent({
      id: `${i.toString(16).padStart(4, '0')}${'ab'.repeat(30)}`,
      name: `${names[i % names.length]}_${i}`,
      action: actions[i % actions.length],
      time: 1_718_000_000 + i,
    }),
  );

  function randomChunks(whole: Uint8Array, rand: () => number, maxSize: number): Uint8Array[] {
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < whole.length; ) {
      const size = Math.floor(rand() * (maxSize + 1)); // 0 included: empty reads happen
      chunks.push(whole.slice(at, at + size));
      at += size;
    }
    return chunks;
  }

  describe.each([
    ['newline-separated', generated.map(line).join('')],
    ['concatenated without separators', generated.map((e) => JSON.stringify(e)).join('')],
    ['separated by mixed whitespace', generated.map((e, i) => JSON.stringify(e) + ['\n', '\r\n', ' ', '\n\n\t', ''][i % 5]).join('')],
  ])('%s', (_label, whole) => {
    const encoded = encoder.encode(whole);
    it.each([
      [1, 7],
      [2, 64],
      [3, 300],
      [42, 3],
      [1337, 1024],
      [20240601, 17],
    ])('seed %i, chunks of 0..%i bytes', (seed, maxSize) => {
      const chunks = randomChunks(encoded, prng(seed), maxSize);
      expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(encoded.length);
      expect(feed(chunks)).toEqual({ events: generated, errors: [] });
    });
  });
});
