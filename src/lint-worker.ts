/** A worker thread of `minutes lint`: lints the files the main thread sends, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { Readable } from 'node:stream';
import { ConfigError, ConfigResolver } from './config.js';
import { UsageError } from './cli/context.js';
import { lintFile, toPlain } from './cli/lint-file.js';
import type { WorkReply, WorkRequest, WorkerSetup } from './cli/lint-pool.js';
import { InputError } from './io/load.js';

const setup = workerData as WorkerSetup;
const configs = new ConfigResolver(setup.config);
const options = { configs, overrides: setup.overrides, fix: setup.fix, quiet: setup.quiet, stdin: Readable.from([]) };

parentPort!.on('message', async ({ index, file }: WorkRequest) => {
  let reply: WorkReply;
  try {
    const report = await lintFile(file, options);
    reply = { index, path: report.path, diagnostics: report.diagnostics.map(toPlain) };
  } catch (error) {
    const kind = error instanceof UsageError || error instanceof InputError ? 'usage' : error instanceof ConfigError ? 'config' : 'internal';
    reply = { index, failure: { kind, message: (error as Error).message } };
  }
  parentPort!.postMessage(reply);
});
