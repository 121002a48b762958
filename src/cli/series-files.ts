import type { Readable } from 'node:stream';
import type { ConfigResolver } from '../config/config.js';
import { STDIN } from '../io/inputs.js';
import { type ActorRegistry, defineOwn } from '../model/actors.js';
import type { MeetingRecord } from '../series/record.js';
import { groupSeries, type Series } from '../series/series.js';
import { fileJob } from './file-jobs.js';
import { runInPool, workerCount } from './file-pool.js';
import { problemLine } from './output.js';

export interface LoadedSeries {
  series: Series[];
  /** Every actor of the files read (built-in registries included), for --owner and for reminders. */
  registry: ActorRegistry;
  /** How many files could not be parsed (reported on stderr and skipped). */
  failed: number;
}

/**
 * Reads files into meeting series (the files of one folder, or as the configuration's `series:` says):
 * each file's record only, no syntax tree kept. A file that does not parse is reported and skipped; a
 * file outside any series is a series of its own.
 */
export async function loadSeries(
  files: readonly string[],
  configs: ConfigResolver,
  io: { stdin: Readable; stderr: { write(text: string): unknown }; env: NodeJS.ProcessEnv },
  /** `--from`: `auto` or a reader's name; the configuration's `from:` when absent. */
  from?: string,
): Promise<LoadedSeries> {
  const setup = { job: 'record' as const, config: configs.explicitPath ?? undefined, overrides: {}, fix: false, quiet: false, from };
  const threads = files.includes(STDIN) ? 0 : workerCount(files.length, io.env);
  const reports = await runInPool(files, threads, setup, fileJob(setup, configs, io.stdin));
  const records: MeetingRecord[] = [];
  const keys = new Map<MeetingRecord, string>();
  const registry: ActorRegistry = {};
  let failed = 0;
  reports.forEach((report, index) => {
    const file = files[index]!;
    if (!report.ok) {
      const { problem } = report;
      io.stderr.write(problemLine(file === STDIN ? '<stdin>' : file, problem.line, problem.column, `${problem.message} (skipped)`));
      failed++;
      return;
    }
    for (const [code, actor] of Object.entries(report.registry)) defineOwn(registry, code, actor);
    records.push(report.value);
    keys.set(report.value, report.series);
  });
  return { series: groupSeries(records, (record) => keys.get(record)!), registry, failed };
}
