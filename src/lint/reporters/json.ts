import { countDiagnostics } from './counts.js';
import type { ReportInput } from './types.js';

/** ESLint's JSON format, so tools that read ESLint's output read ours. */
export function json(input: ReportInput): string {
  const files = input.results.map((result) => ({
    filePath: result.path ?? '<stdin>',
    messages: result.diagnostics.map((d) => ({
      ruleId: d.fatal ? null : d.ruleId,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ...(d.fatal ? { fatal: true } : {}),
      ...(d.fix ? { fix: d.fix } : {}),
    })),
    ...countDiagnostics(result.diagnostics),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
