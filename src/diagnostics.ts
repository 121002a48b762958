import { VFileMessage } from 'vfile-message';
import type { Point, Position } from 'unist';

export type Severity = 'error' | 'warning';

/** A replacement of the source text between two offsets, applied by `minutes lint --fix`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/**
 * A diagnostic is a vfile message: `ruleId`, `reason`, `line`/`column` and `place` from the syntax tree.
 * `fatal` follows vfile: true is an error, false a warning. `parseError` marks a file that could not be
 * read at all (ESLint's `fatal`); `fix` is set where the rule knows the certain correction.
 */
export interface Diagnostic extends VFileMessage {
  ruleId: string;
  fatal: boolean;
  parseError?: boolean;
  fix?: Fix;
}

export interface DiagnosticInit {
  ruleId: string;
  severity: Severity;
  message: string;
  place: Position | Point | undefined;
  file?: string | null;
  fix?: Fix;
  parseError?: boolean;
}

export function createDiagnostic(init: DiagnosticInit): Diagnostic {
  const message = new VFileMessage(init.message, {
    place: init.place,
    ruleId: init.ruleId,
    source: 'minutes',
  }) as Diagnostic;
  message.fatal = init.severity === 'error';
  if (init.file) message.file = init.file;
  if (init.fix) message.fix = init.fix;
  if (init.parseError) message.parseError = true;
  // vfile leaves line and column undefined for a message without a place; every diagnostic of ours has one.
  message.line ??= 1;
  message.column ??= 1;
  return message;
}

export function severityOf(diagnostic: Diagnostic): Severity {
  return diagnostic.fatal ? 'error' : 'warning';
}

/** Sorts by line, then column, then rule id, the order every reporter prints in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId);
}
