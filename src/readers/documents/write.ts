import { Document, isSeq } from 'yaml';
import { CanonicalWriter, type SourceMap } from '../source-map.js';
import type { Block } from './blocks.js';
import { type Inline, inlineAt } from './inline.js';

/** The front matter an imported document is given, in the order written. */
export type FrontMatterData = Record<string, unknown>;

export interface WriteOptions {
  /** Whether the words before the first colon of a task would be read as its owners (then the colon is escaped if they are not meant to be). */
  ownerPrefix(prefix: string): 'owners' | 'misread' | 'plain';
}

/** Writes blocks as canonical minutes: the front matter, then the body, keeping the way back to the source. */
export function writeMinutes(source: string, front: FrontMatterData, blocks: readonly Block[], options: WriteOptions): { text: string; map: SourceMap } {
  const writer = new CanonicalWriter(source);
  writer.write(`---\n${frontMatterYaml(front)}---\n`, 0);
  for (const block of blocks) {
    writer.write('\n', at(block));
    writeBlock(writer, block, source, options);
  }
  return writer.finish();
}

function at(block: Block): number {
  switch (block.kind) {
    case 'title':
    case 'paragraph':
      return inlineAt(block.content);
    case 'heading':
      return inlineAt(block.number ?? block.title);
    case 'list':
      return inlineAt(block.entries[0]?.content ?? []);
    case 'table':
      return inlineAt(block.rows[0]?.[0] ?? []);
  }
}

/** YAML for the front matter: block style, lists of short words in flow style (`extends: [a, b]`). */
function frontMatterYaml(front: FrontMatterData): string {
  const document = new Document(front);
  const contents = document.contents;
  if (contents && 'items' in contents) {
    for (const pair of contents.items as { key: unknown; value: unknown }[]) {
      if (isSeq(pair.value) && pair.value.items.every((item) => String((item as { value?: unknown }).value ?? '').length < 40)) pair.value.flow = true;
    }
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function writeBlock(writer: CanonicalWriter, block: Block, source: string, options: WriteOptions): void {
  switch (block.kind) {
    case 'title':
      writer.write('# ', inlineAt(block.content));
      writeInline(writer, block.content, source, 'heading');
      writer.write('\n', inlineAt(block.content));
      return;
    case 'heading': {
      const anchor = inlineAt(block.number ?? block.title);
      writer.write(block.level === 2 ? '## ' : '### ', anchor);
      if (block.number) {
        writeInline(writer, block.number, source, 'number');
        if (block.title.length > 0) writer.write(' ', anchor);
      }
      writeInline(writer, block.title, source, 'heading');
      if (block.label) {
        writer.write(' {label="', anchor);
        writeInline(writer, block.label, source, 'number');
        writer.write('"}', anchor);
      }
      writer.write('\n', anchor);
      return;
    }
    case 'paragraph':
      writeInline(writer, block.content, source, 'paragraph');
      writer.write('\n', inlineAt(block.content));
      return;
    case 'list':
      for (const entry of block.entries) {
        const anchor = inlineAt(entry.content);
        writer.write(`${'  '.repeat(entry.depth)}- ${entry.task === 'open' ? '[ ] ' : entry.task === 'done' ? '[x] ' : ''}`, anchor);
        writeInline(writer, entry.content, source, entry.task ? 'task' : 'paragraph', options);
        writer.write('\n', anchor);
      }
      return;
    case 'table': {
      const width = Math.max(...block.rows.map((row) => row.length));
      block.rows.forEach((row, index) => {
        const anchor = inlineAt(row[0] ?? []);
        writer.write('|', anchor);
        for (let column = 0; column < width; column++) {
          writer.write(' ', anchor);
          writeInline(writer, row[column] ?? [], source, 'cell');
          writer.write(' |', anchor);
        }
        writer.write('\n', anchor);
        if (index === 0) writer.write(`|${' --- |'.repeat(width)}\n`, anchor);
      });
      return;
    }
  }
}

type Place = 'paragraph' | 'heading' | 'number' | 'cell' | 'task';

/** Characters that are Markdown syntax anywhere in a line. */
const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<', '~']);

/**
 * Writes an inline, escaping what Markdown would read as syntax: emphasis, code, links, HTML, a
 * character reference, `|` in a table cell, an `{#id}` in a task, and at the start of a block a heading
 * mark, a quote, a list marker or a number that would start a list. A task's first colon is escaped when
 * the words before it would be taken for owners they are not.
 */
function writeInline(writer: CanonicalWriter, inline: Inline, source: string, place: Place, options?: WriteOptions): void {
  const text = inline.map((piece) => ('text' in piece ? piece.text : source.slice(piece.start, piece.end))).join('').replace(/[\r\n\t]/g, ' ');
  const escapes = new Set<number>();
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const before = text[index - 1] ?? ' ';
    const after = text[index + 1] ?? ' ';
    if (ALWAYS.has(char)) escapes.add(index);
    else if (char === '_' && !(/[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after))) escapes.add(index);
    else if (char === '&' && /^&#?[A-Za-z0-9]+;/.test(text.slice(index, index + 40))) escapes.add(index);
    else if (char === '|' && place === 'cell') escapes.add(index);
    else if (char === '{' && after === '#' && place === 'task') escapes.add(index);
    else if (char === '$' && place === 'task') escapes.add(index);
  }
  if (place !== 'number') {
    const start = text.length - text.trimStart().length;
    const lead = /^(?:#|>|[-+=](?=\s|$)|\d{1,9}[.)](?=\s|$))/.exec(text.slice(start));
    if (lead) escapes.add(start + lead[0].length - 1);
  }
  if (place === 'task' && options) {
    const colon = text.indexOf(':');
    if (colon > 0 && colon <= 120 && options.ownerPrefix(text.slice(0, colon)) === 'misread') escapes.add(colon);
  }
  if (place === 'heading' && / #+\s*$/.test(text)) escapes.add(text.search(/#+\s*$/));
  let offset = 0;
  for (const piece of inline) {
    const value = 'text' in piece ? piece.text : source.slice(piece.start, piece.end);
    const clean = value.replace(/[\r\n\t]/g, ' ');
    let from = 0;
    for (let index = 0; index <= value.length; index++) {
      const needs = index < value.length && escapes.has(offset + index);
      const breaks = index < value.length && clean[index] !== value[index];
      if (!needs && !breaks && index < value.length) continue;
      emit(writer, piece, from, index, value);
      if (needs) writer.write('\\', 'text' in piece ? piece.at : piece.start + index);
      if (breaks) {
        writer.write(' ', 'text' in piece ? piece.at : piece.start + index);
        from = index + 1;
      } else from = index;
    }
    offset += value.length;
  }
}

function emit(writer: CanonicalWriter, piece: Inline[number], from: number, to: number, value: string): void {
  if (to <= from) return;
  if ('text' in piece) writer.write(value.slice(from, to), piece.at);
  else writer.copy(piece.start + from, piece.start + to);
}
