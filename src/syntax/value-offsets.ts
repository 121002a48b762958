import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/**
 * Where each character of a syntax-tree node's value was read from in the source.
 *
 * A node's value is not its source slice: character references (`&amp;`) and backslash escapes (`\*`)
 * are decoded, and continuation lines lose their indentation and `>` markers. `valueOffsets` walks the
 * value and the node's own source slice side by side and records, for each character of the value, the
 * offsets in the whole file of the source text it came from (`&amp;` for `&`). Every position the model
 * gives a diagnostic comes from here and from `position.start.offset`.
 */
export interface ValueOffsets {
  /** Offset in the file of the source text of value character `i`. */
  readonly starts: Int32Array;
  /** Offset just after the source text of value character `i`. */
  readonly ends: Int32Array;
}

// A character reference as CommonMark defines it: named (up to 31 characters), decimal (up to 7 digits)
// or hexadecimal (up to 6 digits).
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Aligns `value` with `text.slice(start, end)`, the source of the node it was read from. Characters the
 * value holds but the source does not (which the parser never produces) map to the end of the slice.
 */
export function valueOffsets(value: string, text: string, start: number, end: number): ValueOffsets {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let at = start;
  for (let index = 0; index < value.length; ) {
    const char = value[index]!;
    let matched = 0; // how many value characters this step accounted for
    while (at < end && matched === 0) {
      const source = text[at]!;
      if (source === '&') {
        CHARACTER_REFERENCE.lastIndex = at;
        const reference = CHARACTER_REFERENCE.exec(text);
        const decoded = reference && reference.index + reference[0].length <= end ? decodeReference(reference) : null;
        if (reference && decoded && value.startsWith(decoded, index)) {
          const after = at + reference[0].length;
          for (let k = 0; k < decoded.length; k++) {
            starts[index + k] = at;
            ends[index + k] = after;
          }
          at = after;
          matched = decoded.length;
          break;
        }
      }
      if (source === '\\' && at + 1 < end && text[at + 1] === char && ASCII_PUNCTUATION.test(char)) {
        starts[index] = at;
        ends[index] = at + 2;
        at += 2;
        matched = 1;
      } else if (source === char) {
        starts[index] = at;
        ends[index] = at + 1;
        at += 1;
        matched = 1;
      } else if ((source === '\r' || source === '\n') && (char === '\n' || char === ' ')) {
        // A line ending read as a line feed, or as a space (inline code folds line endings).
        const length = source === '\r' && text[at + 1] === '\n' ? 2 : 1;
        starts[index] = at;
        ends[index] = at + length;
        at += length;
        matched = 1;
      } else {
        at += 1; // source the value leaves out: indentation, `>` markers, inline code's backticks
      }
    }
    if (matched === 0) {
      starts[index] = end;
      ends[index] = end;
      matched = 1;
    }
    index += matched;
  }
  return { starts, ends };
}

function decodeReference(match: RegExpExecArray): string | null {
  if (match[3] !== undefined) {
    const decoded = decodeNamedCharacterReference(match[3]);
    return decoded === false ? null : decoded;
  }
  return match[1] !== undefined ? decodeNumericCharacterReference(match[1], 16) : decodeNumericCharacterReference(match[2]!, 10);
}
