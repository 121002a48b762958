import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ConfigResolver, ResolvedConfig, RuleSetting } from '../config.js';
import { createDiagnostic, type Diagnostic } from '../diagnostics.js';
import { STDIN } from '../io/inputs.js';
import { loadMinutes } from '../io/load.js';
import { lintResult, type LintResult } from '../lint/engine.js';
import { applyFixes } from '../lint/fix.js';
import { parseMinutes } from '../parse.js';
import { UsageError } from './context.js';
import { writeFile } from './output.js';

export interface LintFileOptions {
  configs: ConfigResolver;
  overrides: Record<string, RuleSetting>;
  fix: boolean;
  quiet: boolean;
  stdin: Readable;
  stdinFilename?: string;
}

/** A linted file as the report needs it: no syntax tree is kept once its diagnostics are known. */
export interface FileReport {
  path: string | null;
  diagnostics: Diagnostic[];
}

/** Reads, lints and (with --fix) corrects one file. */
export async function lintFile(file: string, options: LintFileOptions): Promise<FileReport> {
  const displayName = file === STDIN ? (options.stdinFilename ?? null) : file;
  const config = await options.configs.forFile(file === STDIN ? (options.stdinFilename ?? 'stdin.md') : file);
  let result = lintResult(await loadMinutes(file, options.configs, options.stdin, displayName), { config, overrides: options.overrides });
  if (options.fix && result.parsed) result = await fixFile(file, result, config, options.overrides);
  return { path: result.path, diagnostics: options.quiet ? result.diagnostics.filter((d) => d.fatal) : result.diagnostics };
}

/**
 * Applies certain fixes and writes the file atomically, then lints the new text. Rules are run again
 * until nothing more is fixed (a bounded number of passes), so one `--fix` leaves nothing a second would do.
 */
async function fixFile(file: string, first: LintResult, config: ResolvedConfig, overrides: Record<string, RuleSetting>): Promise<LintResult> {
  let result = first;
  let text = first.parsed!.text;
  for (let pass = 0; pass < 5; pass++) {
    const { text: fixed, applied } = applyFixes(text, result.diagnostics);
    if (applied === 0 || fixed === text) break;
    text = fixed;
    const reparsed = parseMinutes(text, { path: first.path, actors: config.actors, glossary: config.glossary }, first.parsed!.bom);
    result = lintResult(reparsed, { config, overrides });
    if (!result.parsed) return first; // never write a fix that breaks the file
  }
  if (text !== first.parsed!.text) {
    // Write over what is on disk only if it is still what was linted.
    const current = await readFile(file);
    const original = (first.parsed!.bom ? '\uFEFF' : '') + first.parsed!.text;
    if (current.toString('utf8') !== original) throw new UsageError(`${file} changed while it was being fixed; run again`);
    await writeFile(file, (first.parsed!.bom ? '\uFEFF' : '') + text);
  }
  return result;
}

/** A diagnostic as it crosses from a worker thread or the cache: plain data. */
export interface PlainDiagnostic {
  ruleId: string;
  error: boolean;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  parseError?: boolean;
  fix?: Diagnostic['fix'];
}

export function toPlain(diagnostic: Diagnostic): PlainDiagnostic {
  const place = diagnostic.place;
  const end = place && 'end' in place ? place.end : undefined;
  return {
    ruleId: diagnostic.ruleId,
    error: diagnostic.fatal,
    message: diagnostic.reason,
    line: diagnostic.line ?? 1,
    column: diagnostic.column ?? 1,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    ...(diagnostic.parseError ? { parseError: true } : {}),
    ...(diagnostic.fix ? { fix: diagnostic.fix } : {}),
  };
}

export function fromPlain(plain: PlainDiagnostic, file: string | null): Diagnostic {
  const start = { line: plain.line, column: plain.column };
  return createDiagnostic({
    ruleId: plain.ruleId,
    severity: plain.error ? 'error' : 'warning',
    message: plain.message,
    place: plain.endLine !== undefined ? { start, end: { line: plain.endLine, column: plain.endColumn! } } : start,
    file,
    fix: plain.fix,
    parseError: plain.parseError,
  });
}
