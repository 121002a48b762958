import { copy, type Inline } from './inline.js';
import type { Line } from './lines.js';

/** What the worker gathers of a PDF: per page, its size and text items; the fonts by name. */
export interface RawPdf {
  numPages: number;
  pages: RawPage[];
  fonts: Record<string, { name: string; bold: boolean }>;
}

interface RawPage {
  width: number;
  height: number;
  /** `[text, x, y (baseline, from the bottom), width, font size, font name, ends a line, rotated]`. */
  items: [string, number, number, number, number, string, number, number][];
  /** Images painted on the page (looked at only when there is no text). */
  images: number;
}

interface Glyphs {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
}

interface PageLine {
  items: Glyphs[];
  x: number;
  right: number;
  y: number;
  size: number;
  bold: boolean;
  /** Left and right edges of the column the line stands in. */
  column: [number, number];
  /** Indexes of items that start a new cell (after a wide gap). */
  cells: number[];
}

/** A PDF's text laid out as lines: the text the reader reads (`source`), its lines with their layout, tables found. */
export interface PdfText {
  source: string;
  lines: Line[];
  /** Whether each line stands near the top or the foot of its page. */
  edge: boolean[];
  tables: Map<number, { rows: Inline[][]; end: number }>;
  /** Pages with no text at all, and how many of them hold images. */
  emptyPages: number;
  imagePages: number;
}

const LIST_MARKER = /^(?:[•·▪●‣⁃∙◦○■□☐☑☒✓✔\-–—*o\uf0b7\uf0a7]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-zA-Z]|[IVXivx]{1,5})[.)])$/u;
const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-,]bd\b|\bw[6-9]\b/i;

/**
 * Lays out the text of a PDF: items grouped into lines by baseline, pages of two columns read column by
 * column (a gutter down the middle that no line crosses), wide gaps inside a line taken for table cells,
 * then written as text, line by line, a form feed between pages.
 */
export function layOut(raw: RawPdf): PdfText {
  const lines: Line[] = [];
  const edge: boolean[] = [];
  const tables = new Map<number, { rows: Inline[][]; end: number }>();
  let source = '';
  let emptyPages = 0;
  let imagePages = 0;
  const continued: TableState = { last: null };
  raw.pages.forEach((page, pageIndex) => {
    const glyphs = page.items
      .filter((item) => item[7] === 0 && item[0].trim() !== '' && item[4] > 0)
      .map(([text, x, y, width, size, font]) => ({ text, x, right: x + width, y, size, bold: Boolean(raw.fonts[font]?.bold) || BOLD_NAME.test(raw.fonts[font]?.name ?? '') }));
    if (glyphs.length === 0) {
      emptyPages++;
      if (page.images > 0) imagePages++;
    }
    const pageLines = orderLines(glyphs, page.width);
    const leadingOf = leadings(pageLines);
    let previous: PageLine | null = null;
    const firstOfPage = lines.length;
    for (const [index, line] of pageLines.entries()) {
      const text = lineText(line);
      const start = source.length;
      source += text;
      const sameColumn = previous !== null && previous.column[0] === line.column[0] && previous.y > line.y;
      // The space above the line beyond the leading of its type: about 0 inside a paragraph, more between blocks.
      const leading = leadingOf(line.size);
      const gap = sameColumn ? Math.max(0, (previous!.y - line.y - leading) / leading) : 1;
      const width = line.column[1] - line.column[0];
      lines.push({
        start,
        end: source.length,
        text,
        page: pageIndex + 1,
        layout: { x: line.x - line.column[0], size: line.size, bold: line.bold, gap, short: line.right < line.column[1] - width * 0.15 },
      });
      edge.push(line.y > page.height * 0.9 || line.y < page.height * 0.1 || index < 2 || index >= pageLines.length - 2);
      source += '\n';
      previous = line;
    }
    findTables(pageLines, lines, firstOfPage, tables, continued);
    source += '\f';
  });
  return { source, lines, edge, tables, emptyPages, imagePages };
}

