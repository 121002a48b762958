/**
 * "No word of the source is lost": the words of the source, in order, each either copied into the
 * canonical text (the reader's map says which source text was copied), written by the reader (a front
 * matter value, an id), or document furniture the reader lists (whole lines, or single words).
 */
import type { ReadResult } from '../../src/readers/reader.js';

const WORD = /[\p{L}\p{N}]+/gu;

export interface Furniture {
  /** Source lines that are furniture as a whole (bot lines, attribute lists). */
  lines?: RegExp[];
  /** Single words that are furniture (numbers of a recap, the word `Action` of `Action #3`). */
  words?: RegExp;
}

/** The source's words, in order, that the canonical text does not keep: empty when nothing is lost. */
export function lostWords(read: ReadResult, furniture: Furniture = {}): string[] {
  const copied = new Uint8Array(read.source.length + 1);
  const written = new Set<string>();
  for (const piece of read.map.pieces) {
    if (piece.copied) copied.fill(1, piece.sourceStart, piece.sourceEnd);
    else for (const word of read.text.slice(piece.start, piece.end).match(WORD) ?? []) written.add(word.toLowerCase());
  }
  const lost: string[] = [];
  let offset = 0;
  for (const line of read.source.split('\n')) {
    if (!furniture.lines?.some((pattern) => pattern.test(line))) {
      for (const match of line.matchAll(WORD)) {
        const word = match[0];
        const kept = copied[offset + match.index] === 1 || written.has(word.toLowerCase()) || furniture.words?.test(word);
        if (!kept) lost.push(word);
      }
    }
    offset += line.length + 1;
  }
  return lost;
}
