import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent, Text as HastText } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Nodes, Paragraph, Parents, RootContent } from 'mdast';
import { toHast, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { TermIndex } from '../model/actors.js';
import type { DateRecord, HeadingRecord } from '../model/build.js';
import type { ParsedMinutes } from '../model/parse.js';
import type { Action } from '../schemas/generated/minutes.js';
import { valueOffsets } from '../syntax/value-offsets.js';
import { STYLESHEET } from './html-style.js';

export interface HtmlOptions {
  /** A link back to the index page, when pages are published together. */
  indexHref?: string;
}

// What user content may keep after conversion: GitHub's rules, plus the classes this renderer adds.
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    p: [['className', 'decision']],
  },
};

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A date for readers, in the page's language ("11 April 2019"; plain `en` is written day first, as in Europe). */
function readableDate(iso: string, lang: string): string {
  let format = dateFormats.get(lang);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      format = null; // a language tag Intl does not know: ISO dates
    }
    dateFormats.set(lang, format);
  }
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return format ? format.format(date) : iso;
}

/** The anchor of an item: `item-7`, `item-2-1`; from its place, so it stays the same across runs. */
const anchorOf = (ordinal: string) => `item-${ordinal.replace(/\./g, '-')}`;

/**
 * A standalone HTML page for one minutes file: metadata header, table of contents, items as sections,
 * actions as tables, decisions and deadlines marked, actor codes explained by <abbr>. Raw HTML in the
 * Markdown is left out; links keep only safe protocols; images become links, so the page loads nothing.
 */
export function renderHtml(parsed: ParsedMinutes, options: HtmlOptions = {}): string {
  const { model } = parsed;
  const lang = model.meta.language ?? 'en';
  const title = model.meta.title ?? 'Minutes';
  const decisions = new Set<Paragraph>(parsed.decisions.map((record) => record.node));
  const dates = [...parsed.dates].sort((a, b) => a.range[0] - b.range[0]);
  const context: Context = { parsed, lang, decisions, dates, terms: abbreviations(parsed) };

  const children: ElementContent[] = [];
  children.push(header(parsed, lang, context.terms, options));
  const subItems = subItemsOf(parsed.headings);
  if (parsed.headings.length > 0) children.push(tableOfContents(parsed.headings, subItems));
  const main: ElementContent[] = [];
  const preamble = parsed.preambleBlocks.filter((block) => !(block.type === 'heading' && block.depth === 1));
  if (preamble.length > 0 || model.preamble.actions.length > 0) {
    main.push(h('section', { id: 'preamble' }, [...content(preamble, context), ...actionTable(model.preamble.actions, context, 'preamble')]));
  }
  for (const heading of parsed.headings.filter((record) => !record.parent)) {
    main.push(section(heading, subItems, context));
  }
  children.push(h('main', main));
  children.push(h('footer', [h('p', ['Minutes compiled with minutes.'])]));

  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          // Defence in depth: even if something slipped through, the page runs no script and loads nothing.
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }),
          h('title', [model.meta.date ? `${title} (${model.meta.date})` : title]),
          h('style', [STYLESHEET]),
        ]),
        h('body', children),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

interface Context {
  parsed: ParsedMinutes;
  lang: string;
  decisions: Set<Paragraph>;
  /** The dates found in the prose, by where they start. */
  dates: DateRecord[];
  terms: Terms;
}

/** Actor codes and glossary abbreviations, each with the title its <abbr> shows, found as whole words. */
type Terms = TermIndex<string>;

function abbreviations(parsed: ParsedMinutes): Terms {
  const terms = new TermIndex<string>();
  // Actor codes first: a code that is also a glossary entry is explained by the registry.
  for (const [code, actor] of Object.entries(parsed.model.actors)) terms.add(code, actor.name, true);
  for (const [term, expansion] of Object.entries(parsed.model.meta.glossary)) terms.add(term, expansion, true);
  return terms;
}

function header(parsed: ParsedMinutes, lang: string, terms: Terms, options: HtmlOptions): Element {
  const { meta } = parsed.model;
  const rows: ElementContent[] = [];
  const row = (label: string, value: ElementContent | ElementContent[] | string | undefined) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    rows.push(h('dt', [label]), h('dd', Array.isArray(value) ? value : [value]));
  };
  row('Date', meta.date ? h('time', { dateTime: meta.date }, [readableDate(meta.date, lang)]) : undefined);
  if (meta.meeting !== undefined) row('Meeting', String(meta.meeting));
  row('Location', meta.location);
  row('Chair', meta.chair ? withAbbr(meta.chair, terms) : undefined);
  row('Secretary', meta.secretary);
  row('Status', meta.status === 'approved' ? 'Approved' : meta.status === 'draft' ? 'Draft' : undefined);
  row('Present', meta.attendees?.length ? joinWithCommas(meta.attendees.map((name) => withAbbr(name, terms))) : undefined);
  row('Excused', meta.apologies?.length ? joinWithCommas(meta.apologies.map((name) => withAbbr(name, terms))) : undefined);
  return h('header', { className: ['meeting'] }, [
    ...(options.indexHref ? [h('p', [h('a', { href: options.indexHref }, ['All meetings'])])] : []),
    ...(meta.body ? [h('p', { className: ['body'] }, [meta.body])] : []),
    h('h1', [meta.title ?? 'Minutes']),
    ...(rows.length ? [h('dl', { className: ['meta'] }, rows)] : []),
  ]);
}

