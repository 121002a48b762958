import type { Line } from './lines.js';

/**
 * Page furniture: what a printed page repeats or numbers and the minutes do not say. Page numbers
 * (`Page 2 of 5`, `2/16`, `- 3 -`, a number alone), the language codes EU documents print in their
 * margins (`EN`, `EN EN`), running headers and footers (the same line at the top or foot of several
 * pages) and document references repeated through the text (`Ref. Ares(2019)1234567 - 04/04/2019`).
 */
export const FURNITURE = [
  'page numbers (`Page 2 of 5`, `2/16`, `- 3 -`, a number alone on its line)',
  'the language codes EU documents print in their margins (`EN`, `EN EN`)',
  'running headers and footers: a line repeated at the top or foot of several pages',
  'document references repeated through the text (`Ref. Ares(2019)1234567 - 04/04/2019`)',
];

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina)\s*)?\d{1,4}(?:\s*(?:\/|of|de|von|di|sur|van)\s*\d{1,4})?$/i;
const DASHED_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
const LANGUAGES = new Set(['BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'ES', 'ET', 'FI', 'FR', 'GA', 'HR', 'HU', 'IT', 'LT', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SL', 'SV']);
/** A reference that documents repeat on every page: an Ares or Ref number, a file code with slashes and digits. */
const REFERENCE = /\b(?:Ares\s*\(\d{4}\)|Ref\.?\s|Our ref|Réf\.|[A-Z]{2,}[./][A-Z0-9]+[./][A-Z0-9/().-]*\d)/;

/** Whether a line is furniture by its form alone: a page number or a margin's language code. */
function isPageMark(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (PAGE_NUMBER.test(trimmed) || DASHED_NUMBER.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  return words.length <= 2 && words.every((word) => LANGUAGES.has(word));
}

/** How a line compares with others that repeat it: white space folded, digits alike (page numbers, dates). */
const shapeOf = (text: string) => text.trim().replace(/\s+/g, ' ').replace(/\d+/g, '0').toLowerCase();

/** Lines at most this far from the top or foot of a page are where running headers and footers stand. */
const EDGE_LINES = 3;

/**
 * The indexes of the furniture lines. With pages (form feeds, a PDF's pages), a line is a running header
 * or footer when the same shape stands near the top or foot of at least three pages (two in a document of
 * two or three pages); without them, a document reference repeated three times anywhere.
 */
export function furnitureLines(lines: readonly Line[], isEdge?: (line: Line, index: number) => boolean): Set<number> {
  const furniture = new Set<number>();
  lines.forEach((line, index) => {
    if (isPageMark(line.text)) furniture.add(index);
  });
  const pages = new Set(lines.map((line) => line.page)).size;
  const edge = isEdge ?? edgeByPosition(lines, furniture);
  const seen = new Map<string, { indexes: number[]; pages: Set<number>; atEdge: number }>();
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '' || text.length > 160 || furniture.has(index)) return;
    const shape = shapeOf(text);
    const entry = seen.get(shape) ?? { indexes: [], pages: new Set<number>(), atEdge: 0 };
    seen.set(shape, entry);
    entry.indexes.push(index);
    entry.pages.add(line.page);
    if (pages > 1 && edge(line, index)) entry.atEdge++;
  });
  const needed = pages > 3 ? 3 : 2;
  for (const [, entry] of seen) {
    const running = pages > 1 && entry.pages.size >= needed && entry.atEdge >= needed;
    const reference = entry.indexes.length >= 3 && REFERENCE.test(lines[entry.indexes[0]!]!.text);
    if (running || reference) for (const index of entry.indexes) furniture.add(index);
  }
  return furniture;
}

/** Whether a line is among the first or last few lines of text of its page. */
function edgeByPosition(lines: readonly Line[], marks: ReadonlySet<number>): (line: Line, index: number) => boolean {
  const rank = new Map<number, { fromTop: number; fromFoot: number }>();
  const byPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    if (line.text.trim() === '' || marks.has(index)) return;
    const list = byPage.get(line.page) ?? [];
    list.push(index);
    byPage.set(line.page, list);
  });
  for (const list of byPage.values()) {
    for (const [at, index] of list.entries()) rank.set(index, { fromTop: at, fromFoot: list.length - 1 - at });
  }
  return (_line, index) => {
    const place = rank.get(index);
    return place !== undefined && (place.fromTop < EDGE_LINES || place.fromFoot < EDGE_LINES);
  };
}
