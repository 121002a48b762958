import type { Range } from '../model/build.js';

/** A replacement of the text between two offsets: ESLint's `fix`, applied by `lintText(…, { fix: true })`. */
export interface TextEdit {
  range: Range;
  text: string;
}

/**
 * One problem in one file, as plain data shaped like ESLint's LintMessage (so it crosses worker threads
 * and the cache as it is). `severity` 2 is an error, 1 a warning; `fatal` is set exactly when no model
 * could be built (`ruleId` is then `parse-error`). Lines and columns are 1-based, the end exclusive,
 * converted from `range` (offsets in the file's text) by the one converter of the model.
 */
export interface Diagnostic {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets in the file's text, `[start, end)`. */
  range: Range;
  /** The source text `range` covers, or null when the problem points at no particular text (an empty item). */
  subject: string | null;
  fatal?: true;
  fix?: TextEdit;
}

/** Sorts by line, then column, then rule id, the order every reporter prints in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export const isError = (diagnostic: Diagnostic) => diagnostic.severity === 2;
