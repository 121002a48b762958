import type { LintOptions } from '../lint/engine.js';
import { fixParsed, parseWith } from '../lint/fix.js';
import type { FailedParse, ParsedMinutes } from '../model/parse.js';
import { renderMarkdown } from './markdown.js';

export type FormatOptions = Omit<LintOptions, 'only'>;
export type FormatResult = { ok: true; output: string; bom: boolean } | FailedParse;

/**
 * `minutes fmt` for one parsed file: the fixes of the fixable rules enabled in the configuration, applied
 * as `lint --fix` applies them, then the canonical Markdown of the result. `--fix` and `fmt` share this
 * one fix path, so they cannot disagree.
 */
export function formatParsed(parsed: ParsedMinutes, options: FormatOptions = {}): string {
  return renderMarkdown(fixParsed(parsed, { ...options, only: (rule) => rule.fixable }).parsed!);
}

/** `minutes fmt` for one file's text or bytes; see `formatParsed`. */
export function formatText(input: string | Uint8Array, options: FormatOptions & { path?: string | null } = {}): FormatResult {
  const parsed = parseWith(input, options);
  if (!parsed.ok) return parsed;
  return { ok: true, output: formatParsed(parsed, options), bom: parsed.bom };
}
