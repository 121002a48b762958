import type { Block, ListEntry } from './blocks.js';
import { bulletStart, isTitleLike, numberedStart } from './classify.js';
import { bodyParagraphs, paragraphKey, type WordNumber, WordNumbering, type XmlElement } from './docx-numbering.js';
import { copy, type Inline, inlineAt, inlineText, written } from './inline.js';

/** What the worker gathers of a Word document: mammoth's document tree, and the XML parts numbering needs. */
export interface RawDocx {
  body: MammothNode[];
  document: XmlElement | null;
  numbering: XmlElement | null;
  styles: XmlElement | null;
}

/** A node of mammoth's document tree, as far as it is read here. */
interface MammothNode {
  type: string;
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
  checked?: boolean;
  numbering?: { level: string; isOrdered: boolean } | null;
  children?: MammothNode[];
}

interface Paragraph {
  /** The paragraph's range in the source, its number (as Word shows it) included. */
  start: number;
  end: number;
  /** Where its own text starts (after Word's number and a tab). */
  textStart: number;
  number: WordNumber | null;
  style: string;
  bold: boolean;
  checkbox: 'open' | 'done' | null;
}

const HEADING_STYLE = /^(?:heading|titre|überschrift|título|titolo|kop|rubrik|otsikko|nadpis|nagłówek)\s*(\d)$/i;
const TITLE_STYLE = /^(?:title|titre|titel|título|titolo)$/i;

/**
 * A Word document as text and blocks. The text (`source`, what the map points into) is the document as
 * Word shows it: each paragraph on its line with the number Word draws for it, table rows as lines of
 * cells separated by tabs. Heading styles (Heading 1, 2, …) and numbered paragraphs in bold or title
 * form are agenda items and sub-items; other numbered and bulleted paragraphs are lists; tables are
 * tables; check boxes are tasks.
 */
export function docxToBlocks(raw: RawDocx): { source: string; blocks: Block[] } {
  const numbering = new WordNumbering(raw.numbering, raw.styles);
  const xmlParagraphs = bodyParagraphs(raw.document);
  let xmlAt = 0;
  let source = '';

  /** Word's number for a mammoth paragraph: the next paragraph of document.xml with the same text. */
  const numberFor = (key: string): WordNumber | null => {
    for (let look = xmlAt; look < Math.min(xmlParagraphs.length, xmlAt + 8); look++) {
      if (paragraphKey(xmlParagraphs[look]!) !== key) continue;
      // Paragraphs skipped on the way count for numbering too.
      let number: WordNumber | null = null;
      for (let at = xmlAt; at <= look; at++) {
        const found = numbering.numberOf(xmlParagraphs[at]!);
        if (at === look) number = found;
      }
      xmlAt = look + 1;
      return number;
    }
    return null;
  };

  const addParagraph = (node: MammothNode, separator: string): Paragraph | null => {
    const text = textOf(node).replace(/[\r\n\t\v]+/g, ' ').trim();
    const key = text.replace(/\s+/g, '');
    const number = numberFor(key);
    if (key === '' && !number) return null;
    source += separator;
    const start = source.length;
    if (number && !number.bullet && number.label) source += `${number.label}\t`;
    const textStart = source.length;
    source += text;
    return { start, end: source.length, textStart, number, style: node.styleName ?? '', bold: boldShare(node) > 0.6, checkbox: checkboxOf(node) };
  };

  const items: ({ kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; rows: Inline[][] })[] = [];
  for (const node of raw.body) {
    if (node.type === 'paragraph') {
      const paragraph = addParagraph(node, source.length > 0 ? '\n' : '');
      if (paragraph) items.push({ kind: 'paragraph', paragraph });
    } else if (node.type === 'table') {
      const rows: Inline[][] = [];
      for (const row of node.children ?? []) {
        if (row.type !== 'tableRow') continue;
        source += source.length > 0 ? '\n' : '';
        const cells: Inline[] = [];
        (row.children ?? []).forEach((cell, index) => {
          if (index > 0) source += '\t';
          const inline: Inline = [];
          for (const part of cell.children ?? []) {
            if (part.type !== 'paragraph') continue;
            const paragraph = addParagraph(part, inline.length > 0 ? ' ' : '');
            if (!paragraph) continue;
            if (inline.length > 0) inline.push(written(' ', paragraph.start));
            inline.push(copy(paragraph.start, paragraph.end));
          }
          cells.push(inline);
        });
        rows.push(cells);
      }
      if (rows.length > 0) items.push({ kind: 'table', rows });
    }
  }
  return { source, blocks: toBlocks(items, source) };
}

/** The text of a paragraph as mammoth reads it: runs, hyperlinks, tabs and breaks. */
function textOf(node: MammothNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'tab') return '\t';
  if (node.type === 'break') return ' ';
  if (node.type === 'checkbox') return '';
  return (node.children ?? []).map(textOf).join('');
}

/** How much of a paragraph's text is in bold runs. */
function boldShare(node: MammothNode): number {
  let all = 0;
  let bold = 0;
  const walk = (current: MammothNode, inBold: boolean) => {
    const isBold = inBold || current.isBold === true;
    if (current.type === 'text') {
      const length = (current.value ?? '').trim().length;
      all += length;
      if (isBold) bold += length;
    }
    for (const part of current.children ?? []) walk(part, isBold);
  };
  walk(node, false);
  return all === 0 ? 0 : bold / all;
}

