import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MessageFraming } from '../../src/lsp/framing.js';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** What the framing passes on and what it drops, for input given in chunks. */
async function run(chunks: Buffer[]): Promise<{ passed: string; dropped: string[] }> {
  const dropped: string[] = [];
  const framing = new MessageFraming((what) => dropped.push(what));
  const passed: Buffer[] = [];
  framing.on('data', (chunk: Buffer) => passed.push(chunk));
  const ended = new Promise((resolve) => framing.on('end', resolve));
  for (const chunk of chunks) framing.write(chunk);
  framing.end();
  await ended;
  return { passed: Buffer.concat(passed).toString('utf8'), dropped };
}

/** Cuts bytes at the given places. */
const cut = (bytes: Buffer, at: number[]) => {
  const points = [...new Set(at.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...points, bytes.length].map((end, index) => bytes.subarray(index ? points[index - 1] : 0, end));
};

describe('MessageFraming', () => {
  it('passes whole messages on, however the bytes are cut, and drops what is no message', async () => {
    const messages = [JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { text: 'Kraków € 🗳' } }), '{}', JSON.stringify({ jsonrpc: '2.0', method: 'exit' })];
    const garbage = ['hello\r\n\r\n', 'junk before a header: ', 'Content-Length: many\r\n\r\n', 'Content-Length: 99999999999\r\n\r\n', 'Content-Type: text/plain\r\n\r\n'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(400), { maxLength: 12 }), fc.array(fc.constantFrom(...garbage), { maxLength: 3 }), async (at, junk) => {
        const input = Buffer.from(junk.join('') + messages.map(frame).join(''));
        const { passed, dropped } = await run(cut(input, at));
        expect(passed).toBe(messages.map(frame).join(''));
        expect(dropped.length > 0).toBe(junk.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it('drops a run of bytes without a header end, and a message cut short by the end of the input', async () => {
    const { passed, dropped } = await run([Buffer.alloc(20_000, 'x'), Buffer.from(frame('{"a":1}')), Buffer.from('Content-Length: 10\r\n\r\n{"b"')]);
    expect(passed).toBe(frame('{"a":1}'));
    expect(dropped).toEqual(['19997 bytes that are no message header', '3 bytes that are no message header', '26 bytes at the end of the input, not a whole message']);
  });
});
