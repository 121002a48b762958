import type { Nodes, Parent } from 'mdast';
import type { Point } from 'unist';

interface Segment {
  /** Where this piece starts in the flattened text. */
  start: number;
  value: string;
  point: Point | undefined;
  /** Offsets of the line breaks in `value`, computed when first needed. */
  breaks?: number[];
}

/**
 * The plain text of a node (its text and inline code, as a reader sees them), with a way back from an
 * index in that text to the line and column in the source. Link URLs, HTML and code blocks are not text.
 */
export class FlatText {
  readonly text: string;
  private readonly segments: Segment[];
  private readonly lines: readonly string[];

  constructor(node: Nodes, sourceLines: readonly string[]) {
    const segments: Segment[] = [];
    let text = '';
    const walk = (current: Nodes): void => {
      if (current.type === 'text' || current.type === 'inlineCode') {
        segments.push({ start: text.length, value: current.value, point: current.position?.start });
        text += current.value;
      } else if (current.type === 'break') {
        segments.push({ start: text.length, value: '\n', point: current.position?.start });
        text += '\n';
      } else if ('children' in current) {
        for (const child of (current as Parent).children) walk(child as Nodes);
      }
    };
    walk(node);
    this.text = text;
    this.segments = segments;
    this.lines = sourceLines;
  }

  /** The source point of the character at `index` of the flattened text. */
  pointAt(index: number): Point {
    const segment = this.segmentAt(index);
    if (!segment?.point) return { line: 1, column: 1 };
    const offset = index - segment.start;
    segment.breaks ??= lineBreaks(segment.value);
    const before = countBefore(segment.breaks, offset);
    if (before === 0) return { line: segment.point.line, column: segment.point.column + offset };
    // Continuation lines lose their indentation in the tree: take it from the source line.
    const line = segment.point.line + before;
    const sourceLine = this.lines[line - 1] ?? '';
    const indent = sourceLine.length - sourceLine.trimStart().length;
    return { line, column: indent + 1 + (offset - segment.breaks[before - 1]! - 1) };
  }

  private segmentAt(index: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.start <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.segments[lo];
  }
}

function lineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return breaks;
}

/** How many of the sorted offsets are below `offset`. */
function countBefore(sorted: number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export interface Sentence {
  /** The sentence as written, trimmed. */
  raw: string;
  /** The sentence with runs of white space folded to one space. */
  text: string;
  /** Index of the sentence's first character in the text it was cut from. */
  index: number;
}

/** A sentence longer than this is read in pieces, so that pathological text stays linear to read. */
const MAX_SENTENCE = 1_000;

/** Sentences of prose, trimmed, each with where it starts. */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (raw: string, index: number) => sentences.push({ raw, text: raw.replace(/\s+/g, ' '), index });
  // ICU ends a sentence at every line break; in a paragraph a line break is only a space.
  for (const { segment, index } of sentenceSegmenter.segment(text.replace(/[\r\n]/g, ' '))) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    if (trimmed.length <= MAX_SENTENCE) {
      push(trimmed, index + lead);
      continue;
    }
    // Cut at the last space of each window; a date split across two pieces is the price of bounded time.
    for (let start = 0; start < trimmed.length; ) {
      let end = Math.min(trimmed.length, start + MAX_SENTENCE);
      if (end < trimmed.length) {
        const space = trimmed.lastIndexOf(' ', end);
        if (space > start) end = space;
      }
      const piece = trimmed.slice(start, end);
      const pieceLead = piece.length - piece.trimStart().length;
      if (piece.trim()) push(piece.trim(), index + lead + start + pieceLead);
      start = end;
    }
  }
  return sentences;
}
