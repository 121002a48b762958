import type { Root, Text } from 'mdast';
import { defaultHandlers, type Handle, type Handlers, type State } from 'mdast-util-to-markdown';
import { valueOffsets } from '../syntax/value-offsets.js';

/**
 * Serializer handlers that keep what a GFM reader sees when the canonical form is written.
 *
 * minutes reads Markdown without GFM's autolink literals (on purpose, for speed: see
 * src/syntax/markdown-syntax.ts), but the files are also read on forges and in editors that have them.
 * remark-stringify writes a text node from its value and adds only the escapes that minutes' own parser
 * needs, so an escape or a character reference the author wrote to keep a web or e-mail address from
 * being linked is dropped: `<foo\+@bar.example.com>` (CommonMark example 606) would come back as
 * `\<foo+@bar.example.com>`, which GFM reads as an e-mail link, and `www\.example.com` as a link to
 * www.example.com. So in a word of a text node that a GFM reader could take for (part of) an autolink
 * literal, the word is written as it stands in the source: its escapes and character references kept,
 * and none added (the default would write `https://x.eu/?a=1\\&b=2`, which GFM links elsewhere). A word
 * lies inside one text node, so its source holds no markup; written again it reads as the same text,
 * and the output stays canonical.
 */

/** The source text of each tree being serialized, by root, then by serializer state. */
const rootSources = new WeakMap<Root, string>();
const stateSources = new WeakMap<State, string>();

/** Registers `text` as the source `root` was parsed from (its nodes' positions are offsets into it); returns `root`. */
export function withSource(root: Root, text: string): Root {
  rootSources.set(root, text);
  return root;
}

// What can start or be part of a GFM autolink literal: an `@` (e-mail addresses, `mailto:`, `xmpp:`),
// `www.`, or `://` (`http://`, `https://`). A literal never extends past white space, so it lies within
// the word (run of non-white-space characters) around one of these. This takes in more than GFM links,
// which only means that some escapes are kept that could have been dropped.
const LITERAL_MARK = /@|www\.|:\/\//gi;
const SPACE = /\s/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WRITTEN_REFERENCE = /&#x([0-9A-Fa-f]+);/y;

const root: Handle = (node: Root, parent, state, info) => {
  const source = rootSources.get(node);
  if (source !== undefined) stateSources.set(state, source);
  return defaultHandlers.root(node, parent, state, info);
};

const text: Handle = (node: Text, parent, state, info) => {
  const written = defaultHandlers.text(node, parent, state, info);
  const source = stateSources.get(state);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return written;
  const { value } = node;
  const words = literalWords(value);
  if (!words.length) return written;
  // A word a GFM reader may take for an address is written as it stands in the source: its escapes and
  // references kept, and none added (`?a=1&b=2` stays so, where the default would write `\&b`).
  const { starts, ends } = valueOffsets(value, source, start, end);
  const replacements = words.map(([from, to]) => ({ from, to, text: source.slice(starts[from]!, ends[to - 1]!) }));
  return rewrite(written, value, replacements);
};

/** The words of `value` that hold a LITERAL_MARK, as [start, end) ranges, in order; in linear time. */
function literalWords(value: string): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  LITERAL_MARK.lastIndex = 0;
  for (let mark = LITERAL_MARK.exec(value); mark; mark = LITERAL_MARK.exec(value)) {
    let wordStart = mark.index;
    const floor = words.length ? words[words.length - 1]![1] : 0;
    while (wordStart > floor && !SPACE.test(value[wordStart - 1]!)) wordStart--;
    let wordEnd = mark.index + mark[0].length;
    while (wordEnd < value.length && !SPACE.test(value[wordEnd]!)) wordEnd++;
    words.push([wordStart, wordEnd]);
    LITERAL_MARK.lastIndex = wordEnd;
  }
  return words;
}

/**
 * `written` (the default serialization of `value`) with the value ranges in `replacements` written as
 * given. `written` spells each value character as itself, as a backslash escape or as a hexadecimal
 * character reference; if it does not align with `value` (it always does for the default text handler),
 * it is returned as it is.
 */
function rewrite(written: string, value: string, replacements: readonly { from: number; to: number; text: string }[]): string {
  // Where each value character starts in `written`, and where the last one ends.
  const at = new Int32Array(value.length + 1);
  let cursor = 0;
  for (let index = 0; index < value.length; ) {
    const char = value[index]!;
    at[index] = cursor;
    if (written[cursor] === '\\' && written[cursor + 1] === char && ASCII_PUNCTUATION.test(char)) {
      cursor += 2;
      index += 1;
      continue;
    }
    WRITTEN_REFERENCE.lastIndex = cursor;
    const reference = written[cursor] === '&' ? WRITTEN_REFERENCE.exec(written) : null;
    const code = reference ? Number.parseInt(reference[1]!, 16) : Number.NaN;
    const decoded = code <= 0x10_ffff ? String.fromCodePoint(code) : null;
    if (reference && decoded && value.startsWith(decoded, index)) {
      for (let k = 1; k < decoded.length; k++) at[index + k] = cursor;
      cursor += reference[0].length;
      index += decoded.length;
      continue;
    }
    if (written[cursor] !== char) return written;
    cursor += 1;
    index += 1;
  }
  if (cursor !== written.length) return written;
  at[value.length] = cursor;
  let output = '';
  let from = 0;
  for (const replacement of replacements) {
    output += written.slice(from, at[replacement.from]) + replacement.text;
    from = at[replacement.to]!;
  }
  return output + written.slice(from);
}

/** The handlers to serialize a tree registered with `withSource`; other trees are written as by default. */
export const safetyHandlers: Partial<Handlers> = { root, text };
