import { Transform, type TransformCallback } from 'node:stream';

/** A header block longer than this without its blank line is not a header. */
const MAX_HEADER = 8 * 1024;
/** A message longer than this is not believed: its header is dropped rather than the stream waited on forever. */
const MAX_MESSAGE = 512 * 1024 * 1024;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*[^\r\n]*$/;

/** The Content-Length of a header block (`Name: value` lines, ending with a blank line); null when it is not one. */
function contentLength(block: string): number | null {
  const lines = block.slice(0, -4).split('\r\n');
  let length: number | null = null;
  for (const line of lines) {
    if (!HEADER_LINE.test(line)) return null;
    const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()];
    if (name.toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_MESSAGE) return null;
    length = Number(value);
  }
  return length;
}

/**
 * Passes on only well-framed messages (`Content-Length: N`, a blank line, N bytes) and drops what is not
 * one, saying so. vscode-jsonrpc's reader, given a header it cannot read, stops with the rest of what it
 * was given unread until more bytes come, so that a client's garbage would hold up its next messages.
 * Bodies are passed as they are: a body that is not JSON-RPC is the reader's to refuse, which it does.
 */
export class MessageFraming extends Transform {
  private chunks: Buffer[] = [];
  private length = 0;
  private header: Buffer | null = null;
  private bodyLength = 0;

  constructor(private readonly onGarbage: (what: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.length += chunk.length;
    this.drain();
    done();
  }

  override _flush(done: TransformCallback): void {
    const left = (this.header?.length ?? 0) + this.length;
    if (left > 0) this.onGarbage(`${left} bytes at the end of the input, not a whole message`);
    done();
  }

  /** The first `count` bytes held, removed. */
  private cut(count: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.length);
    if (count === 0) return Buffer.alloc(0);
    const rest = all.subarray(count);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return all.subarray(0, count);
  }

  private drain(): void {
    for (;;) {
      if (this.header === null) {
        if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
        const held = this.chunks[0];
        if (!held) return;
        const end = held.indexOf('\r\n\r\n');
        if (end < 0) {
          if (held.length > MAX_HEADER) this.onGarbage(`${this.cut(held.length - 3).length} bytes that are no message header`);
          return;
        }
        const block = this.cut(end + 4);
        const text = block.toString('latin1');
        const length = contentLength(text);
        if (length === null) {
          // Garbage just before a good header: drop the garbage only, and read the header.
          const header = text.slice(1).search(/content-length:/i) + 1;
          if (header > 0) {
            this.chunks.unshift(block.subarray(header));
            this.length += block.length - header;
            this.onGarbage(`${header} bytes that are no message header`);
          } else {
            this.onGarbage(`a header that is not \`Content-Length: N\`: ${JSON.stringify(text.slice(0, 80))}`);
          }
          continue;
        }
        this.header = block;
        this.bodyLength = length;
      }
      if (this.length < this.bodyLength) return;
      const body = this.cut(this.bodyLength);
      this.push(Buffer.concat([this.header, body]));
      this.header = null;
    }
  }
}
