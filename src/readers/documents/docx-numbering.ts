/**
 * Word's automatic numbering, computed as Word shows it. mammoth tells whether a paragraph is in a list
 * and at what level, not its number; so numbering.xml, styles.xml and the paragraphs' numbering
 * properties are read here (as element trees the worker made with mammoth's XML reader): start values,
 * restarts (a `w:num` with a `w:startOverride`), levels that restart under a higher one, level text
 * (`%1.`, `%1.%2`, `(%3)`) and number formats (decimal, letters, Roman numerals).
 */

export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | { type: 'text'; value: string };

const child = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((node): node is XmlElement => node.type === 'element' && node.name === name);
const children = (element: XmlElement | undefined, name: string): XmlElement[] =>
  (element?.children ?? []).filter((node): node is XmlElement => node.type === 'element' && node.name === name);
const value = (element: XmlElement | undefined): string | undefined => element?.attributes['w:val'];

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level after which this one restarts (lvlRestart); by default any higher level. */
  restartAfter: number | null;
  style: string | null;
}

interface Num {
  abstract: string;
  /** Levels whose start is overridden (a restart), with their start. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

/** A numbered paragraph as Word shows it. */
export interface WordNumber {
  /** The label as Word draws it (`5.`, `2.1`, `a)`), or the bullet character; empty for format `none`. */
  label: string;
  level: number;
  bullet: boolean;
}

/** The text of a paragraph of document.xml, as mammoth reads it (runs' text, tabs and breaks as spaces), folded for comparison. */
export function paragraphKey(paragraph: XmlElement): string {
  let text = '';
  const walk = (node: XmlNode) => {
    if (node.type === 'text') return;
    if (node.name === 'w:t') text += node.children.map((part) => (part.type === 'text' ? part.value : '')).join('');
    else if (node.name === 'w:delText' || node.name === 'w:instrText' || node.name === 'w:pPr') return;
    else for (const part of node.children) walk(part);
  };
  walk(paragraph);
  return text.replace(/\s+/g, '');
}

function readLevel(element: XmlElement): Level {
  const restart = value(child(element, 'w:lvlRestart'));
  return {
    start: Number(value(child(element, 'w:start')) ?? '1') || 0,
    format: value(child(element, 'w:numFmt')) ?? 'decimal',
    text: value(child(element, 'w:lvlText')) ?? '',
    restartAfter: restart === undefined ? null : Number(restart) - 1,
    style: value(child(element, 'w:pStyle')) ?? null,
  };
}

/** numbering.xml and styles.xml, read; then `numberOf` each paragraph in document order. */
export class WordNumbering {
  private readonly abstracts = new Map<string, { levels: Map<number, Level>; styleLink: string | null }>();
  private readonly nums = new Map<string, Num>();
  private readonly styles = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null; numStyle: string | null }>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    for (const abstract of children(numbering ?? undefined, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const level of children(abstract, 'w:lvl')) levels.set(Number(level.attributes['w:ilvl'] ?? '0'), readLevel(level));
      this.abstracts.set(abstract.attributes['w:abstractNumId'] ?? '', { levels, styleLink: value(child(abstract, 'w:numStyleLink')) ?? null });
    }
    for (const num of children(numbering ?? undefined, 'w:num')) {
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const override of children(num, 'w:lvlOverride')) {
        const ilvl = Number(override.attributes['w:ilvl'] ?? '0');
        const start = value(child(override, 'w:startOverride'));
        if (start !== undefined) starts.set(ilvl, Number(start));
        const level = child(override, 'w:lvl');
        if (level) levels.set(ilvl, readLevel(level));
      }
      this.nums.set(num.attributes['w:numId'] ?? '', { abstract: value(child(num, 'w:abstractNumId')) ?? '', starts, levels });
    }
    for (const style of children(styles ?? undefined, 'w:style')) {
      const properties = child(style, 'w:pPr');
      const numPr = child(properties, 'w:numPr');
      this.styles.set(style.attributes['w:styleId'] ?? '', {
        numId: value(child(numPr, 'w:numId')) ?? null,
        ilvl: numPr && child(numPr, 'w:ilvl') ? Number(value(child(numPr, 'w:ilvl'))) : null,
        basedOn: value(child(style, 'w:basedOn')) ?? null,
        numStyle: null,
      });
    }
  }

  /** The numbering properties in force for a paragraph: its own, else its style's (through `basedOn`). */
  private propertiesOf(paragraph: XmlElement): { numId: string; ilvl: number | null; style: string | null } | null {
    const properties = child(paragraph, 'w:pPr');
    const style = value(child(properties, 'w:pStyle')) ?? null;
    const numPr = child(properties, 'w:numPr');
    const own = value(child(numPr, 'w:numId'));
    if (own !== undefined) return { numId: own, ilvl: child(numPr, 'w:ilvl') ? Number(value(child(numPr, 'w:ilvl'))) : null, style };
    const seen = new Set<string>();
    for (let id = style; id !== null && !seen.has(id); id = this.styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const entry = this.styles.get(id);
      if (entry?.numId) return { numId: entry.numId, ilvl: entry.ilvl, style };
    }
    return null;
  }

  /** The levels of a num: its abstract's (following a numbering style's link), with the num's own overrides. */
  private levelsOf(num: Num): Map<number, Level> {
    let abstract = this.abstracts.get(num.abstract);
    const seen = new Set<string>();
    while (abstract?.styleLink && !seen.has(abstract.styleLink)) {
      seen.add(abstract.styleLink);
      const linked = this.styles.get(abstract.styleLink)?.numId;
      const next = linked ? this.nums.get(linked) : undefined;
      abstract = next ? this.abstracts.get(next.abstract) : undefined;
    }
    const levels = new Map(abstract?.levels ?? []);
    for (const [ilvl, level] of num.levels) levels.set(ilvl, level);
    return levels;
  }

  /** The number Word shows for the next paragraph in document order; null for a paragraph without one. Call once per paragraph, in order. */
  numberOf(paragraph: XmlElement): WordNumber | null {
    const properties = this.propertiesOf(paragraph);
    if (!properties || properties.numId === '0') return null;
    const num = this.nums.get(properties.numId);
    if (!num) return null;
    const levels = this.levelsOf(num);
    let ilvl = properties.ilvl;
    if (ilvl === null) ilvl = [...levels.entries()].find(([, level]) => level.style !== null && level.style === properties.style)?.[0] ?? 0;
    const level = levels.get(ilvl);
    if (!level) return null;
    // Paragraphs of nums sharing an abstract numbering count on together, unless a num restarts a level.
    const key = num.starts.size > 0 ? `num:${properties.numId}` : `abstract:${num.abstract}`;
    const counters = this.counters.get(key) ?? [];
    if (!this.started.has(key)) {
      this.started.add(key);
      for (const [at, start] of num.starts) counters[at] = start - 1;
    }
    counters[ilvl] = counters[ilvl] === undefined ? level.start : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = levels.get(deeper)?.restartAfter;
      if (restartAfter === null || restartAfter === undefined || restartAfter >= ilvl) counters[deeper] = undefined;
    }
    this.counters.set(key, counters);
    if (level.format === 'bullet') return { label: level.text, level: ilvl, bullet: true };
    if (level.format === 'none') return { label: '', level: ilvl, bullet: false };
    const label = level.text.replace(/%([1-9])/g, (_match, digit: string) => {
      const at = Number(digit) - 1;
      const format = levels.get(at)?.format ?? 'decimal';
      return formatNumber(counters[at] ?? levels.get(at)?.start ?? 1, format);
    });
    return { label, level: ilvl, bullet: false };
  }
}

/** Paragraphs of a document.xml body in order, those in tables and content controls included. */
export function bodyParagraphs(document: XmlElement | null): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlNode) => {
    if (node.type !== 'element') return;
    if (node.name === 'w:p') {
      found.push(node);
      return;
    }
    if (node.name === 'w:txbxContent' || node.name === 'w:sectPr') return;
    for (const part of node.children) walk(part);
  };
  if (document) walk(document);
  return found;
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value).toLowerCase();
    case 'upperLetter':
      return letters(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

/** Word's letters: A…Z, then AA…ZZ, AAA… */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const numerals: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let text = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