/** The text of a line: items in order, a space where there is a gap, a tab between table cells. */
function lineText(line: PageLine): string {
  let text = '';
  line.items.forEach((item, index) => {
    if (index > 0) {
      const before = line.items[index - 1]!;
      const gap = item.x - before.right;
      if (line.cells.includes(index)) text += '\t';
      else if (gap > item.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    }
    text += item.text;
  });
  return text.replace(/[ \u00a0]+$/, '').replace(/\s+/g, (space) => (space.includes('\t') ? '\t' : ' '));
}

/**
 * The distance between the baselines of two lines of a paragraph, for each type size of the page: the
 * smallest step between consecutive lines of that size that recurs; for a size seldom seen, the body's scaled.
 */
function leadings(lines: readonly PageLine[]): (size: number) => number {
  const steps = new Map<number, Map<number, number>>();
  for (let index = 1; index < lines.length; index++) {
    const [above, line] = [lines[index - 1]!, lines[index]!];
    if (above.column !== line.column || Math.abs(above.size - line.size) > 0.3) continue;
    const step = Math.round((above.y - line.y) * 2) / 2;
    if (step <= 0 || step > line.size * 3) continue;
    const size = Math.round(line.size * 2) / 2;
    const counts = steps.get(size) ?? new Map<number, number>();
    counts.set(step, (counts.get(step) ?? 0) + 1);
    steps.set(size, counts);
  }
  // The smallest step that recurs: lines of a paragraph stand closer than paragraphs, however few wrap.
  const mode = (counts: Map<number, number>): [number, number] => {
    const total = [...counts.values()].reduce((sum, seen) => sum + seen, 0);
    const steps = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    // Steps half a point apart are one (rounding).
    for (const [index, [step]] of steps.entries()) {
      const near = steps.slice(index).filter(([other]) => other - step <= 0.6).reduce((sum, [, seen]) => sum + seen, 0);
      if (near >= Math.max(2, total * 0.05)) return [step, near];
    }
    return steps.sort((a, b) => b[1] - a[1])[0]!;
  };
  let body: { size: number; step: number; seen: number } | null = null;
  for (const [size, counts] of steps) {
    const [step, seen] = mode(counts);
    if (!body || seen > body.seen) body = { size, step, seen };
  }
  return (size) => {
    const counts = steps.get(Math.round(size * 2) / 2);
    if (counts) {
      const [step, seen] = mode(counts);
      if (seen >= 2) return step;
    }
    return body ? (body.step * size) / body.size : size * 1.2;
  };
}

/** Lines of a page in reading order: one column, or two read left then right between the lines that span both. */
function orderLines(glyphs: Glyphs[], pageWidth: number): PageLine[] {
  if (glyphs.length === 0) return [];
  const left = Math.min(...glyphs.map((glyph) => glyph.x));
  const right = Math.max(...glyphs.map((glyph) => glyph.right));
  const gutter = findGutter(glyphs, left, right, pageWidth);
  if (gutter === null) return groupLines(glyphs, [left, right]);
  const spanning = glyphs.filter((glyph) => glyph.x < gutter && glyph.right > gutter);
  const full = groupLines(spanning, [left, right]);
  const bands: PageLine[] = [];
  // Between lines that span the page, the left column, then the right one.
  const cuts = [Number.POSITIVE_INFINITY, ...full.map((line) => line.y), Number.NEGATIVE_INFINITY];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const top = cuts[index]!;
    const bottom = cuts[index + 1]!;
    const inBand = (glyph: Glyphs) => glyph.y < top - 0.5 && glyph.y > bottom + 0.5 && !(glyph.x < gutter && glyph.right > gutter);
    // The band's text in the order the PDF draws it, cut where it passes from one column to the other:
    // usually the left column, then the right one, then what follows under them on one side.
    const runs: { side: number; glyphs: Glyphs[] }[] = [];
    for (const glyph of glyphs) {
      if (!inBand(glyph)) continue;
      const side = glyph.right <= gutter ? 0 : 1;
      if (runs.at(-1)?.side === side) runs.at(-1)!.glyphs.push(glyph);
      else runs.push({ side, glyphs: [glyph] });
    }
    for (const run of runs) bands.push(...groupLines(run.glyphs, run.side === 0 ? [left, gutter] : [gutter, right]));
    if (index < full.length) bands.push(full[index]!);
  }
  return bands;
}

