/** A worker thread of the file pool: does the pool's job (lint, record, model) on each file the main thread sends. */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, ConfigResolver } from '../config/config.js';
import { InputError } from '../io/load.js';
import { UsageError } from './context.js';
import { fileJob } from './file-jobs.js';
import type { WorkerSetup, WorkReply, WorkRequest } from './file-pool.js';

const setup = workerData as WorkerSetup;
const run = fileJob(setup, new ConfigResolver(setup.config), Readable.from([]));

parentPort!.on('message', async ({ index, file }: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { index, result: await run(file) };
  } catch (error) {
    const kind = error instanceof UsageError || error instanceof InputError ? 'usage' : error instanceof ConfigError ? 'config' : 'internal';
    reply = { index, failure: { kind, message: (error as Error).message } };
  }
  parentPort!.postMessage(reply);
});
