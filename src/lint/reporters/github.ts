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
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      output += `::${d.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(d.message)}\n`;
    }
  }
  return output;
}
