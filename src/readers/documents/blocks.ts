import { bulletStart, isTitleLike, numberedStart, textBox, type Scheme } from './classify.js';
import { furnitureLines } from './furniture.js';
import { copy, type Inline, joinLines, type LineSpan, type WordStats, written } from './inline.js';
import { type Line, trimLine } from './lines.js';
import { isMetaLine } from './meta.js';

export interface ListEntry {
  depth: number;
  content: Inline;
  task: 'open' | 'done' | null;
}

/** What a document is read as before it is written in the minutes format. */
export type Block =
  | { kind: 'title'; content: Inline }
  | { kind: 'heading'; level: 2 | 3; number: Inline | null; title: Inline; label?: Inline }
  | { kind: 'paragraph'; content: Inline }
  | { kind: 'list'; entries: ListEntry[] }
  | { kind: 'table'; rows: Inline[][] };

/** What a laid-out document (PDF) tells besides its lines. */
export interface LayoutHints {
  /** Whether a line stands at the top or foot of its page (where running headers and footers are). */
  isEdge?: (line: Line, index: number) => boolean;
  /** Tables, by the index of the line they start at: their rows of cells, and where they end in the source. */
  tables?: ReadonlyMap<number, { rows: Inline[][]; end: number }>;
}

interface Candidate {
  scheme: Scheme | null;
  /** The number token's range in the source; null for a heading told by its type alone (PDF). */
  number: LineSpan | null;
  title: LineSpan[];
  /** Lines it takes (a title may wrap onto a second line). */
  span: number;
  size: number;
}

