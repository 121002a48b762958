/**
 * What a line of extracted text starts with: an agenda number (`5.`, `2.1`, `IV.`, `a)`), a bullet, a
 * check box, a label (`Action:`, `Decision:`). Line-oriented patterns over plain text.
 */

/** How a heading is numbered: `1.`, `1)`, `1.1`, `IV.`, `a)` / `(a)`. */
export type Scheme = 'arabic' | 'arabic-paren' | 'dotted' | 'roman' | 'letter';

export interface NumberedStart {
  scheme: Scheme;
  /** The number token as written, and where it starts and ends in the line. */
  token: string;
  index: number;
  end: number;
  /** Where the title starts in the line. */
  titleIndex: number;
}

const NUMBERED: [Scheme, RegExp][] = [
  ['dotted', /^(\d{1,2}\.\d{1,2}\.?)[ \t\u00a0]+(?=\S)/],
  ['arabic', /^(\d{1,2}\.)[ \t\u00a0]+(?=\S)/],
  ['arabic-paren', /^(\d{1,2}\))[ \t\u00a0]+(?=\S)/],
  ['roman', /^((?=[IVXLC])(?:X{0,3})(?:IX|IV|V?I{0,3})\.)[ \t\u00a0]+(?=\S)/],
  ['letter', /^(\(?[a-z]\))[ \t\u00a0]+(?=\S)/],
];

/** The agenda number a line starts with, if any (the line trimmed). */
export function numberedStart(text: string): NumberedStart | null {
  for (const [scheme, pattern] of NUMBERED) {
    const match = pattern.exec(text);
    if (!match || match[1] === '.') continue;
    return { scheme, token: match[1]!, index: 0, end: match[1]!.length, titleIndex: match[0].length };
  }
  return null;
}

/** Whether the text after a number reads as a heading's title rather than a sentence of a numbered list. */
export function isTitleLike(title: string, anyCase = false): boolean {
  if (title.length === 0 || title.length > 160) return false;
  // In plain text a title starts with a capital; in a laid-out document its type says it is one.
  if (!(anyCase ? /^[\p{L}\p{N}"“'‘(`]/u : /^[\p{Lu}\p{N}"“'‘(]/u).test(title)) return false;
  const words = title.split(/\s+/).length;
  if (words > 22) return false;
  // A long sentence that ends with a full stop is a numbered paragraph.
  return !(/[.;,]$/.test(title) && words > 12);
}

export interface Bullet {
  /** Where the text after the bullet starts. */
  textIndex: number;
  /** A second-level bullet (`o`, `◦`, `–` under `•`). */
  inner: boolean;
  /** For a check box: whether it is ticked. */
  task: 'open' | 'done' | null;
}

const BULLET = /^([•·▪●‣⁃∙◦○■□☐☑☒✓✔✗\-–—*o\uf0b7\uf0a7\uf076\uf0d8])[ \t\u00a0]+(?=\S)/u;
const OPEN_BOXES = new Set(['☐', '□']);
const DONE_BOXES = new Set(['☑', '☒', '✓', '✔', '■']);
const INNER = new Set(['o', '◦', '○', '\uf0a7']);

/** The bullet or check box a line starts with, if any (the line trimmed). `o` counts only before a capital or in a list. */
export function bulletStart(text: string, inList: boolean): Bullet | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  const mark = match[1]!;
  if (mark === 'o' && !inList && !/^o[ \t\u00a0]+\p{Lu}/u.test(text)) return null;
  // A dash before a digit is a minus sign or a range.
  if ((mark === '-' || mark === '–' || mark === '—') && /^\d/.test(text.slice(match[0].length))) return null;
  const task = OPEN_BOXES.has(mark) ? 'open' : DONE_BOXES.has(mark) ? 'done' : null;
  return { textIndex: match[0].length, inner: INNER.has(mark), task };
}

/** Check boxes written as text: `[ ]`, `[x]`. */
const TEXT_BOX = /^\[([ xX✓])\][ \t\u00a0]+(?=\S)/;

export function textBox(text: string): { textIndex: number; done: boolean } | null {
  const match = TEXT_BOX.exec(text);
  return match ? { textIndex: match[0].length, done: match[1] !== ' ' } : null;
}

/** `Action:`, `Action point 3:`, `AP1:`, `Follow-up:`, `ACTION:` at the start of a paragraph. */
const ACTION_LABEL = /^(?:\*\*)?(?:action(?:\s+(?:point|item))?s?|ap|follow[- ]up|to do|todo)(?:\s*#?\s*\d{1,3})?(?:\*\*)?\s*[:–—]\s*(?:\*\*)?\s*(?=\S)/i;

/** The action label a paragraph starts with: where the action's own words start. */
export function actionLabel(text: string): number | null {
  const match = ACTION_LABEL.exec(text);
  return match ? match[0].length : null;
}
