import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkMinutesSyntax } from './markdown-syntax.js';
import type { Nodes, Root } from 'mdast';

/** The Markdown syntax minutes are written in: CommonMark, YAML front matter, and GFM's task lists, tables, strikethrough and footnotes. */
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMinutesSyntax).freeze();

export function parseMarkdown(text: string): Root {
  return markdownParser.parse(text);
}

/**
 * How deep blocks and inlines nest (a paragraph in a quote in a list item is 3), counted without
 * recursion. Trees deeper than MAX_NESTING are refused: every later step walks them recursively.
 */
export function nestingDepth(tree: Root): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const MAX_NESTING = 500;

const CONTAINER_MARKER = /^[ \t]{0,3}(?:[>*+-]|\d{1,9}[.)])(?:[ \t]+|$)/;

/**
 * A resource guard, not a parser: the most container markers (`>`, `-`, `1.`) that open any one line,
 * which bounds how deep that line can nest. The Markdown parser takes time quadratic in that depth, so
 * a line such as ten thousand `- ` is refused before it is parsed.
 */
export function deepestLineNesting(text: string, limit = MAX_NESTING): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 0;
  for (let start = 0; start < text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let rest = text.slice(start, Math.min(end, start + (limit + 1) * 12));
    let count = 0;
    for (let match = CONTAINER_MARKER.exec(rest); match && count <= limit; match = CONTAINER_MARKER.exec(rest)) {
      count++;
      rest = rest.slice(match[0].length);
    }
    if (count > deepest.depth) deepest = { depth: count, line };
    start = end + 1;
  }
  return deepest;
}
