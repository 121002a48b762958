import { readFile } from 'node:fs/promises';
import { ConfigResolver, type RuleSetting } from '../../config.js';
import { STDIN } from '../../io/inputs.js';
import { findFiles } from '../files.js';
import { loadMinutes } from '../../io/load.js';
import { lintResult, type LintResult } from '../../lint/engine.js';
import { applyFixes } from '../../lint/fix.js';
import { REPORTERS, type ReporterName } from '../../lint/reporters/index.js';
import { RULES_BY_ID } from '../../lint/rules/index.js';
import { parseMinutes } from '../../parse.js';
import { chalkFor, EXIT, UsageError, type CliIO } from '../context.js';
import { emit, writeFile } from '../output.js';

export interface LintCommandOptions {
  format: ReporterName;
  maxWarnings?: string;
  quiet?: boolean;
  rule?: string[];
  config?: string;
  fix?: boolean;
  color?: boolean;
  stdinFilename?: string;
  output?: string;
}

export function parseRuleOption(values: readonly string[]): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([\w-]+)=(off|warn|error)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule takes ID=off|warn|error, such as --rule action-due=off (got "${value}")`);
    if (!RULES_BY_ID.has(match[1]!)) {
      throw new UsageError(`--rule names "${match[1]}", which is not a rule; known rules: ${[...RULES_BY_ID.keys()].join(', ')}`);
    }
    overrides[match[1]!] = match[2] as RuleSetting;
  }
  return overrides;
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1) throw new UsageError(`--max-warnings takes a whole number, -1 for no limit (got "${value}")`);
  return Number(value);
}

export async function lintCommand(paths: string[], options: LintCommandOptions, io: CliIO, version: string): Promise<number> {
  const overrides = parseRuleOption(options.rule ?? []);
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const configs = new ConfigResolver(options.config);
  const inputs = paths.length ? paths : ['.'];
  if (options.fix && inputs.includes(STDIN)) throw new UsageError('--fix cannot write back to standard input; give file paths');

  const files = await findFiles(inputs, configs);

  const results: LintResult[] = [];
  for (const file of files) {
    const displayName = file === STDIN ? (options.stdinFilename ?? null) : file;
    const config = await configs.forFile(file === STDIN ? (options.stdinFilename ?? 'stdin.md') : file);
    let result = lintResult(await loadMinutes(file, configs, io.stdin, displayName), { config, overrides });
    if (options.fix && result.parsed) result = await fixFile(file, result, config, overrides);
    results.push(options.quiet ? { ...result, diagnostics: result.diagnostics.filter((d) => d.fatal) } : result);
  }

  const chalk = chalkFor(options.output ? {} : io.stdout, io.env, options.color);
  const report = REPORTERS[options.format]({ results, version, cwd: process.cwd() }, chalk);
  if (report) await emit(report, options.output, io);

  const errors = results.reduce((sum, r) => sum + r.diagnostics.filter((d) => d.fatal).length, 0);
  const warnings = results.reduce((sum, r) => sum + r.diagnostics.filter((d) => !d.fatal).length, 0);
  if (errors > 0) return EXIT.problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`minutes: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

/**
 * Applies certain fixes and writes the file atomically, then lints the new text. Rules are run again
 * until nothing more is fixed (a bounded number of passes), so one `--fix` leaves nothing a second would do.
 */
async function fixFile(
  file: string,
  first: LintResult,
  config: Awaited<ReturnType<ConfigResolver['forFile']>>,
  overrides: Record<string, RuleSetting>,
): Promise<LintResult> {
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
