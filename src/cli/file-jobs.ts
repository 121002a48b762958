import type { Readable } from 'node:stream';
import type { ConfigResolver } from '../config/config.js';
import { STDIN } from '../io/inputs.js';
import { loadMinutes } from '../io/load.js';
import type { ActorRegistry } from '../model/actors.js';
import { meetingRecordOf } from '../readers/map-positions.js';
import type { FileJob, JobResults, WorkerSetup } from './file-pool.js';
import { lintFile } from './lint-file.js';

/**
 * What one thread does with one file for `setup.job`, on the main thread as in a worker. A registry
 * shared by many files (the configuration's, when a file defines no actors of its own) is given with the
 * first of them only: the others say `{}`, which spares copying it between threads for every file.
 */
export function fileJob<J extends FileJob>(setup: WorkerSetup & { job: J }, configs: ConfigResolver, stdin: Readable, stdinFilename?: string): (file: string) => Promise<JobResults[J]> {
  if (setup.job === 'lint') {
    const options = { configs, overrides: setup.overrides, fix: setup.fix, quiet: setup.quiet, stdin, stdinFilename, from: setup.from };
    return ((file: string) => lintFile(file, options)) as (file: string) => Promise<JobResults[J]>;
  }
  const given = new WeakSet<ActorRegistry>();
  return (async (file: string) => {
    const result = await loadMinutes(file, configs, stdin, undefined, setup.from);
    if (!result.ok) return { ok: false, problem: result.problem };
    const registry = result.actors.registry;
    const fresh = !given.has(registry);
    given.add(registry);
    const series = file === STDIN ? STDIN : ((await configs.forFile(file)).seriesOf(file) ?? `file:${file}`);
    // Places in the file as written, for files read through a reader (--from).
    const value = setup.job === 'record' ? meetingRecordOf(result) : result.model;
    return { ok: true, value, registry: fresh ? registry : {}, series };
  }) as (file: string) => Promise<JobResults[J]>;
}
