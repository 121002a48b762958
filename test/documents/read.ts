/** Reading test documents through the document readers directly (the Reader interface). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { docxReader } from '../../src/readers/docx.js';
import { pdfReader } from '../../src/readers/pdf.js';
import type { ReadOptions, ReadResult } from '../../src/readers/reader.js';
import { textReader } from '../../src/readers/text.js';
import { ROOT } from '../helpers.js';

export const DOCUMENTS = path.join(ROOT, 'fixtures', 'documents');

/** Reads a file with the reader its extension calls for. */
export async function readDocumentFile(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = new Uint8Array(await readFile(file));
  if (file.endsWith('.pdf')) return pdfReader.read({ bytes, text: null, path: file }, options);
  if (file.endsWith('.docx')) return docxReader.read({ bytes, text: null, path: file }, options);
  return textReader.read({ bytes, text: Buffer.from(bytes).toString('utf8'), path: file }, options);
}