/**
 * A gutter between two columns: an x in the middle third of the text that few lines cross, with text
 * on both sides on many lines. A table looks alike; it is told apart by the order the PDF draws its text
 * in: a table row by row, crossing from one side to the other at every row, columns one after the other.
 */
function findGutter(glyphs: Glyphs[], left: number, right: number, pageWidth: number): number | null {
  const width = right - left;
  if (width < pageWidth * 0.4) return null;
  const lines = groupLines(glyphs, [left, right]);
  if (lines.length < 8) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = left + width * 0.35; x <= left + width * 0.65; x += 2) {
    let crossing = 0;
    let leftSide = 0;
    let rightSide = 0;
    for (const line of lines) {
      if (line.items.some((item) => item.x < x - 4 && item.right > x + 4)) {
        crossing++;
        continue;
      }
      if (line.items.some((item) => item.right <= x + 4)) leftSide++;
      if (line.items.some((item) => item.x >= x - 4)) rightSide++;
    }
    // Lines that cross are the parts of the page in one column (a title, a section before the columns).
    if (crossing > lines.length * 0.6 || leftSide < lines.length * 0.2 || rightSide < lines.length * 0.2 || (best && crossing >= best.crossing)) continue;
    // In the order drawn, how often the text passes from one side of x to the other.
    let switches = 0;
    let side = 0;
    for (const glyph of glyphs) {
      const here = glyph.right <= x + 4 ? -1 : glyph.x >= x - 4 ? 1 : 0;
      if (here !== 0 && side !== 0 && here !== side) switches++;
      if (here !== 0) side = here;
    }
    if (switches <= Math.max(6, Math.min(leftSide, rightSide) * 0.34)) best = { x, crossing };
  }
  return best?.x ?? null;
}

/** Items on the same baseline (within a third of their size) are one line; lines from the top down. */
function groupLines(glyphs: Glyphs[], column: [number, number]): PageLine[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PageLine[] = [];
  for (const glyph of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - glyph.y) <= Math.max(line.size, glyph.size) * 0.35) line.items.push(glyph);
    else lines.push({ items: [glyph], x: 0, right: 0, y: glyph.y, size: glyph.size, bold: false, column, cells: [] });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.x = line.items[0]!.x;
    line.right = Math.max(...line.items.map((item) => item.right));
    let chars = 0;
    let bold = 0;
    const sizes = new Map<number, number>();
    for (const item of line.items) {
      const length = item.text.trim().length;
      chars += length;
      if (item.bold) bold += length;
      sizes.set(item.size, (sizes.get(item.size) ?? 0) + length);
    }
    line.bold = bold > chars * 0.6;
    line.size = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? line.items[0]!.size;
    // A wide gap starts a table cell, except after a list marker (`●`, `1.`, `a)`, set off by a tab).
    line.cells = line.items.flatMap((item, index) =>
      index > 0 && item.x - line.items[index - 1]!.right > Math.max(item.size * 0.9, 8) && !(index === 1 && LIST_MARKER.test(line.items[0]!.text.trim())) ? [index] : [],
    );
  }
  return lines;
}

/**
 * Tables: runs of two or more lines whose cells (text split by wide gaps) start at the same columns. A
 * line with text in the first column starts a row; a line without continues the cells of the row above.
 */
/** The last table found, to take in its continuation in the next column or page (its header repeated). */
interface TableState {
  last: { start: number; header: string; lastLine: number; rows: { cells: { start: number; end: number }[][] }[] } | null;
}