/** How the lines of a document become blocks: the steps shared by plain text and PDF. */
export function linesToBlocks(all: readonly Line[], source: string, stats: WordStats, layout: LayoutHints = {}): Block[] {
  const furniture = furnitureLines(all, layout.isEdge);
  const lines = all.map((line, index) => ({ line: trimLine(line), raw: line, furniture: furniture.has(index), table: layout.tables?.get(index) })).filter((entry) => !entry.furniture);
  const body = bodySize(lines.filter((entry, index) => !entry.table && !insideTable(lines, index)).map((entry) => entry.line));
  const typical = typicalLength(lines.map((entry) => entry.line));
  const candidates = headingCandidates(lines.map((entry) => entry.line), body, (index) => lines[index]?.table !== undefined);
  const levels = schemeLevels(candidates);

  const blocks: Block[] = [];
  // Numbers other than `1.` and `1.1` (`I.`, `a)`, `1)`) are kept as labels, `{label="IV"}`, beside the item's place.
  const places = { item: 0, sub: 0 };
  const numbering = (candidate: Candidate, level: 2 | 3): { number: Inline | null; label?: Inline } => {
    if (level === 2) {
      places.item++;
      places.sub = 0;
    } else places.sub++;
    if (!candidate.number) return { number: null };
    const { start, end } = candidate.number;
    if (candidate.scheme === 'arabic' || candidate.scheme === 'dotted') return { number: [copy(start, end)] };
    const core = /^\(?([^.)]+)[.)]?$/.exec(source.slice(start, end));
    const from = start + source.slice(start, end).indexOf(core?.[1] ?? '');
    const place = level === 2 ? `${places.item}.` : `${places.item}.${places.sub}`;
    return { number: [written(place, start)], label: [copy(from, from + (core?.[1]?.length ?? end - start))] };
  };
  let paragraph: LineSpan[] = [];
  let list: { entries: { depth: number; lines: LineSpan[]; task: 'open' | 'done' | null; indent: number }[]; baseIndent: number } | null = null;
  let blank = false;
  let previous: Line | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', content: joinLines(paragraph, source, stats) });
    paragraph = [];
  };
  const flushList = () => {
    if (list && list.entries.length > 0) {
      blocks.push({ kind: 'list', entries: list.entries.map((entry) => ({ depth: entry.depth, task: entry.task, content: joinLines(entry.lines, source, stats) })) });
    }
    list = null;
  };
  const flush = () => {
    flushParagraph();
    flushList();
  };

  for (let index = 0; index < lines.length; index++) {
    const { line, raw, table } = lines[index]!;
    if (table) {
      flush();
      if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
      while (index + 1 < lines.length && lines[index + 1]!.raw.start < table.end) index++;
      previous = null;
      blank = false;
      continue;
    }
    if (line.text === '') {
      blank = true;
      continue;
    }
    const candidate = candidates.get(index);
    const level = candidate ? (candidate.scheme ? levels.get(candidate.scheme) : unnumberedLevel(candidate, levels, candidates)) : undefined;
    if (candidate && level !== undefined) {
      flush();
      if (level === 1) blocks.push({ kind: 'title', content: joinLines(candidate.title, source, stats) });
      else blocks.push({ kind: 'heading', level, title: joinLines(candidate.title, source, stats), ...numbering(candidate, level) });
      index += candidate.span - 1;
      previous = lines[index]!.line;
      blank = false;
      continue;
    }
    const indent = raw.layout ? raw.layout.x : raw.text.length - raw.text.trimStart().length;
    const bullet = bulletStart(line.text, list !== null);
    const box = bullet ? null : textBox(line.text);
    if (bullet || box) {
      flushParagraph();
      if (!list) list = { entries: [], baseIndent: indent };
      const inner = bullet?.inner || indent > list.baseIndent + (raw.layout ? 6 : 1);
      // `- [ ] …`: a bullet, then a check box written as text.
      const boxAfter = bullet ? textBox(line.text.slice(bullet.textIndex)) : null;
      const textIndex = bullet ? bullet.textIndex + (boxAfter?.textIndex ?? 0) : box!.textIndex;
      list.entries.push({
        depth: inner && list.entries.length > 0 ? 1 : 0,
        task: boxAfter ? (boxAfter.done ? 'done' : 'open') : bullet ? bullet.task : box!.done ? 'done' : 'open',
        lines: [{ start: line.start + textIndex, end: line.end }],
        indent,
      });
      previous = line;
      blank = false;
      continue;
    }
    // In the opening, a line that gives the title, the date or the chair stands on its own.
    if (!blocks.some((block) => block.kind === 'heading') && isMetaLine(line.text)) {
      flush();
      blocks.push({ kind: 'paragraph', content: [copy(line.start, line.end)] });
      previous = null;
      blank = false;
      continue;
    }
    const continues = previous !== null && followsOn(previous, line, blank, typical);
    if (list) {
      const entry = list.entries.at(-1)!;
      if (continues && (!blank || indent > entry.indent)) {
        entry.lines.push({ start: line.start, end: line.end });
        previous = line;
        blank = false;
        continue;
      }
      flushList();
    }
    if (paragraph.length > 0 && !continues) flushParagraph();
    paragraph.push({ start: line.start, end: line.end });
    previous = line;
    blank = false;
  }
  flush();
  return blocks;
}

/** Whether a line lies inside a table that starts on an earlier line. */
function insideTable(lines: readonly { raw: Line; table?: { end: number } | undefined }[], index: number): boolean {
  for (let at = index - 1; at >= 0 && at >= index - 200; at--) {
    const table = lines[at]!.table;
    if (table) return lines[index]!.raw.start < table.end;
  }
  return false;
}

