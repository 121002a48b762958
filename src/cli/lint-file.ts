import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ConfigResolver, RuleSetting } from '../config/config.js';
import { STDIN } from '../io/inputs.js';
import { readInput, readingOf } from '../io/load.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { type MeetingRecord, meetingRecord } from '../series/record.js';
import { lintText } from '../lint/fix.js';
import { UsageError } from './context.js';
import { writeFile } from './output.js';

export interface LintFileOptions {
  configs: ConfigResolver;
  overrides: Record<string, RuleSetting>;
  fix: boolean;
  quiet: boolean;
  stdin: Readable;
  stdinFilename?: string;
  /** `--from`: `auto` or a reader's name (checked by the command); the configuration's `from:` when absent. */
  from?: string;
}

/**
 * A linted file as the report needs it: plain data, no syntax tree kept once its diagnostics are known;
 * with the meeting's record for the series rules (null when the file does not parse or is in no series:
 * only what the series rules will read is held until the report).
 */
export interface FileReport {
  path: string | null;
  diagnostics: Diagnostic[];
  record: MeetingRecord | null;
}

/** Reads, lints and (with --fix) corrects one file, writing the fixes atomically. */
export async function lintFile(file: string, options: LintFileOptions): Promise<FileReport> {
  const path = file === STDIN ? (options.stdinFilename ?? null) : file;
  const config = await options.configs.forFile(file === STDIN ? (options.stdinFilename ?? 'stdin.md') : file);
  const bytes = await readInput(file, options.stdin);
  const reading = await readingOf(options.from, config);
  const inSeries = path !== null && config.seriesOf(path) !== null;
  if (reading !== null) {
    const { importFirstMessage, lintRead } = await import('../readers/lint-read.js');
    const read = lintRead(bytes, reading, { path, config, overrides: options.overrides });
    if (read.report && read.reader && options.fix) throw new UsageError(importFirstMessage(file, read.reader, '--fix'));
    if (read.report) return inSeries ? read.report : { ...read.report, record: null };
  }
  const result = lintText(bytes, { path, config, overrides: options.overrides, fix: options.fix });
  if (result.fixed && result.parsed) {
    // Write over what is on disk only if it is still what was linted.
    const bom = result.parsed.bom ? '\uFEFF' : '';
    if ((await readFile(file)).toString('utf8') !== Buffer.from(bytes).toString('utf8')) throw new UsageError(`${file} changed while it was being fixed; run again`);
    await writeFile(file, bom + result.output);
  }
  return { path: result.path, diagnostics: result.diagnostics, record: result.parsed && inSeries ? meetingRecord(result.parsed) : null };
}
