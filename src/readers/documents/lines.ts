/**
 * The lines of a document's text, the unit the document readers work on: a plain text file's lines, or
 * the lines a PDF or Word document was read as, with the layout they had there.
 */
export interface Line {
  /** Offsets of the line in the source text, its line break excluded. */
  start: number;
  end: number;
  text: string;
  /** The page it stands on, from 1 (form feeds in extracted text, pages in a PDF). */
  page: number;
  /** How it was laid out, for documents that say (PDF); absent in plain text. */
  layout?: LineLayout;
}

interface LineLayout {
  /** Left edge, in points from the left of its column. */
  x: number;
  /** The font size of most of the line, in points. */
  size: number;
  /** Most of the line is set in a bold face. */
  bold: boolean;
  /** The space above the line, in lines of the body text; 0 for a line that follows on. */
  gap: number;
  /** The line stops well before the right edge of its column (the last line of a paragraph). */
  short: boolean;
}

/** The lines of plain text: split at line breaks; a form feed starts a new page. */
export function textLines(source: string): Line[] {
  const lines: Line[] = [];
  let page = 1;
  let start = 0;
  for (let index = 0; index <= source.length; index++) {
    const char = source[index];
    if (index < source.length && char !== '\n' && char !== '\r' && char !== '\f') continue;
    lines.push({ start, end: index, text: source.slice(start, index), page });
    if (char === '\r' && source[index + 1] === '\n') index++;
    if (char === '\f') page++;
    start = index + 1;
  }
  return lines;
}

/** The line with its surrounding white space left out (offsets moved in). */
export function trimLine(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { ...line, start: line.start + lead, end: line.start + lead + text.length, text };
}
