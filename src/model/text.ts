import type { Nodes, Parent } from 'mdast';
import { valueOffsets, type ValueOffsets } from '../syntax/value-offsets.js';

interface Segment {
  /** Where this piece starts in the flattened text. */
  start: number;
  value: string;
  /** Offsets in the file of the node the piece was read from. */
  sourceStart: number;
  sourceEnd: number;
  /** Where each character of `value` came from, aligned when first needed. */
  offsets?: ValueOffsets;
}

/**
 * The plain text of a node (its text and inline code, as a reader sees them), with a way back from an
 * index in that text to offsets in the file: the node's `position.start.offset` plus the index of the
 * character in the node's own source slice (see value-offsets.ts). Link URLs, HTML and code blocks are
 * not text.
 */
export class FlatText {
  readonly text: string;
  private readonly segments: Segment[];
  private readonly source: string;

  /** `source` is the whole file the node was parsed from. */
  constructor(node: Nodes, source: string) {
    const segments: Segment[] = [];
    let text = '';
    const walk = (current: Nodes): void => {
      if (current.type === 'text' || current.type === 'inlineCode' || current.type === 'break') {
        const value = current.type === 'break' ? '\n' : current.value;
        const sourceStart = current.position?.start.offset ?? 0;
        const sourceEnd = current.position?.end.offset ?? sourceStart;
        segments.push({ start: text.length, value, sourceStart, sourceEnd });
        text += value;
      } else if ('children' in current) {
        for (const child of (current as Parent).children) walk(child as Nodes);
      }
    };
    walk(node);
    this.text = text;
    this.segments = segments;
    this.source = source;
  }

  /** Offsets in the file, `[start, end)`, of the source of `length` characters of the text from `index`. */
  range(index: number, length: number): [number, number] {
    const first = this.locate(index);
    const last = this.locate(index + Math.max(length, 1) - 1);
    return [first.starts, length === 0 ? first.starts : last.ends];
  }

  private locate(index: number): { starts: number; ends: number } {
    const segment = this.segmentAt(index);
    if (!segment) return { starts: 0, ends: 0 };
    const offset = Math.min(Math.max(index - segment.start, 0), segment.value.length - 1);
    if (offset < 0) return { starts: segment.sourceStart, ends: segment.sourceEnd };
    segment.offsets ??= valueOffsets(segment.value, this.source, segment.sourceStart, segment.sourceEnd);
    return { starts: segment.offsets.starts[offset]!, ends: segment.offsets.ends[offset]! };
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

/** Sentences of prose, trimmed, each with where it starts; `ordinalDots` for languages that write `31. Mai`. */
export function sentencesOf(text: string, ordinalDots = false): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (raw: string, index: number) => sentences.push({ raw, text: raw.replace(/\s+/g, ' '), index });
  // ICU ends a sentence at every line break; in a paragraph a line break is only a space. Where numbers
  // are written with a dot (`am 31. Mai`, `5. Sitzung`), the dot ends no sentence: the segmenter is shown
  // a comma in its place, and the sentences are cut from the text as written.
  let prepared = text.replace(/[\r\n]/g, ' ');
  if (ordinalDots) prepared = prepared.replace(/(?<=\d)\.(?= \p{L})/gu, ',');
  for (const { segment: shown, index } of sentenceSegmenter.segment(prepared)) {
    const segment = text.slice(index, index + shown.length).replace(/[\r\n]/g, ' ');
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

/** The candidate closest to `word` by edit distance (a swap of two letters counts once), if it is close enough to be a typo. */
export function closestWord(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The share of the words of the shorter text found in the other (0 when either has none). */
export function sharedWordShare(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
