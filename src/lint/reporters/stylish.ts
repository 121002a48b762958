import type { ChalkInstance } from 'chalk';
import { countDiagnostics, sumCounts } from './counts.js';
import type { ReportInput } from './types.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** ESLint's stylish layout: files with problems, `line:column  severity  message  rule`, then a summary. */
export function stylish(input: ReportInput, chalk: ChalkInstance): string {
  let output = '';
  const totals = sumCounts(input.results.map((result) => countDiagnostics(result.diagnostics)));
  for (const result of input.results) {
    if (result.diagnostics.length === 0) continue;
    output += `\n${chalk.underline(result.path ?? '<stdin>')}\n`;
    const rows = result.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity === 2 ? 'error' : 'warning', d.message, d.ruleId]);
    // A loop, not Math.max(...rows): a file can have more problems than a call takes arguments.
    const widths = [0, 1].map((column) => rows.reduce((width, row) => Math.max(width, row[column]!.length), 0));
    for (const [position, severity, message, ruleId] of rows) {
      const paint = severity === 'error' ? chalk.red : chalk.yellow;
      output += `  ${chalk.dim(position!.padEnd(widths[0]!))}  ${paint(severity!.padEnd(widths[1]!))}  ${message}  ${chalk.dim(ruleId)}\n`;
    }
  }
  const total = totals.errorCount + totals.warningCount;
  if (total === 0) return output;
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(totals.errorCount, 'error')}, ${plural(totals.warningCount, 'warning')})`;
  output += `\n${(totals.errorCount ? chalk.red : chalk.yellow).bold(summary)}\n`;
  const fixable = totals.fixableErrorCount + totals.fixableWarningCount;
  if (fixable > 0) {
    output += `  ${plural(totals.fixableErrorCount, 'error')} and ${plural(totals.fixableWarningCount, 'warning')} potentially fixable with the \`--fix\` option.\n`;
  }
  return output;
}
