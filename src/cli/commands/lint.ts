import { readFile } from 'node:fs/promises';
import { ConfigResolver, type RuleSetting } from '../../config/config.js';
import { STDIN } from '../../io/inputs.js';
import { findFiles } from '../files.js';
import { REPORTERS, type ReporterName } from '../../lint/reporters/index.js';
import { isError } from '../../lint/diagnostic.js';
import { PARSE_ERROR, RULES_BY_ID } from '../../lint/rules/index.js';
import { closestWord } from '../../model/text.js';
import { chalkFor, EXIT, UsageError, type CliIO } from '../context.js';
import { emit } from '../output.js';
import type { FileReport } from '../lint-file.js';
import type { MeetingRecord } from '../../series/record.js';
import { applySeries } from '../../series/lint.js';
import { groupSeries } from '../../series/series.js';
import { DEFAULT_CACHE, hashOf, LintCache } from '../lint-cache.js';
import { fileJob } from '../file-jobs.js';
import { runInPool, workerCount } from '../file-pool.js';
import { checkFromOption, refuseRewriteFrom } from '../from-option.js';

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
  cache?: boolean;
  cacheLocation?: string;
  from?: string;
}

export function parseRuleOption(values: readonly string[]): Record<string, RuleSetting> {
  const overrides: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([\w-]+)=(off|warn|error)$/.exec(value.trim());
    if (!match) throw new UsageError(`--rule takes ID=off|warn|error, such as --rule action-due=off (got "${value}")`);
    if (!RULES_BY_ID.has(match[1]!) || match[1] === PARSE_ERROR) {
      const settable = [...RULES_BY_ID.keys()].filter((id) => id !== PARSE_ERROR);
      const suggestion = closestWord(match[1]!, settable);
      throw new UsageError(`--rule names "${match[1]}", which is not a rule that can be set; ${suggestion ? `did you mean ${suggestion}?` : `known rules: ${settable.join(', ')}`}`);
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
  await checkFromOption(options.from);
  if (options.fix) refuseRewriteFrom(options.from, '--fix');

  const files = await findFiles(inputs, configs, options.from);
  const setup = { job: 'lint' as const, config: options.config, overrides, fix: Boolean(options.fix), quiet: Boolean(options.quiet), from: options.from };

  // With --cache, files whose bytes and configuration are unchanged take their diagnostics from the cache.
  const results: FileReport[] = new Array(files.length);
  const cache = options.cache
    ? await LintCache.load(options.cacheLocation ?? DEFAULT_CACHE, hashOf(version, JSON.stringify(overrides)))
    : null;
  const keys = new Map<number, string>();
  const todo: number[] = [];
  for (const [index, file] of files.entries()) {
    if (cache && file !== STDIN) {
      const bytes = await readFile(file).catch(() => null);
      if (bytes) {
        // The reader is part of the key: the same bytes read another way give other results.
        const key = hashOf(bytes, (await configs.forFile(file)).hash, options.from ?? '');
        const hit = cache.get(file, key);
        if (hit) {
          results[index] = hit;
          continue;
        }
        keys.set(index, key);
      }
    }
    todo.push(index);
  }

  const pending = todo.map((index) => files[index]!);
  const threads = pending.includes(STDIN) ? 0 : workerCount(pending.length, io.env);
  const reports = await runInPool(pending, threads, setup, fileJob(setup, configs, io.stdin, options.stdinFilename));
  todo.forEach((index, position) => {
    results[index] = reports[position]!;
    const key = keys.get(index);
    // A fixed file has new bytes: it is cached on the next run.
    if (cache && key && !setup.fix) cache.set(files[index]!, key, reports[position]!);
  });
  await cache?.save();

  // The files of each series together: the series rules, run again on every run (they read only the
  // meetings' records, which the cache keeps), and carried actions exempt from due-before-meeting.
  const seriesKeys = new Map<MeetingRecord, string | null>();
  for (const result of results) {
    if (result.record?.file) seriesKeys.set(result.record, (await configs.forFile(result.record.file)).seriesOf(result.record.file));
  }
  const own = new Map(results.flatMap((result) => (result.record ? [[result.record, result.diagnostics] as const] : [])));
  for (const series of groupSeries([...seriesKeys.keys()], (record) => seriesKeys.get(record) ?? null)) {
    const config = await configs.forFile(series.meetings[0]!.file!);
    const combined = applySeries(series, own, { config, overrides });
    for (const result of results) if (result.record && combined.has(result.record)) result.diagnostics = combined.get(result.record)!;
  }
  if (setup.quiet) for (const result of results) result.diagnostics = result.diagnostics.filter(isError);

  const chalk = chalkFor(options.output ? {} : io.stdout, io.env, options.color);
  const report = REPORTERS[options.format]({ results, version, cwd: process.cwd() }, chalk);
  if (report) await emit(report, options.output, io);

  const errors = results.reduce((sum, r) => sum + r.diagnostics.filter(isError).length, 0);
  const warnings = results.reduce((sum, r) => sum + r.diagnostics.filter((d) => !isError(d)).length, 0);
  if (errors > 0) return EXIT.problems;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr.write(`minutes: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
