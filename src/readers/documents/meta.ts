import { dateSettings, findDates, readDate, resolveDay } from '../../model/dates.js';
import type { Block } from './blocks.js';
import { inlineText } from './inline.js';

/** What a document says of its meeting in its opening lines. */
export interface DocumentMeta {
  title?: string;
  body?: string;
  date?: string;
  location?: string;
  chair?: string;
  secretary?: string;
  attendees?: string[];
  apologies?: string[];
}

const SETTINGS = dateSettings('en');
const DATE_WORDS = String.raw`(?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}`;
/** `Brussels, 4 April 2019`, `4 April 2019`, `Luxembourg, 12.03.2024`, with a weekday or not. */
const PLACE_AND_DATE = new RegExp(String.raw`^(?:(\p{Lu}[\p{L} .'’-]{1,40}?),\s*)?(${DATE_WORDS})$`, 'u');
const LABELED =
  /^(date(?: (?:&|and) time)?|meeting date|date of (?:the )?meeting|place|location|venue|chair(?:ed by|person|man|woman)?|presiding|president|secretary|secretariat|rapporteur|participants|members|present|attendees|attendance|apologies|absent|excused|body|committee)\s*[:–]\s*(\S.{0,400})$/i;
const TITLE = /^(?:draft\s+)?(?:minutes|summary record|summary minutes|record|report|conclusions|notes|compte rendu|procès-verbal|protokoll|verbale|acta|notulen)\b/i;

/** Whether a line of the opening says something of the meeting, and so stands on its own (is not joined to the next). */
export function isMetaLine(text: string): boolean {
  const trimmed = text.trim();
  return PLACE_AND_DATE.test(trimmed) || LABELED.test(trimmed) || (TITLE.test(trimmed) && trimmed.length < 200);
}

const listOf = (text: string) =>
  text
    .split(/[;,]\s*/)
    .map((name) => name.replace(/\.$/, '').trim())
    .filter((name) => name.length > 0 && name.length < 120);

/**
 * Reads the meeting from the blocks before the first agenda item: the title (a title block, or a line
 * such as `Minutes of the third meeting of …`), place and date (`Brussels, 4 April 2019`, `Date: …`),
 * chair, secretary, attendees. A paragraph taken for the title becomes the title block (`# …`).
 */
export function readMeta(blocks: Block[], source: string): DocumentMeta {
  const meta: DocumentMeta = {};
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind === 'heading') break;
    if (block.kind === 'title') {
      meta.title ??= oneLine(inlineText(block.content, source));
      continue;
    }
    if (block.kind === 'table') {
      // A table of labels and values: `Date | 4 April 2019`, `Chair | …`.
      for (const row of block.rows) {
        const [label, value] = row.map((cell) => oneLine(inlineText(cell, source)));
        if (label && value) readRow(meta, label, value);
      }
      continue;
    }
    if (block.kind !== 'paragraph') continue;
    const text = oneLine(inlineText(block.content, source));
    const dated = PLACE_AND_DATE.exec(text);
    if (dated) {
      const reading = readDate(dated[2]!, null, SETTINGS);
      if (reading.ok && !reading.approximate) {
        meta.date ??= reading.date;
        if (dated[1]) meta.location ??= dated[1].trim();
        continue;
      }
    }
    const labeled = LABELED.exec(text);
    if (labeled) {
      readLabel(meta, labeled[1]!.toLowerCase(), labeled[2]!.trim());
      continue;
    }
    if (meta.title === undefined && (TITLE.test(text) || (index === 0 && /\bmeeting\b/i.test(text))) && text.length < 200 && !/\.$/.test(text)) {
      meta.title = text;
      blocks[index] = { kind: 'title', content: block.content };
    }
  }
  meta.chair ??= chairInText(source);
  return meta;
}

function readRow(meta: DocumentMeta, label: string, value: string): void {
  const labeled = LABELED.exec(`${label.replace(/:$/, '')}: ${value}`);
  if (labeled) readLabel(meta, labeled[1]!.toLowerCase(), labeled[2]!.trim());
}

function readLabel(meta: DocumentMeta, label: string, value: string): void {
  if (label.startsWith('date') || label === 'meeting date') {
    const reading = readDate(value, null, SETTINGS);
    if (reading.ok && !reading.approximate) meta.date ??= reading.date;
    else {
      // `Monday, June 1, 2026, 7:30 p.m.`: the first date with its year.
      const found = findDates(value, SETTINGS).find((date) => date.start.year !== null);
      const day = found ? resolveDay(found.start, null, 'nearest') : null;
      if (day) meta.date ??= day;
    }
  } else if (label === 'body' || label === 'committee') meta.body ??= value;
  else if (label === 'place' || label === 'location' || label === 'venue') meta.location ??= value;
  else if (label.startsWith('chair') || label === 'president' || label === 'presiding') meta.chair ??= value;
  else if (label.startsWith('secretar') || label === 'rapporteur') meta.secretary ??= value;
  else if (label === 'apologies' || label === 'absent' || label === 'excused') meta.apologies ??= listOf(value);
  else meta.attendees ??= listOf(value);
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `Irena Moozova, who chaired the meeting`, `The meeting was chaired by Irena Moozova`. */
function chairInText(source: string): string | undefined {
  const text = source.slice(0, 20_000).replace(/\s+/g, ' ');
  const before = /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}), who chaired the meeting/u.exec(text);
  if (before) return before[1];
  const after = /\bchaired by (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,4})/u.exec(text);
  return after?.[1];
}
