/** A worker thread of `minutes lint`: lints the files the main thread sends, one at a time. */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, ConfigResolver } from '../config/config.js';
import { InputError } from '../io/load.js';
import { UsageError } from './context.js';
import { lintFile } from './lint-file.js';
import type { WorkerSetup, WorkReply, WorkRequest } from './lint-pool.js';

const setup = workerData as WorkerSetup;
const configs = new ConfigResolver(setup.config);
const options = { configs, overrides: setup.overrides, fix: setup.fix, quiet: setup.quiet, stdin: Readable.from([]), from: setup.from };

parentPort!.on('message', async ({ index, file }: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { index, ...(await lintFile(file, options)) };
  } catch (error) {
    const kind = error instanceof UsageError || error instanceof InputError ? 'usage' : error instanceof ConfigError ? 'config' : 'internal';
    reply = { index, failure: { kind, message: (error as Error).message } };
  }
  parentPort!.postMessage(reply);
});
