import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { ExecFrames, frame } from './exec-frames.js';

/** Feeds `bytes` to a demuxer in chunks of the given sizes (cycled), and returns stdout and stderr. */
async function demux(bytes: Buffer, sizes: number[]) {
  const chunks: Buffer[] = [];
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    chunks.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  const frames = new ExecFrames();
  const stdout = await buffer(Readable.from(chunks).pipe(frames));
  return { stdout: stdout.toString(), stderr: frames.stderr };
}

describe('ExecFrames', () => {
  const stream = Buffer.concat([
    frame('stdout', 'hello '),
    frame('stderr', 'warning: '),
    frame('stdout', 'wörld'),
    frame('stdout', ''),
    frame('stderr', 'twice'),
    frame('stdout', '!'),
  ]);

  it.each([[[stream.length]], [[1]], [[3]], [[7, 9]], [[8]], [[13, 2, 5]]])('splits frames whatever the chunking (%j)', async (sizes) => {
    expect(await demux(stream, sizes)).toEqual({ stdout: 'hello wörld!', stderr: 'warning: twice' });
  });

  it('passes large frames through unchanged', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const out = await buffer(Readable.from([frame('stdout', big)]).pipe(new ExecFrames()));
    expect(out.equals(big)).toBe(true);
  });

  it('keeps only the first few KiB of stderr', async () => {
    const { stderr } = await demux(frame('stderr', 'x'.repeat(100_000)), [65536]);
    expect(stderr).toHaveLength(4096);
  });

  it('fails a stream that ends inside a frame', async () => {
    const truncated = frame('stdout', 'cut short').subarray(0, 12);
    await expect(buffer(Readable.from([truncated]).pipe(new ExecFrames()))).rejects.toThrow(/inside a frame/);
  });
});
