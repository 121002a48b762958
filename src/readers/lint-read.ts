import { parseOptionsOf, type ResolvedConfig, type RuleSetting } from '../config/config.js';
import type { FileReport } from '../cli/lint-file.js';
import { lintResult } from '../lint/engine.js';
import { mapDiagnostics, meetingRecordOf, sourcePositionsOf } from './map-positions.js';
import { nativeReader } from './native.js';
import { readMinutes } from './read.js';

export interface LintReadOptions {
  path: string | null;
  config: ResolvedConfig;
  overrides: Record<string, RuleSetting>;
}

/**
 * `minutes lint --from …` for one file: read through its reader, linted as canonical minutes, every
 * finding and series place carried back into the file as written. `report` is null when the file turns
 * out to be native minutes (`--from auto`): it is then linted as any native file, fixes and all; `reader`
 * is null when no reader recognises the file.
 */
export function lintRead(bytes: Uint8Array, from: string, options: LintReadOptions): { reader: string | null; report: FileReport | null } {
  const { path, config, overrides } = options;
  const { result, reader } = readMinutes(bytes, { from, parse: { path, ...parseOptionsOf(config) } });
  if (reader === nativeReader) return { reader: reader.name, report: null };
  // No reader took the file (`reader` null), or its reader's minutes do not parse: one fatal finding.
  const name = reader?.name ?? null;
  if (!result.ok) return { reader: name, report: { path, diagnostics: lintResult(result).diagnostics, record: null } };
  const positions = sourcePositionsOf(result)!;
  const diagnostics = mapDiagnostics(lintResult(result, { config, overrides }).diagnostics, positions);
  return { reader: name, report: { path, diagnostics, record: meetingRecordOf(result) } };
}

/** Why `--fix`, `fmt --write` and `fmt --check` refuse a file read through a reader other than the native one. */
export function importFirstMessage(file: string, reader: string, what: string): string {
  return `${file} is read as ${reader} minutes: ${what} cannot rewrite it in another format; convert it first with \`minutes import --from ${reader} ${file} -o NEW.md\``;
}
