import type { ReportInput } from './types.js';

// Workflow command escaping: https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each problem becomes an annotation on its line. */
export function github(input: ReportInput): string {
  let output = '';
  for (const result of input.results) {
    for (const d of result.diagnostics) {
      const properties = [
        `file=${escapeProperty(result.path ?? '<stdin>')}`,
        `line=${d.line ?? 1}`,
        `col=${d.column ?? 1}`,
        ...(d.place && 'start' in d.place ? [`endLine=${d.place.end.line}`, `endColumn=${d.place.end.column}`] : []),
        `title=${escapeProperty(d.ruleId)}`,
      ];
      output += `::${d.fatal ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.reason)}\n`;
    }
  }
  return output;
}