function checkboxOf(node: MammothNode): 'open' | 'done' | null {
  const walk = (current: MammothNode): 'open' | 'done' | null => {
    if (current.type === 'checkbox') return current.checked ? 'done' : 'open';
    for (const part of current.children ?? []) {
      const found = walk(part);
      if (found) return found;
    }
    return null;
  };
  return walk(node);
}

/** The heading level of a paragraph's style (`Heading 2` is 2), 0 for the Title style, null for others. */
function styleLevel(style: string): number | null {
  if (TITLE_STYLE.test(style.trim())) return 0;
  const match = HEADING_STYLE.exec(style.trim());
  return match ? Number(match[1]) : null;
}

function toBlocks(items: ({ kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; rows: Inline[][] })[], source: string): Block[] {
  const styled = items.flatMap((item) => (item.kind === 'paragraph' ? [styleLevel(item.paragraph.style)] : [])).filter((level): level is number => level !== null && level > 0);
  let top = styled.length > 0 ? Math.min(...styled) : null;
  // A single heading of the highest level, before all others, is the document's title (`Heading 1` over `Heading 2` items).
  const titleHeading = top !== null && styled.filter((level) => level === top).length === 1 && styled[0] === top && styled.some((level) => level > top!) ? top : null;
  if (titleHeading !== null) top = Math.min(...styled.filter((level) => level > titleHeading));
  // Without heading styles, numbered paragraphs that read as titles (bold, or short and without a full stop) are the items.
  const itemLike = (paragraph: Paragraph) => {
    if (!paragraph.number || paragraph.number.bullet || paragraph.number.level > 1) return false;
    const title = source.slice(paragraph.textStart, paragraph.end);
    return paragraph.bold || (isTitleLike(title) && !/[.;:]$/.test(title) && title.split(/\s+/).length <= 12);
  };
  const numberedItems = top === null ? items.filter((item) => item.kind === 'paragraph' && itemLike(item.paragraph)).length : 0;

  const blocks: Block[] = [];
  const places = { item: 0, sub: 0 };
  let list: ListEntry[] | null = null;
  const flush = () => {
    if (list && list.length > 0) blocks.push({ kind: 'list', entries: list });
    list = null;
  };
  for (const item of items) {
    if (item.kind === 'table') {
      flush();
      blocks.push({ kind: 'table', rows: item.rows });
      continue;
    }
    const paragraph = item.paragraph;
    const text = source.slice(paragraph.textStart, paragraph.end);
    const ownLevel = styleLevel(paragraph.style);
    const level = ownLevel !== null && ownLevel === titleHeading ? 0 : ownLevel;
    const numberToken = (): Inline | null => {
      if (paragraph.number && !paragraph.number.bullet && paragraph.number.label) return [copy(paragraph.start, paragraph.start + paragraph.number.label.length)];
      return null;
    };
    if (level === 0) {
      flush();
      blocks.push({ kind: 'title', content: [copy(paragraph.textStart, paragraph.end)] });
      continue;
    }
    const asItem = level !== null && top !== null ? (level === top ? 2 : level === top + 1 ? 3 : null) : numberedItems >= 2 && itemLike(paragraph) ? (paragraph.number!.level === 0 ? 2 : 3) : null;
    if (asItem) {
      flush();
      // A number typed in the heading's text (`5. Role of …`) is its number when Word draws none.
      const typed = numberToken() === null ? numberedStart(text) : null;
      const number = numberToken() ?? (typed ? [copy(paragraph.textStart, paragraph.textStart + typed.end)] : null);
      const titleStart = typed ? paragraph.textStart + typed.titleIndex : paragraph.textStart;
      if (asItem === 2) places.item++;
      places.sub = asItem === 2 ? 0 : places.sub + 1;
      const written = number ? inlineText(number, source) : '';
      // A number of another scheme (`IV.`, `a)`, `1)`) is kept as a label beside the item's place.
      if (number && !(asItem === 2 ? /^\d+\.$/ : /^\d+\.\d+\.?$/).test(written)) {
        const core = /^\(?([^.)]+)/.exec(written)?.[1] ?? written;
        const start = inlineAt(number) + written.indexOf(core);
        const place = asItem === 2 ? `${places.item}.` : `${places.item}.${places.sub}`;
        blocks.push({ kind: 'heading', level: asItem, number: [{ text: place, at: start }], title: [copy(titleStart, paragraph.end)], label: [copy(start, start + core.length)] });
        continue;
      }
      blocks.push({ kind: 'heading', level: asItem, number, title: [copy(titleStart, paragraph.end)] });
      continue;
    }
    const bullet = bulletStart(text, list !== null);
    if (paragraph.number || paragraph.checkbox || bullet) {
      list ??= [];
      const depth = Math.min(paragraph.number?.level ?? 0, 1);
      const task = paragraph.checkbox ?? bullet?.task ?? null;
      const from = bullet ? paragraph.textStart + bullet.textIndex : paragraph.number?.bullet ? paragraph.textStart : paragraph.start;
      list.push({ depth, task, content: [copy(from, paragraph.end)] });
      continue;
    }
    flush();
    blocks.push({ kind: 'paragraph', content: [copy(paragraph.textStart, paragraph.end)] });
  }
  flush();
  return blocks;
}
