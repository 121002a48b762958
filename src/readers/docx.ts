import { composeMinutes } from './documents/compose.js';
import { docxToBlocks, type RawDocx } from './documents/docx-blocks.js';
import { runDocumentTask, type WorkerFailure } from './documents/worker.js';
import { ReadError, type Reader } from './reader.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: a Word 97-2003 .doc, or a .docx protected by a password (its encrypted package). */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
const isWordPath = (path: string | null) => path !== null && /\.(?:docx|docm|dotx)$/i.test(path);

/** Whether a compound file holds an encrypted package (a protected .docx) rather than a .doc. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65_536))).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

function failure(error: WorkerFailure): string {
  if (error.name === 'NotWordError') return `the file is a ZIP archive but not a Word document: ${error.message}`;
  if (/zip|central directory|end of data|corrupted/i.test(error.message)) return `the Word document is damaged and cannot be read (${error.message.replace(/\.$/, '')}): save it again from Word`;
  return `the Word document cannot be read: ${error.message}`;
}

/**
 * Word documents (.docx), read with mammoth: heading styles and numbered paragraphs become agenda items,
 * with the numbers Word draws for them (its automatic numbering computed from numbering.xml, restarts
 * included), tables of actions become tasks and tables of participants the attendees; labels such as
 * `Action:` and `Decision:` are kept for the rules of the format.
 */
export const docxReader: Reader = {
  name: 'docx',
  description: 'Word documents (.docx): heading styles and Word numbering to items, tables, bold labels',
  furniture: ['headers and footers of the Word document (not read)', 'comments and tracked deletions (not read)', 'images'],
  labels: 'the highest heading style used is agenda items, the next sub-items, with the numbers Word shows (automatic numbering included); without heading styles, numbered paragraphs in bold or title form',
  detect({ bytes, path }) {
    if (startsWith(bytes, ZIP)) {
      const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 65_536))).toString('latin1');
      if (head.includes('word/')) return 0.95;
      return isWordPath(path) ? 0.8 : 0;
    }
    if (startsWith(bytes, COMPOUND) && (isWordPath(path) || isEncryptedPackage(bytes))) return 0.9;
    return isWordPath(path) ? 0.6 : 0;
  },
  read(input, options) {
    const { bytes } = input;
    if (startsWith(bytes, COMPOUND)) {
      throw new ReadError(
        isEncryptedPackage(bytes)
          ? 'the Word document is protected by a password: remove the password in Word (File > Info > Protect Document) and save it again'
          : 'the file is a Word 97-2003 document (.doc), not a .docx: save it as .docx in Word and import that',
      );
    }
    if (!startsWith(bytes, ZIP)) throw new ReadError('the file is not a Word document: a .docx is a ZIP archive, and this file is not one');
    const outcome = runDocumentTask<RawDocx>('docx', bytes);
    if (!outcome.ok) throw new ReadError(failure(outcome.error));
    const { source, blocks } = docxToBlocks(outcome.data);
    if (source.trim() === '') throw new ReadError('the Word document has no text to read');
    return composeMinutes({ reader: 'docx', input, options, source, blocks });
  },
};
