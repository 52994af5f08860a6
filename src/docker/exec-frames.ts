import { Transform, type TransformCallback } from 'node:stream';

/** Docker's stream types in a non-TTY attach: 0 stdin, 1 stdout, 2 stderr, each frame `[type,0,0,0,size u32 BE]`. */
const STDOUT = 1;
const STDERR = 2;
const HEADER = 8;

/** How much of stderr is kept for the error a failed stream reports (the forwarder's own words). */
const STDERR_KEPT = 4096;

/**
 * Demultiplexes a non-TTY exec/attach stream: stdout's payload flows on (with back-pressure, since it is a Transform),
 * stderr's is kept (the first few KiB) for diagnostics. Frames may be split or joined across chunks in any way.
 */
export class ExecFrames extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Payload bytes left of the current frame, and where they go. */
  private left = 0;
  private type = 0;
  private stderrChunks: Buffer[] = [];
  private stderrBytes = 0;

  /** What the process wrote to stderr (its first few KiB). */
  get stderr(): string {
    return Buffer.concat(this.stderrChunks).toString('utf8').trim();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.left > 0) {
        const end = Math.min(chunk.length, offset + this.left);
        this.payload(chunk.subarray(offset, end));
        this.left -= end - offset;
        offset = end;
        continue;
      }
      // A header, perhaps split across chunks.
      const need = HEADER - this.pendingBytes;
      const part = chunk.subarray(offset, offset + need);
      this.pending.push(part);
      this.pendingBytes += part.length;
      offset += part.length;
      if (this.pendingBytes < HEADER) break;
      const header = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
      this.pending = [];
      this.pendingBytes = 0;
      this.type = header[0]!;
      this.left = header.readUInt32BE(4);
    }
    done();
  }

  override _flush(done: TransformCallback) {
    done(this.pendingBytes > 0 || this.left > 0 ? new Error('the exec stream ended inside a frame') : null);
  }

  private payload(bytes: Buffer) {
    if (this.type === STDOUT) this.push(bytes);
    else if (this.type === STDERR && this.stderrBytes < STDERR_KEPT) {
      const kept = bytes.subarray(0, STDERR_KEPT - this.stderrBytes);
      this.stderrChunks.push(Buffer.from(kept));
      this.stderrBytes += kept.length;
    }
  }
}

/** One frame as Docker writes it (for tests). */
export function frame(type: 'stdout' | 'stderr', payload: Buffer | string): Buffer {
  const bytes = Buffer.from(payload);
  const header = Buffer.alloc(HEADER);
  header[0] = type === 'stdout' ? STDOUT : STDERR;
  header.writeUInt32BE(bytes.length, 4);
  return Buffer.concat([header, bytes]);
}
