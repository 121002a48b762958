import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver';
import type { Diagnostic } from '../lint/diagnostic.js';
import type { Place } from '../series/record.js';

// The one place where the library's positions become the editor's. The library counts lines and columns
// from 1, columns in UTF-16 code units (offsets in a JavaScript string); LSP counts both from 0, and its
// characters are UTF-16 code units too (the default `positionEncoding`), so a column is a character.

/** A 1-based line and column of the library as an LSP position. */
function lspPosition(line: number, column: number): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1) };
}

/** Where a diagnostic points, as the library's one converter placed it (the same lines and columns `minutes lint` prints). */
export function diagnosticRange(diagnostic: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return { start: lspPosition(diagnostic.line, diagnostic.column), end: lspPosition(diagnostic.endLine, diagnostic.endColumn) };
}

/** Offsets `[start, end)` in the text of `document` as an LSP range. */
export function offsetRange(document: TextDocument, [start, end]: readonly [number, number]): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The position `index` characters into a place of a file known only by its record (not open in the editor). */
export function positionInPlace(place: Place, index: number): Position {
  const before = (place.text ?? '').slice(0, index);
  const breaks = before.match(/\r\n|\r|\n/g);
  if (!breaks) return lspPosition(place.line, place.column + index);
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: place.line - 1 + breaks.length, character: before.length - lastBreak - 1 };
}

/** A place of a file known by its record, as an LSP range. */
export function placeRange(place: Place): Range {
  return { start: lspPosition(place.line, place.column), end: lspPosition(place.endLine, place.endColumn) };
}

/** Whether two ranges share a position (touching counts: a cursor at the end of a diagnostic is on it). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