/** Whether a line carries on the paragraph (or list entry) of the line before it. */
function followsOn(previous: Line, line: Line, blank: boolean, typical: number): boolean {
  const lastChar = previous.text.at(-1) ?? '';
  const ends = /[.!?:;]["”’)]?$/.test(previous.text);
  const startsLower = /^[\p{Ll}(]/u.test(line.text);
  // Across a page break, a paragraph goes on when the sentence does.
  if (line.page !== previous.page) return !ends && (startsLower || lastChar === ',' || !blank);
  if (blank) return false;
  if (line.layout && previous.layout) {
    if (line.layout.gap > 0.45) return false;
    return !(previous.layout.short && ends && !startsLower);
  }
  // Without layout, a short line that ends a sentence ends its paragraph.
  return !(ends && previous.text.length < typical * 0.7 && !startsLower);
}

/** The most common font size of the text, weighted by length: the body text's. */
function bodySize(lines: readonly Line[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) {
    if (!line.layout) continue;
    const size = Math.round(line.layout.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + line.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) {
      best = size;
      bestWeight = weight;
    }
  }
  return best;
}

/** The length of a full line of the body text (most lines of a paragraph are full). */
function typicalLength(lines: readonly Line[]): number {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 20).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

/** A line set apart from the text by its type: bold or larger, short, not a sentence. */
function standsOut(line: Line, body: number): boolean {
  if (!line.layout) return false;
  return line.layout.bold || line.layout.size >= body * 1.12;
}

/** Lines that start an agenda heading, by their number (or, in a PDF, by their type). */
function headingCandidates(lines: readonly Line[], body: number, isTable: (index: number) => boolean): Map<number, Candidate> {
  const candidates = new Map<number, Candidate>();
  const isBlank = (index: number) => index < 0 || index >= lines.length || lines[index]!.text === '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === '' || isTable(index)) continue;
    const previous = index > 0 ? lines[index - 1]! : null;
    const typeChanges = line.layout !== undefined && previous?.layout !== undefined && !sameType(line.layout, previous.layout);
    const alone = isBlank(index - 1) || /[.!?:;]["”’)]?$/.test(previous!.text) || candidates.has(index - 1) || previous!.page !== line.page || (line.layout?.gap ?? 0) > 0.45 || typeChanges;
    if (!alone) continue;
    const numbered = numberedStart(line.text);
    const layout = line.layout;
    if (numbered) {
      const title = line.text.slice(numbered.titleIndex);
      if (!isTitleLike(title, layout !== undefined)) continue;
      // In a laid-out document, a numbered line in the body's own type is a numbered paragraph.
      if (layout && !standsOut(line, body)) continue;
      const spans: LineSpan[] = [{ start: line.start + numbered.titleIndex, end: line.end }];
      let span = 1;
      // A title that wraps: in plain text onto one more line, in a laid-out document onto lines in the same type.
      for (let next = lines[index + span]; next && next.text !== '' && next.page === line.page && span < 3; next = lines[index + span]) {
        if (!wrapsOn(line, next, layout !== undefined) || (!layout && (span > 1 || !(isBlank(index + 2) || /[,]$/.test(line.text))))) break;
        if (numberedStart(next.text)) break;
        spans.push({ start: next.start, end: next.end });
        span++;
      }
      candidates.set(index, { scheme: numbered.scheme, number: { start: line.start, end: line.start + numbered.end }, title: spans, span, size: layout?.size ?? 0 });
      index += span - 1;
    } else if (layout && standsOut(line, body) && isTitleLike(line.text, true) && !/[.:]$/.test(line.text) && line.text.split(/\s+/).length <= 14 && !(isTable(index + 1) && line.layout!.size < body * 1.15)) {
      // (A line in bold, in the body's size, over a table is the table's caption.)
      const spans: LineSpan[] = [{ start: line.start, end: line.end }];
      let span = 1;
      for (let next = lines[index + span]; next?.layout && next.text !== '' && next.layout.gap < 0.45 && sameType(layout, next.layout) && span < 3 && !isTable(index + span); next = lines[index + span]) {
        spans.push({ start: next.start, end: next.end });
        span++;
      }
      candidates.set(index, { scheme: null, number: null, title: spans, span, size: layout.size });
      index += span - 1;
    }
  }
  dropListings(candidates, lines);
  // Where the headings are numbered, a line in bold in the body's size is a label (`Adopted 7–0`), not a heading.
  if ([...candidates.values()].some((candidate) => candidate.scheme !== null)) {
    for (const [index, candidate] of candidates) if (candidate.scheme === null && candidate.size < body * 1.12) candidates.delete(index);
  }
  return candidates;
}

const sameType = (a: { size: number; bold: boolean }, b: { size: number; bold: boolean }) => Math.abs(a.size - b.size) < 0.6 && a.bold === b.bold;

/** Whether `next` goes on with the heading `line`: it starts in lower case, or continues the same type. */
function wrapsOn(line: Line, next: Line, laidOut: boolean): boolean {
  if (laidOut) return line.layout !== undefined && next.layout !== undefined && sameType(line.layout, next.layout) && next.layout.gap < 0.45;
  return /^\p{Ll}/u.test(next.text) && next.text.length < 80;
}

/**
 * A run of three or more numbered lines with nothing between them, before the first that has text under
 * it, is the agenda or a table of contents listed at the top, not the items themselves.
 */
function dropListings(candidates: Map<number, Candidate>, lines: readonly Line[]): void {
  const indexes = [...candidates.keys()].filter((index) => candidates.get(index)!.scheme !== null).sort((a, b) => a - b);
  let run: number[] = [];
  for (const [position, index] of indexes.entries()) {
    run.push(index);
    const next = indexes[position + 1] ?? lines.length;
    const hasText = lines.slice(index + candidates.get(index)!.span, next).some((line) => line.text !== '');
    if (!hasText) continue;
    // The run's last heading has text under it: the ones before it, if three or more, were a listing.
    if (run.length > 3) for (const listed of run.slice(0, -1)) candidates.delete(listed);
    run = [];
  }
}

/** The level of each numbering scheme: the first of `I.`, `1.`, `1)` met is an agenda item; schemes under it are sub-items. */
function schemeLevels(candidates: ReadonlyMap<number, Candidate>): Map<Scheme, 2 | 3> {
  const order = [...candidates.entries()].sort((a, b) => a[0] - b[0]).map(([, candidate]) => candidate.scheme);
  const levels = new Map<Scheme, 2 | 3>();
  const top = order.find((scheme) => scheme === 'roman' || scheme === 'arabic' || scheme === 'arabic-paren');
  if (top) levels.set(top, 2);
  if (top === 'roman') {
    const second = order.find((scheme) => scheme === 'arabic' || scheme === 'arabic-paren' || scheme === 'letter');
    if (second) levels.set(second, 3);
  } else {
    levels.set('dotted', 3);
    if (!top) levels.set('dotted', 3);
    levels.set('letter', 3);
  }
  return levels;
}

/** The level of a heading told by its type alone: the document's title, an item or a sub-item, by size. */
function unnumberedLevel(candidate: Candidate, levels: ReadonlyMap<Scheme, 2 | 3>, candidates: ReadonlyMap<number, Candidate>): 1 | 2 | 3 {
  const numbered = [...candidates.values()].filter((other) => other.scheme !== null && levels.get(other.scheme) === 2);
  const itemSize = numbered.length > 0 ? Math.min(...numbered.map((other) => other.size)) : Math.max(...[...candidates.values()].filter((other) => !isTitleCandidate(other, candidates)).map((other) => other.size), 0);
  if (isTitleCandidate(candidate, candidates)) return 1;
  return candidate.size >= itemSize - 0.5 ? 2 : 3;
}

/** The first heading in the largest type, if it is larger than any other: the document's title. */
function isTitleCandidate(candidate: Candidate, candidates: ReadonlyMap<number, Candidate>): boolean {
  if (candidate.scheme !== null) return false;
  const all = [...candidates.entries()].sort((a, b) => a[0] - b[0]);
  const largest = Math.max(...all.map(([, other]) => other.size));
  const first = all.find(([, other]) => other.size === largest);
  const others = all.filter(([, other]) => other.size >= largest - 0.5);
  return first?.[1] === candidate && others.length === 1;
}