function joinWithCommas(parts: ElementContent[][]): ElementContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ type: 'text', value: ', ' } as HastText, ...part]));
}

type SubItems = Map<HeadingRecord, HeadingRecord[]>;

function subItemsOf(headings: HeadingRecord[]): SubItems {
  const children: SubItems = new Map();
  for (const record of headings) {
    if (!record.parent) continue;
    const siblings = children.get(record.parent);
    if (siblings) siblings.push(record);
    else children.set(record.parent, [record]);
  }
  return children;
}

function tableOfContents(headings: HeadingRecord[], subItems: SubItems): Element {
  const entry = (record: HeadingRecord): Element => {
    const subs = subItems.get(record) ?? [];
    return h('li', [
      h('a', { href: `#${anchorOf(record.ordinal)}` }, [`${displayNumber(record)} ${record.item.title}`]),
      ...(subs.length ? [h('ol', subs.map(entry))] : []),
    ]);
  };
  return h('nav', { className: ['toc'], ariaLabelledBy: 'toc-title' }, [
    h('h2', { id: 'toc-title' }, ['Agenda']),
    h('ol', headings.filter((record) => !record.parent).map(entry)),
  ]);
}

/** Items show the number of their place in the agenda (what `minutes fmt` writes), not a wrong one. */
function displayNumber(record: HeadingRecord): string {
  // An agenda label of another scheme (`15.i.a`, kept by a reader) is what the meeting called the item.
  if (record.label) return record.label.text;
  return record.level === 2 ? `${record.ordinal}.` : record.ordinal;
}

function section(record: HeadingRecord, subItems: SubItems, context: Context): Element {
  const id = anchorOf(record.ordinal);
  const headingTag = record.level === 2 ? 'h2' : 'h3';
  const subs = subItems.get(record) ?? [];
  return h('section', { id, ariaLabelledBy: `${id}-title` }, [
    h(headingTag, { id: `${id}-title` }, [
      h('span', { className: ['number'] }, [displayNumber(record)]),
      ' ',
      ...withAbbr(record.item.title, context.terms),
    ]),
    ...content(record.blocks, context),
    ...actionTable(record.item.actions, context, id),
    ...subs.map((sub) => section(sub, subItems, context)),
  ]);
}

/** User content: task items left out (they are in the action table), converted, sanitized, then marked up. */
function content(blocks: RootContent[], context: Context): ElementContent[] {
  const kept = blocks.map(withoutTasks).filter((block): block is RootContent => block !== null);
  const tree = toHast({ type: 'root', children: kept } as Nodes, {
    allowDangerousHtml: false,
    handlers: {
      paragraph: (state: State, node: Paragraph) => decisionOrParagraph(state, node, context.decisions),
      image: (_, node) => h('a', { href: node.url }, [node.alt || node.url]) as Element,
      imageReference: (_, node) => ({ type: 'text', value: node.alt ?? '' }) as HastText,
    },
  }) as HastRoot;
  const clean = sanitize(tree, schema) as HastRoot;
  markDates(clean, context); // first: it finds dates by the source positions of text nodes, which splitting loses
  linkAddresses(clean);
  markAbbreviations(clean, context.terms);
  return clean.children as ElementContent[];
}

function decisionOrParagraph(state: State, node: Paragraph, decisions: Set<Paragraph>): Element {
  const children = state.all(node);
  if (!decisions.has(node)) return { type: 'element', tagName: 'p', properties: {}, children };
  // The cue ("Decision:", "Agreed:") stays the paragraph's first words; the class frames it.
  return { type: 'element', tagName: 'p', properties: { className: ['decision'] }, children };
}

/** A copy of a block without its task-list items; lists left empty disappear. Other nodes are shared. */
function withoutTasks(node: RootContent): RootContent | null {
  if (node.type === 'listItem' && typeof node.checked === 'boolean') return null;
  if (!('children' in node)) return node;
  const original = (node as Parents).children as RootContent[];
  const children = original.map(withoutTasks).filter((child) => child !== null);
  if (children.length === original.length && children.every((child, index) => child === original[index])) return node;
  if (node.type === 'list' && children.length === 0) return null;
  return { ...node, children } as RootContent;
}

