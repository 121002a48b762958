/**
 * Reading a file through a reader: `--from auto|NAME` (or `from:` in minutes.config.yaml) picks the
 * reader, the reader turns the file into canonical minutes, and the canonical text is parsed as any
 * minutes file is, its model's lines carried back to the source. Every command reads through here (via
 * io/load.ts and cli/lint-file.ts); without `--from` files are read as the native format, as always.
 */
import { parseMinutes, type ParseOptions, type ParseResult } from '../model/parse.js';
import { closestWord } from '../model/text.js';
import { decodeSource, SourceError } from '../syntax/source.js';
import { MIN_CONFIDENCE, READERS, READERS_BY_NAME, rankReaders } from './index.js';
import { mapModelLines, rememberPositions, SourcePositions } from './map-positions.js';
import { nativeReader } from './native.js';
import { ReadError, type ReadOptions, type ReadResult, type Reader, type ReaderInput } from './reader.js';

export const AUTO = 'auto';
export const NATIVE = nativeReader.name;

/** Null when `name` is `auto` or a reader; otherwise why not, with the closest name. */
export function unknownReaderProblem(name: string): string | null {
  if (name === AUTO || READERS_BY_NAME.has(name)) return null;
  const names = [AUTO, ...READERS.map((reader) => reader.name)];
  const suggestion = closestWord(name, names);
  return `"${name}" is not a reader: ${suggestion ? `did you mean ${suggestion}? ` : ''}use one of ${names.join(', ')} (minutes import --list describes them)`;
}

export type ReadOutcome =
  | { ok: true; reader: Reader; result: ReadResult; bom: boolean }
  | { ok: false; message: string };

/** An HTML page (a saved web page, scribe.perl's HTML minutes): sniffed at its start, never parsed. */
function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>])/i.test(text.slice(0, 2000));
}

/**
 * Reads a file's bytes through the reader named by `from` (`auto`: the one most sure of the file, above
 * MIN_CONFIDENCE). Text readers get the UTF-8 text (decoded as native files are); binary documents (PDF,
 * Word) get the bytes with `text: null`. Never throws for any input; a name that is not a reader is the
 * caller's to refuse first (unknownReaderProblem).
 */
export function readDocument(bytes: Uint8Array, from: string, path: string | null, options: ReadOptions = {}): ReadOutcome {
  let text: string | null = null;
  let bom = false;
  let undecodable: string | null = null;
  try {
    const decoded = decodeSource(bytes);
    text = decoded.text;
    bom = decoded.bom;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    undecodable = error.message;
  }
  const input: ReaderInput = { bytes, text, path };
  if (text !== null && looksLikeHtml(text)) {
    return { ok: false, message: 'the file is an HTML page: minutes reads minutes written as Markdown or text; read their Markdown or text source, or save the page as text' };
  }
  let reader: Reader;
  if (from === AUTO) {
    const ranked = rankReaders(input);
    const best = ranked[0];
    if (!best || best.confidence < MIN_CONFIDENCE) {
      const tried = ranked.map((entry) => entry.reader.name).join(', ');
      const guess = best && best.confidence > 0 ? `; the best guess, ${best.reader.name}, is only ${Math.round(best.confidence * 100)}% sure` : '';
      const start = undecodable ? `${undecodable}; no reader of documents recognises it either` : 'no reader recognises this file';
      return { ok: false, message: `${start} (tried ${tried}${guess}); name one with --from` };
    }
    reader = best.reader;
  } else {
    reader = READERS_BY_NAME.get(from) ?? nativeReader;
    if (text === null && reader.detect(input) === 0) return { ok: false, message: undecodable ?? `the ${reader.name} reader cannot read this file` };
  }
  try {
    return { ok: true, reader, result: reader.read(input, options), bom };
  } catch (error) {
    if (error instanceof ReadError) return { ok: false, message: error.message };
    throw error;
  }
}

export interface ReadMinutesOptions {
  /** `auto`, `native` or a reader's name. */
  from: string;
  parse: ParseOptions;
  read?: ReadOptions;
}

/**
 * Reads a file's bytes as minutes: through the reader `from` names, then parsed. For a reader other than
 * the native one, the model's lines are the source's and sourcePositionsOf (map-positions.ts) gives the way back for ranges;
 * a file that no reader takes, or that its reader cannot read, is a failed parse with the reason.
 */
export function readMinutes(bytes: Uint8Array, options: ReadMinutesOptions): { result: ParseResult; reader: Reader | null; read: ReadResult | null } {
  const path = options.parse.path ?? null;
  const outcome = readDocument(bytes, options.from, path, options.read);
  if (!outcome.ok) {
    return { result: { ok: false, path, problem: { message: outcome.message, range: [0, 0], line: 1, column: 1, endLine: 1, endColumn: 1 } }, reader: null, read: null };
  }
  const { reader, result: read, bom } = outcome;
  if (reader === nativeReader) return { result: parseMinutes(read.text, options.parse, bom), reader, read };
  const result = parseMinutes(read.text, options.parse);
  const positions = new SourcePositions(read);
  if (!result.ok) {
    const mapped = positions.range(result.problem.range[0], result.problem.range[1]);
    const { line, column, endLine, endColumn, range } = mapped;
    return { result: { ...result, problem: { message: `${result.problem.message} (in the minutes the ${reader.name} reader made of the file)`, range, line, column, endLine, endColumn } }, reader, read };
  }
  mapModelLines(result.model, positions);
  rememberPositions(result, positions);
  return { result, reader, read };
}
