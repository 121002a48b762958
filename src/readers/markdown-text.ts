import type { CanonicalWriter } from './source-map.js';

/**
 * Copies one line of source text into a paragraph of the canonical text, so that it stays text: leading
 * white space is left out, and a backslash goes before what would otherwise open a block there (a heading
 * `#`, a quote `>`, a list item `-` or `1.`, a thematic break, a fence, an HTML block, a table row, a link
 * reference definition). Returns whether anything was copied.
 */
export function copyLineAsText(writer: CanonicalWriter, source: string, start: number, end: number): boolean {
  let from = start;
  while (from < end && (source[from] === ' ' || source[from] === '\t')) from++;
  let to = end;
  while (to > from && /[ \t\r]/.test(source[to - 1]!)) to--;
  if (to <= from) return false;
  const line = source.slice(from, to);
  const ordered = /^\d{1,9}(?=[.)])/.exec(line);
  if (ordered) {
    writer.copy(from, from + ordered[0].length).write('\\', from + ordered[0].length).copy(from + ordered[0].length, to);
  } else if (/^(?:[#>+*=|`~<_-]|\[[^\]]*\]:)/.test(line)) {
    writer.write('\\', from).copy(from, to);
  } else {
    writer.copy(from, to);
  }
  return true;
}

/** Copies plain text into Markdown: a `<` that would open an HTML tag is escaped. */
export function copyInline(writer: CanonicalWriter, source: string, start: number, end: number): void {
  let from = start;
  for (let index = start; index < end; index++) {
    if (source[index] === '<' && /[A-Za-z/!?]/.test(source[index + 1] ?? '')) {
      writer.copy(from, index).write('\\', index);
      from = index;
    }
  }
  writer.copy(from, end);
}

/**
 * Escapes what would make the text from `start` a block of its own: a heading `# `, a quote `> `, a list
 * item `* ` or `1. `, a setext underline, a link reference definition.
 */
export function escapeLineStart(writer: CanonicalWriter, source: string, start: number): void {
  const head = source.slice(start, start + 12);
  const ordered = /^\d{1,9}(?=[.)](?:\s|$))/.exec(head);
  if (ordered) {
    writer.copy(start, start + ordered[0].length);
    writer.write('\\', start + ordered[0].length);
    return;
  }
  if (/^(?:#{1,6}(?:\s|$)|>|[*+-](?:\s|$)|=+\s*$|\[[^\]]*\]:)/.test(head)) writer.write('\\', start);
}