function actionTable(actions: Action[], context: Context, id: string): Element[] {
  if (actions.length === 0) return [];
  const { lang, terms } = context;
  const rows = actions.map((action) =>
    h('tr', { id: `action-${action.id.replace(/[^\w.:-]/g, '-')}` }, [
      h('td', action.owners.length ? joinWithCommas(action.owners.map((owner) => withAbbr(owner, terms))) : ['—']),
      h('td', withAbbr(action.text, terms)),
      h('td', [action.due ? h('time', { dateTime: action.due }, [readableDate(action.due, lang)]) : '—']),
      h('td', { className: [`status-${action.status}`] }, [action.status === 'done' ? 'Done' : 'Open']),
    ]),
  );
  return [
    h('table', { className: ['actions'], ariaLabelledBy: `${id}-actions` }, [
      h('caption', { id: `${id}-actions` }, ['Actions']),
      h('thead', [h('tr', ['Owners', 'Action', 'Due', 'Status'].map((label) => h('th', { scope: 'col' }, [label])))]),
      h('tbody', rows),
    ]),
  ];
}

// A bare web address in the text; a final punctuation mark or closing parenthesis is not part of it.
const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]*[^\s<>"().,;:!?'’]/g;

/** Bare `https://…` addresses in the text become links (the parser leaves them as text: see markdown-syntax.ts). */
function linkAddresses(tree: HastRoot): void {
  replaceText(
    tree,
    (value) => {
      const parts: (string | ElementContent)[] = [];
      let cursor = 0;
      for (const match of value.matchAll(WEB_ADDRESS)) {
        parts.push(value.slice(cursor, match.index), h('a', { href: match[0] }, [match[0]]));
        cursor = match.index + match[0].length;
      }
      if (parts.length === 0) return null;
      parts.push(value.slice(cursor));
      return parts;
    },
    ['a'],
  );
}

/**
 * Wraps the dates the model found in the prose: deadlines in <mark class="deadline">, all in <time>. A
 * date is found by its offsets in the file (the model's, computed once), not by its words, so the phrase
 * marked is the one the model read even when the same words stand earlier.
 */
function markDates(tree: HastRoot, context: Context): void {
  const { dates, lang, parsed } = context;
  if (dates.length === 0) return;
  replaceText(tree, (value, node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return null;
    const inside = datesWithin(dates, start, end);
    if (inside.length === 0) return null;
    const offsets = valueOffsets(value, parsed.text, start, end);
    const parts: (string | ElementContent)[] = [];
    let cursor = 0;
    for (const record of inside) {
      const from = offsets.starts.indexOf(record.range[0], cursor);
      const to = offsets.ends.indexOf(record.range[1], Math.max(from, 0)) + 1;
      if (from === -1 || to <= from) continue; // the phrase spans markup: left as it is
      const { date } = record.entry;
      const phrase = value.slice(from, to);
      const time = h('time', { dateTime: date, title: readableDate(date, lang) }, [phrase]);
      parts.push(value.slice(cursor, from), record.kind === 'deadline' ? h('mark', { className: ['deadline'], title: `Deadline: ${readableDate(date, lang)}` }, [time]) : time);
      cursor = to;
    }
    if (parts.length === 0) return null;
    parts.push(value.slice(cursor));
    return parts;
  });
}

/** The dates, sorted by start, whose whole range lies in `[start, end)`. */
function datesWithin(dates: readonly DateRecord[], start: number, end: number): DateRecord[] {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.range[0] < start) lo = mid + 1;
    else hi = mid;
  }
  const found: DateRecord[] = [];
  for (let index = lo; index < dates.length && dates[index]!.range[0] < end; index++) {
    if (dates[index]!.range[1] <= end) found.push(dates[index]!);
  }
  return found;
}

/** Actor codes and glossary abbreviations in text become <abbr title="name">CODE</abbr>. */
function markAbbreviations(tree: HastRoot, terms: Terms): void {
  replaceText(tree, (value) => {
    const parts = withAbbr(value, terms);
    return parts.length === 1 && parts[0]!.type === 'text' ? null : parts;
  });
}

function withAbbr(text: string, terms: Terms): ElementContent[] {
  const parts: ElementContent[] = [];
  let cursor = 0;
  for (const match of terms.find(text)) {
    if (match.start > cursor) parts.push({ type: 'text', value: text.slice(cursor, match.start) });
    parts.push(h('abbr', { title: match.value }, [text.slice(match.start, match.end)]));
    cursor = match.end;
  }
  if (cursor < text.length || parts.length === 0) parts.push({ type: 'text', value: text.slice(cursor) });
  return parts;
}

/**
 * Replaces text nodes (outside code, links' own abbreviations and existing marks) by what `replace`
 * returns for their value; null leaves the node. Replaced parts are visited again.
 */
function replaceText(tree: HastRoot, replace: (value: string, node: HastText) => (string | ElementContent)[] | null, skip: string[] = []): void {
  const skipped = new Set(['code', 'pre', 'abbr', 'time', 'script', 'style', ...skip]);
  visit(tree, (node, index, parent) => {
    if (node.type === 'element' && skipped.has(node.tagName)) return SKIP;
    if (node.type !== 'text' || !parent || index === undefined) return undefined;
    const parts = replace(node.value, node);
    if (!parts) return undefined;
    const nodes = parts
      .filter((part) => part !== '')
      .map((part) => (typeof part === 'string' ? ({ type: 'text', value: part } as HastText) : part));
    (parent.children as HastContent[]).splice(index, 1, ...(nodes as HastContent[]));
    return [SKIP, index + 1];
  });
}