const cellInline = (parts: { start: number; end: number }[]): Inline => parts.flatMap((part, at) => (at > 0 ? [{ text: ' ', at: part.start }, copy(part.start, part.end)] : [copy(part.start, part.end)]));

function findTables(pageLines: PageLine[], lines: Line[], first: number, tables: Map<number, { rows: Inline[][]; end: number }>, state: TableState): void {
  for (let index = 0; index < pageLines.length; index++) {
    const head = pageLines[index]!;
    if (head.cells.length === 0) continue;
    const anchors = [head.items[0]!.x, ...head.cells.map((cell) => head.items[cell]!.x)];
    const columnOf = (x: number) => {
      let column = -1;
      for (const [at, anchor] of anchors.entries()) if (x >= anchor - 3) column = at;
      return column;
    };
    // A line belongs to the table when none of its items runs across a column's start.
    const fits = (line: PageLine) =>
      line.column === head.column && line.y < head.y && columnOf(line.x) >= 0 && line.items.every((item) => anchors.every((anchor) => !(item.x < anchor - 3 && item.right > anchor + 3)));
    const rows: { cells: { start: number; end: number }[][] }[] = [];
    let end = index;
    while (end + 1 < pageLines.length && fits(pageLines[end + 1]!) && pageLines[end]!.y - pageLines[end + 1]!.y <= head.size * 3.5) end++;
    // Rows are set apart by their padding: a step between baselines larger than the smallest one (a
    // cell's text wrapping) starts a row; when all steps are alike, every line is a row.
    const steps = pageLines.slice(index + 1, end + 1).map((line, at) => pageLines[index + at]!.y - line.y);
    const smallest = Math.min(...steps);
    const alike = Math.max(...steps) <= smallest * 1.2;
    for (let at = index; at <= end; at++) {
      const line = pageLines[at]!;
      const cells: { start: number; end: number }[][] = anchors.map(() => []);
      const lineInfo = lines[first + at]!;
      // Cells of the line as written in the source: split at its tabs.
      let offset = lineInfo.start;
      const pieces = lineInfo.text.split('\t');
      const starts = [0, ...line.cells];
      pieces.forEach((piece, cell) => {
        const column = columnOf(line.items[starts[cell] ?? 0]!.x);
        if (column >= 0 && piece.trim()) cells[column]!.push({ start: offset, end: offset + piece.length });
        offset += piece.length + 1;
      });
      const step = at > index ? steps[at - index - 1]! : 0;
      const newRow = at <= index + 1 || rows.length === 0 || alike || step > smallest * 1.2;
      if (newRow) rows.push({ cells });
      else {
        for (const [column, parts] of cells.entries()) rows.at(-1)!.cells[column]!.push(...parts);
      }
    }
    const header = lines[first + index]!.text;
    const last = state.last;
    // The same header right after a table: the table goes on in the next column or on the next page.
    if (last && last.lastLine === first + index - 1 && last.header === header && rows.length >= 2) {
      const [, ...more] = rows;
      if (more[0] && more[0].cells[0]!.length === 0) {
        for (const [column, parts] of more[0].cells.entries()) last.rows.at(-1)!.cells[column]?.push(...parts);
        more.shift();
      }
      last.rows.push(...more);
      last.lastLine = first + end;
      tables.set(last.start, { rows: last.rows.map((row) => row.cells.map(cellInline)), end: lines[first + end]!.end });
      // The repeated header is no text of the minutes.
      for (let at = index; at <= end; at++) tables.set(first + at, { rows: [], end: lines[first + end]!.end });
      index = end;
      continue;
    }
    if (rows.length >= 2 && end > index) {
      tables.set(first + index, { rows: rows.map((row) => row.cells.map(cellInline)), end: lines[first + end]!.end });
      state.last = { start: first + index, header, lastLine: first + end, rows };
      index = end;
    }
  }
}
