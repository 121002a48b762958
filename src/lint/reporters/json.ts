import { countDiagnostics } from './counts.js';
import type { ReportInput } from './types.js';

/** ESLint's JSON format, so tools that read ESLint's output read ours. */
export function json(input: ReportInput): string {
  const files = input.results.map((result) => ({
    filePath: result.path ?? '<stdin>',
    messages: result.diagnostics.map((d) => ({
      ruleId: d.parseError ? null : d.ruleId,
      severity: d.fatal ? 2 : 1,
      message: d.reason,
      line: d.line ?? 1,
      column: d.column ?? 1,
      ...(d.place && 'start' in d.place ? { endLine: d.place.end.line, endColumn: d.place.end.column } : {}),
      ...(d.parseError ? { fatal: true } : {}),
      ...(d.fix ? { fix: { range: [d.fix.start, d.fix.end], text: d.fix.text } } : {}),
    })),
    ...countDiagnostics(result.diagnostics),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
