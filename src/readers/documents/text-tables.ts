import { actionColumn } from './conventions.js';
import { copy, type Inline } from './inline.js';
import type { Line } from './lines.js';
import { numberedStart } from './classify.js';

/**
 * Tables of actions in text extracted from a PDF: `pdftotext` writes a table cell after cell, each on
 * its own line between blank lines (`Owners`, `Action`, `Due`, `Status`, then `MS`, `Report on …`,
 * `10 May 2019`, `Open`, …). Three or more such header cells in a row, and the cells after them taken
 * in rows of as many, until a numbered heading or a group that is not a cell (a long paragraph).
 */
export function textTables(lines: readonly Line[]): Map<number, { rows: Inline[][]; end: number }> {
  const groups: { first: number; last: number; text: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.text.trim() === '') continue;
    let last = index;
    while (last + 1 < lines.length && lines[last + 1]!.text.trim() !== '') last++;
    // A header cell may follow the lines above it without a blank line (`1. Follow-up`, `Actions`, `Owners`).
    if (last > index && actionColumn(lines[last]!.text) !== null) {
      groups.push({ first: index, last: last - 1, text: lines.slice(index, last).map((line) => line.text.trim()).join(' ') });
      groups.push({ first: last, last, text: lines[last]!.text.trim() });
    } else groups.push({ first: index, last, text: lines.slice(index, last + 1).map((line) => line.text.trim()).join(' ') });
    index = last;
  }
  const tables = new Map<number, { rows: Inline[][]; end: number }>();
  for (let at = 0; at < groups.length; at++) {
    let width = 0;
    while (at + width < groups.length && groups[at + width]!.first === groups[at + width]!.last && actionColumn(groups[at + width]!.text) !== null) width++;
    // A caption (`Actions`) over the header names a column the header names again.
    while (width > 3 && groups.slice(at + 1, at + width).some((group) => actionColumn(group.text) === actionColumn(groups[at]!.text))) {
      at++;
      width--;
    }
    if (width < 3) continue;
    const cells: Inline[] = [];
    let next = at + width;
    for (; next < groups.length; next++) {
      const group = groups[next]!;
      if (numberedStart(group.text) || group.text.length > 300 || group.last - group.first > 4) break;
      const parts = lines.slice(group.first, group.last + 1).flatMap((line, index): Inline => {
        const lead = line.text.length - line.text.trimStart().length;
        const piece = copy(line.start + lead, line.start + line.text.trimEnd().length);
        return index > 0 ? [{ text: ' ', at: line.start }, piece] : [piece];
      });
      cells.push(parts);
    }
    const rowCount = Math.floor(cells.length / width);
    if (rowCount === 0) continue;
    const header = groups.slice(at, at + width).map((group) => [copy(lines[group.first]!.start + (lines[group.first]!.text.length - lines[group.first]!.text.trimStart().length), lines[group.first]!.start + lines[group.first]!.text.trimEnd().length)] as Inline);
    const rows: Inline[][] = [header];
    for (let row = 0; row < rowCount; row++) rows.push(cells.slice(row * width, row * width + width));
    const lastGroup = groups[at + width + rowCount * width - 1]!;
    tables.set(groups[at]!.first, { rows, end: lines[lastGroup.last]!.end });
    at = at + width + rowCount * width - 1;
  }
  return tables;
}
