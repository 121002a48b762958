import { nativeReader } from './native.js';
import { nodejsTscReader } from './nodejs-tsc.js';
import { tc39Reader } from './tc39.js';
import { w3cReader } from './w3c.js';
import { hackmdReader } from './hackmd.js';
import { meetbotReader } from './meetbot.js';
import { apacheBoardReader } from './apache-board.js';
import { docxReader } from './docx.js';
import { pdfReader } from './pdf.js';
import { textReader } from './text.js';
import type { Reader, ReaderInput } from './reader.js';

/** Every reader, the native format first. A new convention is one module and one line here. */
export const READERS: readonly Reader[] = [nativeReader, w3cReader, tc39Reader, nodejsTscReader, hackmdReader, meetbotReader, apacheBoardReader, textReader, pdfReader, docxReader];

export const READERS_BY_NAME: ReadonlyMap<string, Reader> = new Map(READERS.map((reader) => [reader.name, reader]));

/** Below this confidence no reader is taken to recognise a file. */
export const MIN_CONFIDENCE = 0.3;

/** The readers ranked by how sure each is of the input, best first. */
export function rankReaders(input: ReaderInput): { reader: Reader; confidence: number }[] {
  return READERS.map((reader) => ({ reader, confidence: reader.detect(input) })).sort((a, b) => b.confidence - a.confidence);
}
