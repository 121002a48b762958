import type { Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './markdown.js';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/**
 * Parses successive versions of one document (an editor's buffer) and reads again only the part a
 * change touched, with the same tree as `parseMarkdown` of the whole text.
 *
 * Why it holds: a top-level ATX heading at the start of a line closes every open list, quote, paragraph
 * and table, and cannot itself be inside code or HTML (else it would not be a top-level heading). So the
 * Markdown before such a heading is read the same whatever follows it, and what follows it is read the
 * same whatever came before — except for link and footnote definitions, which reach across the whole
 * document: a text that could hold one (`]:`) is always read whole, as is a text whose front matter a
 * change may open, close or move. A change is read again from the last top-level heading before it up
 * to the first top-level heading after it that is still one in the new text (checked by reading that
 * heading's line with the region); the nodes before are kept, and those after are copied with their
 * positions moved. `test/syntax/incremental.test.ts` checks the trees against whole parses after random
 * edits of every fixture.
 */
export class IncrementalMarkdown {
  private text: string | null = null;
  private tree: Root | null = null;

  parse(text: string): Root {
    const tree = this.reuse(text) ?? parseMarkdown(text);
    this.text = text;
    this.tree = tree;
    return tree;
  }

  private reuse(text: string): Root | null {
    const before = this.text;
    const old = this.tree;
    if (before === null || old === null || text.includes(']:') || before.includes(']:')) return null;
    if (before === text) return old;
    let prefix = 0;
    const shorter = Math.min(before.length, text.length);
    while (prefix < shorter && before.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const editEnd = before.length - suffix;
    const delta = text.length - before.length;

    const headings = old.children.map((node, index) => ({ node, index })).filter(({ node }) => isLineStartAtxHeading(node, before));
    // The region starts at the last such heading that begins before the change (the change may be on its line).
    const first = headings.findLast(({ node }) => node.position!.start.offset! < prefix);
    const start = first ? first.node.position!.start : { line: 1, column: 1, offset: 0 };
    const from = start.offset!;
    // Front matter reaches from the first line to its closing fence, and a first line `---` that opens none
    // still changes how later lines are read (remark-frontmatter): read whole unless a closed front matter
    // ends before the change.
    const frontMatter = old.children[0]?.type === 'yaml' ? old.children[0].position!.end.offset! : null;
    if ((before.startsWith('-') || text.startsWith('-')) && !(frontMatter !== null && frontMatter < prefix)) return null;
    const kept = old.children.slice(0, first ? first.index : 0);
    const moveRegion = (nodes: RootContent[]) => nodes.map((node) => shifted(node, from, start.line - 1));

    const next = headings.find(({ node }) => node.position!.start.offset! >= editEnd && node.position!.start.offset! > from);
    if (next) {
      const at = next.node.position!.start.offset!;
      // The heading's line in the new text, read with the region: it must still open a top-level heading there.
      const region = parseMarkdown(text.slice(from, lineEndOf(before, at) + delta));
      const last = region.children.at(-1);
      if (last?.type === 'heading' && last.position!.start.offset === at + delta - from) {
        const lineDelta = countLines(text, from, at + delta) - countLines(before, from, at);
        const moved = old.children.slice(next.index).map((node) => shifted(node, delta, lineDelta));
        return rootOf([...kept, ...moveRegion(region.children.slice(0, -1)), ...moved], DOCUMENT_START, movePoint(old.position!.end, delta, lineDelta));
      }
    }
    // No heading after the change stays one: read from the region's start to the end.
    const region = parseMarkdown(text.slice(from));
    return rootOf([...kept, ...moveRegion(region.children)], DOCUMENT_START, movePoint(region.position!.end, from, start.line - 1));
  }
}

/** Where the parser starts the root of any document. */
const DOCUMENT_START: Point = { line: 1, column: 1, offset: 0 };

function rootOf(children: RootContent[], start: Point, end: Point): Root {
  return { type: 'root', children, position: { start: { ...start }, end } };
}

function isLineStartAtxHeading(node: RootContent, text: string): boolean {
  if (node.type !== 'heading' || !node.position) return false;
  const offset = node.position.start.offset!;
  return node.position.start.column === 1 && text.charCodeAt(offset) === 0x23 /* # */;
}

function lineEndOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

/** A copy of a node and everything under it, its positions moved by `offset` characters and `lines` lines (columns stay). */
function shifted<T extends Nodes>(node: T, offset: number, lines: number): T {
  if (offset === 0 && lines === 0) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') copy.position = movePosition(value as Position, offset, lines);
    else if (key === 'children') copy.children = (value as Nodes[]).map((child) => shifted(child, offset, lines));
    else copy[key] = value;
  }
  return copy as T;
}

function movePosition(position: Position, offset: number, lines: number): Position {
  return { start: movePoint(position.start, offset, lines), end: movePoint(position.end, offset, lines) };
}

function movePoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offset };
}
