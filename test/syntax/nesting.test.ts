import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/model/parse.js';
import { deepestLineNesting, parseMarkdown } from '../../src/syntax/markdown.js';

/** How deep lists, list items and quotes nest in the syntax tree. */
function containerDepth(node: Nodes, depth = 0): number {
  const own = node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' ? depth + 1 : depth;
  if (!('children' in node)) return own;
  let deepest = own;
  for (const child of node.children as Nodes[]) deepest = Math.max(deepest, containerDepth(child, own));
  return deepest;
}

const staircase = (levels: number, marker = '- ') => `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}${marker}item ${i}`).join('\n')}\n`;
const front = '---\ntitle: T\ndate: 2024-01-01\n---\n\n';

describe('the nesting guard', () => {
  it('refuses a list nested 600 levels deep before parsing, at the line where the depth passes the limit', () => {
    const result = parseMinutes(front + staircase(600));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // 250 list items are 500 levels of the tree: the 251st passes the limit, on line 5 + 251.
    expect([result.problem.line, result.problem.column]).toEqual([256, 1]);
    expect(deepestLineNesting(staircase(3000))).toEqual({ depth: 502, line: 251 });
    expect(deepestLineNesting(`${Array.from({ length: 600 }, (_, i) => `${'> '.repeat(i + 1)}level`).join('\n')}\n`).line).toBe(501);
  });

  it('counts no nesting inside fenced or indented code', () => {
    expect(deepestLineNesting(`\`\`\`\n${staircase(600)}\`\`\`\n`).depth).toBe(0);
    expect(parseMinutes(`${front}## 1. A\n\n~~~~\n${staircase(600)}~~~~\n`).ok).toBe(true);
    expect(deepestLineNesting('text\n\n        - indented code\n').depth).toBe(0);
  });

  // The guard is a cheap line scan, not a second parser: it models bullet items, items that start at 1,
  // quotes and code blocks. Markdown it does not model (items numbered from 2, empty items that end a
  // list, fences opened inside items) can make it count a level the parser does not build, so the
  // generator keeps to what the guard models; the explicit cases above cover the refusal itself.
  it('never counts deeper than the parser nests, on generated lists, quotes and code', () => {
    const line = fc.tuple(
      fc.integer({ min: 0, max: 12 }),
      fc.array(fc.constantFrom('- ', '* ', '1. ', '> ', '>', '  '), { maxLength: 4 }),
      fc.constantFrom('text', '    code', '# heading', '- [ ] task'),
    ).map(([indent, markers, rest]) => `${' '.repeat(indent)}${markers.join('')}${rest}`);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        expect(deepestLineNesting(text, Number.POSITIVE_INFINITY).depth).toBeLessThanOrEqual(containerDepth(parseMarkdown(text)));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
