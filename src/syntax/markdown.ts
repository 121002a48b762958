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

/** A list item or block quote open at some line: what a following line must have to stay inside it. */
interface OpenContainer {
  quote: boolean;
  /** For a list item: the column its content starts at. */
  contentColumn: number;
}

const LIST_MARKER = /^(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** The column after `text[from..to)` starting at `column`, tabs advancing to the next multiple of 4. */
function columnAfter(text: string, from: number, to: number, column: number): number {
  for (let at = from; at < to; at++) column = text.charCodeAt(at) === 9 ? column + 4 - (column % 4) : column + 1;
  return column;
}

/**
 * A resource guard, not a parser: how deep list items and block quotes nest, line by line, read in one
 * pass in time linear in the text, in the levels of the syntax tree (a list item is two: its list and
 * itself). The Markdown parser takes time quadratic in that depth, so a list nested 600 levels deep is
 * refused before it is parsed, at the line where the depth passes `limit`.
 * It follows CommonMark's containers as far as depth goes: a line stays inside an open list item when it
 * is indented to its content (or blank), inside a quote when it starts with `>`; then list markers and
 * `>` open new containers; indented and fenced code open none. Where it is unsure it counts less, so
 * that it never refuses what the parser would read within the limit.
 */
export function deepestLineNesting(text: string, limit = MAX_NESTING): { depth: number; line: number } {
  const open: OpenContainer[] = [];
  let deepest = { depth: 0, line: 1 };
  let fence: { marker: string; depth: number } | null = null;
  // Whether the innermost container holds a paragraph still open (a list item may not interrupt it freely).
  let paragraph = false;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    line++;
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let at = start;
    let column = 0;
    const skipSpaces = () => {
      const from = at;
      while (at < lineEnd && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
      column = columnAfter(text, from, at, column);
    };
    // Columns count from the content start of the innermost quote, as CommonMark measures indentation.
    const takeQuoteMarker = () => {
      at++;
      if (text.charCodeAt(at) === 32) at++;
      column = 0;
      skipSpaces();
    };
    // Whether the line from `at` on is a thematic break: only one of `-*_` (three or more) with spaces.
    // Where the line has any other character is found once per line, so a line of 10,000 `- ` markers
    // is not rescanned at each marker.
    const lastOther = new Map<number, number>();
    const thematicBreakFrom = (from: number): boolean => {
      const mark = text.charCodeAt(from);
      if (mark !== 45 && mark !== 42 && mark !== 95) return false;
      let last = lastOther.get(mark);
      if (last === undefined) {
        last = lineEnd - 1;
        while (last >= start && (text.charCodeAt(last) === mark || text.charCodeAt(last) === 32 || text.charCodeAt(last) === 9)) last--;
        lastOther.set(mark, last);
      }
      if (last >= from) return false;
      let marks = 0;
      for (let i = from; i < lineEnd && marks < 3; i++) if (text.charCodeAt(i) === mark) marks++;
      return marks >= 3;
    };
    skipSpaces();
    // Which open containers this line continues.
    let kept = 0;
    for (const container of open) {
      const indentation = column - (open[kept - 1]?.contentColumn ?? 0);
      if (container.quote ? at < lineEnd && indentation < 4 && text.charCodeAt(at) === 62 : at >= lineEnd || column >= container.contentColumn) {
        if (container.quote) takeQuoteMarker();
        kept++;
      } else break;
    }
    const blank = at >= lineEnd;
    if (fence) {
      // Inside fenced code, nothing opens; the fence closes with a run like its own, indented less than 4,
      // or when its container ends (and then the line is read as any other).
      const indent = column - (open[kept - 1]?.contentColumn ?? 0);
      const closing = kept >= fence.depth && indent < 4 && text.startsWith(fence.marker, at);
      if (kept >= fence.depth) {
        if (closing) fence = null;
        start = end + 1;
        continue;
      }
      fence = null;
    }
    if (blank) {
      paragraph = false;
      start = end + 1;
      continue;
    }
    // New containers on this line: `>` and list markers, while not indented code.
    let truncated = false;
    let hiddenFence: string | null = null;
    const settle = () => {
      if (!truncated) open.length = kept;
      truncated = true;
    };
    for (let opened = 0; at < lineEnd && opened <= limit; opened++) {
      const base = truncated ? (open.at(-1)?.contentColumn ?? 0) : (open[kept - 1]?.contentColumn ?? 0);
      if (column - base >= 4) break; // indented code, or the continuation of a paragraph
      if (text.charCodeAt(at) === 62 /* > */) {
        settle();
        takeQuoteMarker();
        open.push({ quote: true, contentColumn: 0 });
        paragraph = false;
        continue;
      }
      // `- - -` is a thematic break, not three list items.
      if (thematicBreakFrom(at)) break;
      const marker = LIST_MARKER.exec(text.slice(at, Math.min(lineEnd, at + 12)));
      if (!marker) break;
      const markerColumn = column;
      const afterMarker = at + marker[0].length;
      let probe = afterMarker;
      while (probe < lineEnd && (text.charCodeAt(probe) === 32 || text.charCodeAt(probe) === 9)) probe++;
      const empty = probe >= lineEnd;
      // Counted no deeper than the parser nests: an empty item opens nothing here, nor does an ordered
      // list that starts at another number than 1 (whether the parser takes it for a list depends on what
      // came before, down to quirks of its own; a hostile staircase of them is still refused, after the
      // parse).
      if (empty || !/^(?:[*+-]|1[.)])$/.test(marker[0])) {
        // Uncounted, the item may still hold a code fence: taken as one, so that nothing in it counts.
        const hidden = FENCE.exec(text.slice(probe, Math.min(lineEnd, probe + 64)));
        if (hidden) hiddenFence = hidden[1]!;
        break;
      }
      settle();
      at = afterMarker;
      column += marker[0].length;
      skipSpaces();
      const spaces = column - (markerColumn + marker[0].length);
      // Content starts after one to four spaces; with more, or none, one column after the marker.
      open.push({ quote: false, contentColumn: spaces > 4 ? markerColumn + marker[0].length + 1 : column });
      paragraph = false;
    }
    const rest = text.slice(at, Math.min(lineEnd, at + 256));
    const indent = column - (truncated ? (open.at(-1)?.contentColumn ?? 0) : (open[kept - 1]?.contentColumn ?? 0));
    const fenceMark = hiddenFence !== null ? [hiddenFence, hiddenFence] : indent < 4 ? FENCE.exec(rest) : null;
    // What would end an open paragraph here: a fence, a heading, a break, a quote, a list item that may interrupt.
    const interrupts = Boolean(fenceMark) || (indent < 4 && (/^#{1,6}(?:[ \t]|$)/.test(rest) || THEMATIC_BREAK.test(rest) || rest.startsWith('>') || /^(?:[*+-]|1[.)])[ \t]+\S/.test(rest)));
    const plainText: boolean = !interrupts && (paragraph || !LIST_MARKER.test(rest));
    // A line of plain text that opens nothing and leaves containers unmatched is a lazy continuation of
    // the paragraph there, when there is one; otherwise those containers are closed.
    // (A line that starts with a list marker, counted or not, is no lazy continuation for the parser.)
    if (!truncated && !(paragraph && plainText && !LIST_MARKER.test(rest) && kept < open.length)) open.length = kept;
    if (fenceMark) fence = { marker: fenceMark[1]!, depth: open.length };
    // Indented code opens no paragraph; an indented line continues one that is open.
    paragraph = at < lineEnd && plainText && (indent < 4 || paragraph);
    // In the syntax tree a list item is two levels (its list, and itself), a quote one.
    let depth = 0;
    for (const container of open) depth += container.quote ? 1 : 2;
    if (depth > deepest.depth) deepest = { depth, line };
    if (deepest.depth > limit) return deepest;
    start = end + 1;
  }
  return deepest;
}
