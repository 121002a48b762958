/**
 * Text as the document readers write it: pieces copied from the source, and pieces of their own (a
 * space where two lines were joined), each anchored at the source offset it was made from.
 */
export type Piece = { start: number; end: number } | { text: string; at: number };
export type Inline = Piece[];

export const copy = (start: number, end: number): Piece => ({ start, end });
export const written = (text: string, at: number): Piece => ({ text, at });

/** The text of pieces, with the source they copy from. */
export function inlineText(inline: Inline, source: string): string {
  return inline.map((piece) => ('text' in piece ? piece.text : source.slice(piece.start, piece.end))).join('');
}

/** Where an inline starts in the source. */
export function inlineAt(inline: Inline): number {
  const first = inline[0];
  return first === undefined ? 0 : 'text' in first ? first.at : first.start;
}

/** The inline with white space trimmed at both ends (copied pieces narrowed, written ones dropped if blank). */
export function trimInline(inline: Inline, source: string): Inline {
  const pieces = inline.map((piece) => ({ ...piece }));
  while (pieces.length > 0) {
    const first = pieces[0]!;
    if ('text' in first) {
      first.text = first.text.trimStart();
      if (first.text !== '') break;
    } else {
      while (first.start < first.end && /\s/.test(source[first.start]!)) first.start++;
      if (first.start < first.end) break;
    }
    pieces.shift();
  }
  while (pieces.length > 0) {
    const last = pieces.at(-1)!;
    if ('text' in last) {
      last.text = last.text.trimEnd();
      if (last.text !== '') break;
    } else {
      while (last.end > last.start && /\s/.test(source[last.end - 1]!)) last.end--;
      if (last.end > last.start) break;
    }
    pieces.pop();
  }
  return pieces;
}

/** The inline from `index` characters on (of its text), pieces cut where needed. */
export function sliceInline(inline: Inline, from: number, to = Number.POSITIVE_INFINITY): Inline {
  const result: Inline = [];
  let offset = 0;
  for (const piece of inline) {
    const length = 'text' in piece ? piece.text.length : piece.end - piece.start;
    const a = Math.max(from - offset, 0);
    const b = Math.min(to - offset, length);
    if (a < b) {
      if ('text' in piece) result.push({ text: piece.text.slice(a, b), at: piece.at });
      else result.push({ start: piece.start + a, end: piece.start + b });
    }
    offset += length;
  }
  return result;
}

/** Words of a document, to tell a word hyphenated at a line end (`sensi-`/`tizing`) from a compound (`non-`/`legislative`). */
export class WordStats {
  private readonly words = new Set<string>();
  private readonly compounds = new Set<string>();

  constructor(text: string) {
    for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      const word = match[0].toLowerCase();
      const end = match.index + match[0].length;
      // A hyphen at a line end is not evidence of a compound.
      if (word.includes('-')) {
        this.compounds.add(word);
        for (const part of word.split('-')) this.words.add(part);
      } else if (!(text[end] === '-' && (text[end + 1] === '\n' || text[end + 1] === '\r'))) this.words.add(word);
    }
  }

  /** Whether `before-` at a line end and `after` on the next line are one word split by the typesetter. */
  isSplitWord(before: string, after: string): boolean {
    const a = before.toLowerCase();
    const b = after.toLowerCase();
    if (this.compounds.has(`${a}-${b}`)) return false;
    if (this.words.has(a + b)) return true;
    if (KEPT_PREFIXES.has(a)) return false;
    // Two words the document uses on their own make a compound (`first-time`, `cyber-resilience`).
    if (this.words.has(a) && this.words.has(b) && a.length > 1) return false;
    return true;
  }
}

/** Prefixes written with a hyphen in English and the other languages of EU minutes. */
const KEPT_PREFIXES = new Set(['non', 'co', 'self', 'ex', 'cross', 'anti', 'multi', 'post', 'pre', 'semi', 'quasi', 'pan', 'e', 'eu', 'well', 'high', 'low', 'long', 'short', 'full', 'half', 'part', 'all', 'so', 'inter', 'intra', 'extra', 'euro', 'cyber', 'mid', 'follow', 'up', 'ad', 'hoc', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'top', 'day', 'year', 'month', 'week']);

/** One line of a paragraph, trimmed: its source range. */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * The lines of a paragraph joined: a space between lines (written), and a word hyphenated at a line end
 * rejoined (the hyphen left out) unless it is a compound, whose hyphen is kept (`non-legislative`).
 */
export function joinLines(lines: readonly LineSpan[], source: string, stats: WordStats): Inline {
  const inline: Inline = [];
  lines.forEach((line, index) => {
    let { start, end } = line;
    const next = lines[index + 1];
    let separator: string | null = next ? ' ' : null;
    if (next && end - start >= 2 && source[end - 1] === '-' && /\p{L}/u.test(source[end - 2]!)) {
      const before = /\p{L}+$/u.exec(source.slice(Math.max(start, end - 40), end - 1))?.[0] ?? '';
      const after = /^\p{L}+/u.exec(source.slice(next.start, next.end))?.[0] ?? '';
      if (after && /^\p{Ll}/u.test(after)) {
        separator = null;
        if (stats.isSplitWord(before, after)) end -= 1;
      }
    }
    // A date or a number range cut at its hyphen (`2019-` / `04-29`) is one word.
    if (next && end - start >= 2 && source[end - 1] === '-' && /\d/.test(source[end - 2]!) && /^\d/.test(source.slice(next.start, next.start + 1))) separator = null;
    if (end > start) inline.push(copy(start, end));
    if (separator !== null && next) inline.push(written(separator, next.start));
  });
  return inline;
}
