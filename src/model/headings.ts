/** The number at the start of an agenda heading, as written: `5.`, `2.1`, `01.`, or none. */
export interface HeadingNumber {
  /** The token as written, such as `5.` or `2.1`. */
  token: string;
  /** The token without its trailing dot or parenthesis: what the model calls `number`. */
  number: string;
  /** Index of the token in the heading's text. */
  index: number;
}

const LEADING_TOKEN = /^\s*(\S+)/;

export function splitHeading(text: string): { number: HeadingNumber | null; title: string } {
  const match = LEADING_TOKEN.exec(text);
  if (!match || !/^\d/.test(match[1]!)) return { number: null, title: text.trim() };
  const token = match[1]!;
  return {
    number: { token, number: token.replace(/[.)]$/, ''), index: match.index + match[0].length - token.length },
    title: text.slice(match[0].length).trim(),
  };
}

/** An agenda label kept as written (`15.i.a`, `A`, `IV`): the `{label="…"}` that ends a heading. */
export interface HeadingLabel {
  /** The label, as written between the quotes. */
  text: string;
  /** Index of the label's first character in the heading's text. */
  index: number;
  /** Index where the `{label=…}` block starts (the title ends before it). */
  blockIndex: number;
}

const TRAILING_LABEL = /\s*\{label=(?:"([^"{}\n]+)"|([^\s"{}]+))\}\s*$/;

/**
 * The label a heading ends with, written as a heading attribute in the way of the format's `{#id}`:
 * `## 16. Intl.Segmenter for Stage 3 {label="15.i.a"}` (an agenda scheme other than `N.`/`N.M`, as
 * readers of other conventions write it; see docs/format.md). Null when the heading has none.
 */
export function readLabel(text: string): HeadingLabel | null {
  const match = TRAILING_LABEL.exec(text);
  if (!match) return null;
  const label = (match[1] ?? match[2])!.trim();
  if (!label) return null;
  const quoted = match[1] !== undefined;
  const offset = match[0].indexOf('{label=') + '{label='.length + (quoted ? 1 : 0);
  const index = match.index + offset + ((match[1] ?? match[2])!.length - (match[1] ?? match[2])!.trimStart().length);
  return { text: label, index, blockIndex: match.index };
}

/** The canonical form of the number of the item at `ordinal` ("7" or "2.1"): `7.` for items, `2.1` for sub-items. */
export function canonicalToken(ordinal: string, level: 2 | 3): string {
  return level === 2 ? `${ordinal}.` : ordinal;
}

/** Whether a written token is an accepted form of the number expected at `ordinal`. */
export function tokenMatches(token: string, ordinal: string, level: 2 | 3): boolean {
  return level === 2 ? token === `${ordinal}.` : token === ordinal || token === `${ordinal}.`;
}

/** Titles compare without case, surrounding punctuation or repeated spaces. */
export function comparableTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;]+$/, '')
    .trim()
    .toLocaleLowerCase();
}

/** An agenda entry's title: entries may be written with their numbers (`1. Opening`), as headings are. */
const agendaTitle = (entry: string) => comparableTitle(splitHeading(entry).title);

/** Beyond this many headings times agenda entries, alignment is greedy rather than optimal (bounded time). */
const MAX_ALIGNMENT_CELLS = 1_000_000;

/** How an agenda heading stands to the agenda: the entry it stands for, and whether their titles agree. */
export interface AgendaMatch {
  index: number;
  /** False when the heading takes an entry's place under another title (`Finance` where the agenda lists `Budget`). */
  sameTitle: boolean;
}

/**
 * For each agenda heading (by its title), the agenda entry it stands for, or null. Titles that agree are
 * matched as the longest common subsequence of the two lists, so that one missing or added item leaves
 * the others matched; between two matches, headings and entries left over are paired in order (a heading
 * renamed), and what is still left over is missing from the document or from the agenda.
 */
export function alignToAgenda(titles: readonly string[], agenda: readonly string[]): (AgendaMatch | null)[] {
  const a = titles.map(comparableTitle);
  const b = agenda.map(agendaTitle);
  const exact = commonSubsequence(a, b);
  const result: (AgendaMatch | null)[] = exact.map((index) => (index === null ? null : { index, sameTitle: true }));
  // Pair what is left between consecutive matches.
  let headingFrom = 0;
  let entryFrom = 0;
  for (let i = 0; i <= a.length; i++) {
    const match = i < a.length ? exact[i] : b.length;
    if (match === null || match === undefined) continue;
    for (let h = headingFrom, e = entryFrom; h < i && e < match; h++, e++) result[h] = { index: e, sameTitle: false };
    headingFrom = i + 1;
    entryFrom = match + 1;
  }
  return result;
}

function commonSubsequence(a: readonly string[], b: readonly string[]): (number | null)[] {
  const result: (number | null)[] = new Array(a.length).fill(null);
  if (a.length * b.length > MAX_ALIGNMENT_CELLS) {
    let next = 0;
    a.forEach((title, index) => {
      const found = b.indexOf(title, next);
      if (found !== -1) {
        result[index] = found;
        next = found + 1;
      }
    });
    return result;
  }
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      result[i++] = j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return result;
}
