import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ConfigError, type RuleSetting } from '../config/config.js';
import type { Minutes } from '../schemas/generated/minutes.js';
import type { ParseProblem } from '../model/parse.js';
import type { ActorRegistry } from '../model/actors.js';
import type { MeetingRecord } from '../series/record.js';
import { UsageError } from './context.js';
import type { FileReport } from './lint-file.js';

/**
 * What a thread does with each file: `lint` it (minutes lint), read its meeting `record` for a series
 * (actions, register, next), or read its `model` (export --format json).
 */
export type FileJob = 'lint' | 'record' | 'model';

/** A file read for its record or its model: what it gives, or why it could not be parsed. */
type ReadReport<T> = { ok: true; value: T; registry: ActorRegistry; series: string } | { ok: false; problem: ParseProblem };

/** What each job gives back for one file. */
export interface JobResults {
  lint: FileReport;
  record: ReadReport<MeetingRecord>;
  model: ReadReport<Minutes>;
}

/** What the main thread asks a worker to do with one file. */
export interface WorkRequest {
  index: number;
  file: string;
}

/** Settings every worker starts with. */
export interface WorkerSetup {
  job: FileJob;
  config?: string;
  overrides: Record<string, RuleSetting>;
  fix: boolean;
  quiet: boolean;
  /** `--from`, when given. */
  from?: string;
}

export type WorkReply = { index: number; result: JobResults[FileJob] } | { index: number; failure: { kind: 'usage' | 'config' | 'internal'; message: string } };

// The bundled worker sits beside the entry point in dist/ (this code may be in dist/chunks/).
const WORKER = [new URL('./file-worker.js', import.meta.url), new URL('../file-worker.js', import.meta.url)].find((url) => existsSync(url)) ?? null;
/** Below this many files, starting threads costs more than it saves. */
const POOL_THRESHOLD = 64;

/**
 * How many lanes to read `count` files on (this thread and worker threads): 0 (no pool) for few files,
 * for one core, or when the worker script is not there (running from sources); else one per core.
 * MINUTES_WORKERS overrides it.
 */
export function workerCount(count: number, env: NodeJS.ProcessEnv): number {
  if (!WORKER) return 0;
  if (env.MINUTES_WORKERS !== undefined) return Math.max(0, Math.floor(Number(env.MINUTES_WORKERS)) || 0);
  const cores = availableParallelism();
  return count >= POOL_THRESHOLD && cores > 1 ? Math.min(cores, 8) : 0;
}

/** Files handed to each thread ahead of time, so that it never waits for the next one. */
const IN_FLIGHT = 2;

/**
 * Does `setup.job` for every file on `threads` lanes: this thread, which has everything loaded already,
 * and `threads - 1` worker threads (each one more copy of the program in memory). Each lane takes the
 * next file when it is done; results come back in the order of `files`. With fewer than two lanes, or
 * standard input among the files, everything runs on this thread.
 */
export async function runInPool<J extends FileJob>(
  files: readonly string[],
  threads: number,
  setup: WorkerSetup & { job: J },
  doHere: (file: string) => Promise<JobResults[J]>,
): Promise<JobResults[J][]> {
  const results: JobResults[J][] = new Array(files.length);
  let next = 0;
  const workers = threads > 1 ? Array.from({ length: Math.min(threads - 1, files.length) }, () => new Worker(WORKER!, { workerData: setup })) : [];
  const here = async () => {
    while (next < files.length) {
      const index = next++;
      results[index] = await doHere(files[index]!);
      // Let the workers' replies in, so that they are fed while this thread works.
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let busy = 0;
            const feed = () => {
              while (busy < IN_FLIGHT && next < files.length) {
                const index = next++;
                busy++;
                worker.postMessage({ index, file: files[index]! } satisfies WorkRequest);
              }
              if (busy === 0) resolve();
            };
            worker.on('message', (reply: WorkReply) => {
              busy--;
              if ('failure' in reply) {
                const { kind, message } = reply.failure;
                return reject(kind === 'usage' ? new UsageError(message) : kind === 'config' ? new ConfigError(message) : new Error(message));
              }
              results[reply.index] = reply.result as JobResults[J];
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
