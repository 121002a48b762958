import type { ChalkInstance } from 'chalk';
import type { Entry } from '../entries.js';

export interface TableOptions {
  /** Width to fit (a terminal's, or COLUMNS); undefined prints whole lines. */
  width?: number;
  chalk: ChalkInstance;
}

/** The lines of `text` at most `width` long, broken between words; a word longer than that is cut across lines. */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length <= width) {
      current += ` ${word}`;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (current.length > width) {
      lines.push(current.slice(0, width));
      current = current.slice(width);
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Aligned columns, overdue entries marked with `!`, a count. Given a width, the text column (WHAT) is
 * narrowed to fit it and wraps onto continuation lines, the other columns staying on an entry's first line.
 */
export function renderTable(entries: readonly Entry[], options: TableOptions): string {
  const { chalk } = options;
  const header = ['', 'DUE', 'OWNERS', 'STATUS', 'WHAT', 'FROM'];
  const rows = entries.map((entry) => [
    entry.overdue ? '!' : ' ',
    entry.due ?? '-',
    entry.owners.join(',') || '-',
    entry.kind === 'deadline' ? 'deadline' : entry.status,
    entry.text,
    `${entry.meeting.date ?? 'undated'} ${entry.item?.number ? `#${entry.item.number}` : ''}`.trim(),
  ]);
  // A loop, not Math.max(...rows): a list can hold more entries than a call takes arguments.
  const widths = header.map((title, column) => rows.reduce((width, row) => Math.max(width, row[column]!.length), title.length));
  const textColumn = 4;
  let texts = rows.map((row) => [row[textColumn]!]);
  if (options.width) {
    const others = widths.reduce((sum, width, column) => (column === textColumn ? sum : sum + width), 0) + 2 * (widths.length - 1);
    const room = Math.max(12, Math.min(widths[textColumn]!, options.width - others));
    texts = rows.map((row) => wrapText(row[textColumn]!, room));
    // As wide as the longest line once wrapped, which may be less than the room there is.
    widths[textColumn] = texts.reduce((width, lines) => lines.reduce((most, text) => Math.max(most, text.length), width), header[textColumn]!.length);
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  let output = `${chalk.bold(line(header))}\n`;
  rows.forEach((row, index) => {
    const [first, ...more] = texts[index]!;
    const marker = row[0]!;
    const lines = [line(row.with(textColumn, first!)), ...more.map((text) => line([marker, '', '', '', text, '']))];
    for (const text of lines) output += `${entries[index]!.overdue ? chalk.red(text) : text}\n`;
    // With --history: a line per meeting that carries the entry, under it.
    for (const step of entries[index]!.history ?? []) {
      const where = `${step.date ?? 'undated'}${step.file ? `  ${step.file}:${step.line}` : ''}`;
      const trail = `   ${' '.repeat(widths[1]!)}  ${(step.owners.join(',') || '-').padEnd(widths[2]!)}  ${step.status.padEnd(widths[3]!)}  ${step.due ? `due ${step.due}` : 'no due date'}, ${where}`;
      output += `${chalk.dim(trail.trimEnd())}\n`;
    }
  });
  const overdue = entries.filter((entry) => entry.overdue).length;
  output += `\n${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${overdue ? `, ${overdue} overdue (!)` : ''}\n`;
  return output;
}
