import { parseOptionsOf } from '../config/config.js';
import type { IncrementalMarkdown } from '../syntax/incremental-markdown.js';
import { parseMinutes, parseMinutesBytes, type ParsedMinutes, type ParseResult } from '../model/parse.js';
import type { Diagnostic, TextEdit } from './diagnostic.js';
import { lintResult, type LintOptions, type LintResult } from './engine.js';

/**
 * Applies the edits of a file's diagnostics to its text, each once, skipping any that overlaps one
 * already applied (the next pass takes it up). Returns the new text and how many edits were applied.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { text: string; applied: number } {
  const edits = diagnostics
    .map((diagnostic) => diagnostic.fix)
    .filter((fix): fix is TextEdit => fix !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const { range, text: replacement } of edits) {
    if (range[0] < cursor) continue; // overlaps an edit already applied: the next pass takes it up
    output += text.slice(cursor, range[0]) + replacement;
    cursor = range[1];
    applied++;
  }
  return { text: output + text.slice(cursor), applied };
}

/** At most this many passes of fixes: a fix that makes another possible is applied in the next pass. */
const MAX_PASSES = 10;

export interface FixedLintResult extends LintResult {
  /** The text with every fix applied; the original text when nothing was fixed or the file does not parse. */
  output: string;
  /** Whether `output` differs from the text given. */
  fixed: boolean;
}

/** Parses one file's text or bytes with the configuration's registry and glossary. */
export function parseWith(input: string | Uint8Array, options: LintOptions & { path?: string | null; incremental?: IncrementalMarkdown }): ParseResult {
  const parseOptions = { path: options.path ?? null, ...parseOptionsOf(options.config), incremental: options.incremental };
  return typeof input === 'string' ? parseMinutes(input, parseOptions) : parseMinutesBytes(input, parseOptions);
}

/**
 * Parses and lints one file's text, configuration applied: the whole of `minutes lint` for one file.
 * With `fix: true`, fixes are applied in passes until none is left (as ESLint's verifyAndFix does); the
 * result's diagnostics are those of the fixed text, and a fix is never kept if it breaks the file.
 */
export function lintText(input: string | Uint8Array, options: LintOptions & { path?: string | null; fix?: boolean; incremental?: IncrementalMarkdown } = {}): FixedLintResult {
  const parsed = parseWith(input, options);
  if (!parsed.ok) return { ...lintResult(parsed, options), output: '', fixed: false };
  return options.fix ? fixParsed(parsed, options) : { ...lintResult(parsed, options), output: parsed.text, fixed: false };
}

/** Lints a parsed file and applies its fixes in passes; see `lintText`. */
export function fixParsed(parsed: ParsedMinutes, options: LintOptions = {}): FixedLintResult {
  let result = lintResult(parsed, options);
  let text = parsed.text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text: fixed, applied } = applyFixes(text, result.diagnostics);
    if (applied === 0 || fixed === text) break;
    const next = lintResult(parseMinutes(fixed, { path: parsed.path, ...parseOptionsOf(options.config) }, parsed.bom), options);
    if (!next.parsed) break; // never keep a fix that breaks the file
    text = fixed;
    result = next;
  }
  return { ...result, output: text, fixed: text !== parsed.text };
}
