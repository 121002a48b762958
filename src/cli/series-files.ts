import type { Readable } from 'node:stream';
import type { ConfigResolver } from '../config/config.js';
import { STDIN } from '../io/inputs.js';
import { loadMinutes } from '../io/load.js';
import { type ActorRegistry, defineOwn } from '../model/actors.js';
import { meetingRecordOf } from '../readers/map-positions.js';
import type { MeetingRecord } from '../series/record.js';
import { groupSeries, type Series } from '../series/series.js';
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
  stdin: Readable,
  stderr: { write(text: string): unknown },
  /** `--from`: `auto` or a reader's name; the configuration's `from:` when absent. */
  from?: string,
): Promise<LoadedSeries> {
  const records: MeetingRecord[] = [];
  const keys = new Map<MeetingRecord, string>();
  const registry: ActorRegistry = {};
  let failed = 0;
  for (const file of files) {
    const result = await loadMinutes(file, configs, stdin, undefined, from);
    if (!result.ok) {
      const { problem } = result;
      stderr.write(problemLine(file === STDIN ? '<stdin>' : file, problem.line, problem.column, `${problem.message} (skipped)`));
      failed++;
      continue;
    }
    for (const [code, actor] of Object.entries(result.actors.registry)) defineOwn(registry, code, actor);
    // Places in the file as written, for files read through a reader (--from).
    const record = meetingRecordOf(result);
    records.push(record);
    keys.set(record, file === STDIN ? STDIN : ((await configs.forFile(file)).seriesOf(file) ?? `file:${file}`));
  }
  return { series: groupSeries(records, (record) => keys.get(record)!), registry, failed };
}
