import type { SourceMap } from './source-map.js';

/** What a reader is given: the file's bytes, and its text when the bytes are UTF-8 text. */
export interface ReaderInput {
  bytes: Uint8Array;
  /** The decoded text; null for a binary document (PDF, Word). */
  text: string | null;
  /** The file's path, for readers that take a date or a title from its name; null for standard input. */
  path: string | null;
}

/** What the person importing says the document lacks (`minutes import --title/--date/--body`). */
export interface ReadOptions {
  title?: string;
  date?: string;
  body?: string;
}

/** Something a reader could not read, or had to guess, at a place in the source (offsets). */
export interface ReadNote {
  message: string;
  offset: number;
}

export interface ReadResult {
  /** Canonical minutes: YAML front matter, then the body in the minutes format. */
  text: string;
  /** From offsets in `text` back to offsets in the source text (for binary documents: in their extracted text, `source`). */
  map: SourceMap;
  /** The text the map points into: the input's text, or the text a binary document was read as. */
  source: string;
  notes: ReadNote[];
}

/**
 * A convention of minutes that minutes reads: W3C scribe minutes, TC39 notes, HackMD team notes,
 * MeetBot logs, Apache board minutes, text extracted from a PDF, the native format itself. Each lives in
 * its own module under src/readers/ and is registered in src/readers/index.ts.
 */
export interface Reader {
  name: string;
  /** One line, for `minutes import --list`. */
  description: string;
  /** What the reader treats as document furniture and leaves out of the minutes (listed in docs/readers.md). */
  furniture: readonly string[];
  /** How the convention's agenda labels map onto the two levels of the model (`15.i.a` → item 15, sub-item i). */
  labels: string;
  /** How sure the reader is, from 0 to 1, that the input is written in its convention. */
  detect(input: ReaderInput): number;
  /** Throws ReadError for a file the reader cannot read (an encrypted PDF, a .docx that is not a ZIP). */
  read(input: ReaderInput, options?: ReadOptions): ReadResult;
}

/** Why a reader cannot read a file, in one sentence for the person importing it; the import skips the file (exit 1). */
export class ReadError extends Error {
  override name = 'ReadError';
}
