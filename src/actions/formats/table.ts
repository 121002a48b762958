import type { ChalkInstance } from 'chalk';
import type { Entry } from '../entries.js';

export interface TableOptions {
  /** Terminal width to fit; undefined (not a terminal) prints whole lines. */
  width?: number;
  chalk: ChalkInstance;
}

/** Aligned columns, the text column cut to fit the terminal, overdue entries marked with `!`, a count. */
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
  if (options.width) {
    const others = widths.reduce((sum, width, column) => (column === textColumn ? sum : sum + width), 0) + 2 * (widths.length - 1);
    widths[textColumn] = Math.max(12, Math.min(widths[textColumn]!, options.width - others));
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column]!;
        const fitted = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return column === cells.length - 1 ? fitted : fitted.padEnd(width);
      })
      .join('  ');
  let output = `${chalk.bold(line(header))}\n`;
  rows.forEach((row, index) => {
    const text = line(row);
    output += `${entries[index]!.overdue ? chalk.red(text) : text}\n`;
  });
  const overdue = entries.filter((entry) => entry.overdue).length;
  output += `\n${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${overdue ? `, ${overdue} overdue (!)` : ''}\n`;
  return output;
}
