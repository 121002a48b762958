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
