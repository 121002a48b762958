import { linesToBlocks } from './documents/blocks.js';
import { composeMinutes } from './documents/compose.js';
import { FURNITURE } from './documents/furniture.js';
import { WordStats } from './documents/inline.js';
import { layOut, type RawPdf } from './documents/pdf-layout.js';
import { LIMITS, runDocumentTask, type WorkerFailure } from './documents/worker.js';
import { ReadError, type ReadNote, type Reader } from './reader.js';

const MAGIC = '%PDF-';

/** Where `%PDF-` stands in the first kilobyte (some files have bytes before it); -1 if nowhere. */
function magicAt(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.indexOf(MAGIC);
}

/** The library's failure in words for the person importing. */
function failure(error: WorkerFailure): string {
  if (error.name === 'PasswordException') return 'the PDF is protected by a password: remove the protection (or print it to a new PDF) and import that';
  if (error.name === 'InvalidPDFException') return `the PDF is damaged and cannot be read (${error.message.replace(/\.$/, '')}): export or download it again`;
  return `the PDF cannot be read: ${error.message}`;
}

/**
 * PDF files, read with pdfjs-dist (JavaScript only, nothing fetched): the text with its positions, so
 * that headings are told by their type and size, two columns are read one after the other, running
 * headers and footers are known by where they stand, and tables by their columns; then the steps of the
 * text reader.
 */
export const pdfReader: Reader = {
  name: 'pdf',
  description: 'PDF files: text with positions (headings by type, columns, headers and footers, tables)',
  furniture: [...FURNITURE, 'running headers and footers told by their place at the top or foot of the page'],
  labels: 'numbered headings set apart by their type are agenda items, with their numbers as written (`1.`, `I.`; `1.1`, `a)` sub-items); unnumbered ones are items (or sub-items, by size)',
  detect({ bytes, path }) {
    if (magicAt(bytes) !== -1) return 0.95;
    return path !== null && /\.pdf$/i.test(path) ? 0.6 : 0;
  },
  read(input, options) {
    if (magicAt(input.bytes) === -1) throw new ReadError('the file is not a PDF: it does not start with %PDF-');
    const outcome = runDocumentTask<RawPdf>('pdf', input.bytes);
    if (!outcome.ok) throw new ReadError(failure(outcome.error));
    const raw = outcome.data;
    const text = layOut(raw);
    if (text.lines.length === 0) {
      throw new ReadError(
        text.imagePages > 0
          ? 'the PDF has no text, only images (a scan?): run it through OCR first (for example ocrmypdf) and import the result'
          : 'the PDF has no text to read',
      );
    }
    const notes: ReadNote[] = [];
    if (raw.numPages > raw.pages.length) notes.push({ message: `only the first ${LIMITS.pages} of ${raw.numPages} pages were read`, offset: text.source.length });
    if (text.emptyPages > 0) notes.push({ message: `${text.emptyPages} page(s) have no text${text.imagePages > 0 ? ', only images (scanned?)' : ''}: what they show is not in the minutes`, offset: 0 });
    const blocks = linesToBlocks(text.lines, text.source, new WordStats(text.source), { isEdge: (_line, index) => text.edge[index] ?? false, tables: text.tables });
    return composeMinutes({ reader: 'pdf', input, options, source: text.source, blocks, notes });
  },
};
