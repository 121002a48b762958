import { linesToBlocks } from './documents/blocks.js';
import { composeMinutes } from './documents/compose.js';
import { FURNITURE } from './documents/furniture.js';
import { WordStats } from './documents/inline.js';
import { textLines } from './documents/lines.js';
import { textTables } from './documents/text-tables.js';
import type { Reader } from './reader.js';

/** A numbered heading line, `1. Opening session` or ` 5. Role of …`, for detect(). */
const NUMBERED_LINE = /^[ \t]{0,8}(?:\d{1,2}\.(?:\d{1,2}\.?)?|[IVX]{1,4}\.)[ \t]+\p{Lu}[^\n]{2,150}$/gmu;

/**
 * Plain text extracted from a PDF or a Word document (`pdftotext`, "Save as text", a copy from a
 * viewer): numbered headings become agenda items with their numbers as written, wrapped lines
 * paragraphs, bullets lists; page furniture is left out.
 */
export const textReader: Reader = {
  name: 'text',
  description: 'plain text extracted from a PDF or Word document: numbered headings, wrapped lines, page furniture',
  furniture: FURNITURE,
  labels: 'numbered headings `1.`, `1)` or `I.` are agenda items, with their numbers as written; `1.1` and `a)` under them are sub-items (under `I.` items, `1.` too)',
  detect({ text }) {
    if (text === null || text.trim() === '') return 0;
    const sample = text.slice(0, 200_000);
    const headings = sample.match(NUMBERED_LINE)?.length ?? 0;
    const prose = sample.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 200).length;
    // Markdown, HTML or a chat log is someone else's: a text reader is what is left.
    if (/^(?:#{1,6} |---\r?\n|<[a-z!])/m.test(sample.slice(0, 2000)) && headings < 2) return 0.1;
    if (headings >= 2 && prose >= 2) return 0.55;
    if (headings >= 2 || prose >= 3) return 0.4;
    return 0.2;
  },
  read(input, options) {
    const source = input.text ?? '';
    const lines = textLines(source);
    const blocks = linesToBlocks(lines, source, new WordStats(source), { tables: textTables(lines) });
    return composeMinutes({ reader: 'text', input, options, source, blocks });
  },
};
