import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncrementalMarkdown } from '../../src/syntax/incremental-markdown.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';

const fixtures = readdirSync('fixtures', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md') && !file.includes('hostile'))
  .map((file) => readFileSync(path.join('fixtures', file), 'utf8'));

// Each case first lets the event loop run, so that the test runner's worker can answer its parent.
const yieldToRunner = () => new Promise((resolve) => setImmediate(resolve));

/** Pieces that change how the lines around them are read: headings, containers, fences, HTML, tables, definitions. */
const piece = fc.constantFrom('\n', '\n\n', '## ', '# ', '#', ' ', '- ', '- [ ] COM: ', '> ', '1. ', '```', '~~~\n', '<div>', '<!--', '-->', '| a | b |\n| - | - |\n', '[x]: /y', '[^1]', 'text', '===\n', '    ', '---\n', '**', '\t');

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')) });

function applied(text: string, change: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(change.at * text.length);
  return text.slice(0, at) + change.insert + text.slice(at + change.remove);
}

describe('IncrementalMarkdown', () => {
  it('gives, after any run of edits, the tree parseMarkdown gives of the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: fixtures.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), async (which, edits) => {
        await yieldToRunner();
        const incremental = new IncrementalMarkdown();
        let text = fixtures[which]!;
        expect(incremental.parse(text)).toEqual(parseMarkdown(text));
        for (const change of edits) {
          text = applied(text, change);
          expect(incremental.parse(text)).toEqual(parseMarkdown(text));
        }
      }),
      { numRuns: Math.ceil(Number(process.env.FC_RUNS ?? 150) / 3) },
    );
  });

  it('keeps the nodes before the change and reads only the item it falls in', () => {
    const text = '---\ntitle: T\n---\n\n## 1. One\n\nFirst.\n\n## 2. Two\n\nSecond.\n\n## 3. Three\n\n- [ ] COM: act\n';
    const incremental = new IncrementalMarkdown();
    const before = incremental.parse(text);
    const after = incremental.parse(text.replace('Second.', 'Second, longer\nand on two lines.'));
    // Front matter, heading 1 and its paragraph are the very same nodes; heading 3 and its list moved a line down.
    expect(after.children.slice(0, 3)).toEqual(before.children.slice(0, 3));
    expect(after.children[0]).toBe(before.children[0]);
    expect(after.children.at(-2)!.position!.start.line).toBe(before.children.at(-2)!.position!.start.line + 1);
    expect(after).toEqual(parseMarkdown(text.replace('Second.', 'Second, longer\nand on two lines.')));
  });

  it('reads a change that turns the next heading into code up to the end of the document', () => {
    const text = '## 1. One\n\nText.\n\n## 2. Two\n\nMore.\n';
    const incremental = new IncrementalMarkdown();
    incremental.parse(text);
    const fenced = text.replace('Text.', '```');
    expect(incremental.parse(fenced)).toEqual(parseMarkdown(fenced));
    expect(incremental.parse(fenced).children.at(-1)!.type).toBe('code');
  });
});
