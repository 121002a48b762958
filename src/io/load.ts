import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ConfigError, type ConfigResolver, parseOptionsOf, type ResolvedConfig } from '../config/config.js';
import { parseMinutesBytes, type ParseResult } from '../model/parse.js';
import { STDIN } from './inputs.js';

/** A path on the command line that cannot be read: missing, a folder, no permission. Commands exit 2 on it. */
export class InputError extends Error {
  override name = 'InputError';
}

export async function readInput(file: string, stdin: Readable): Promise<Uint8Array> {
  if (file === STDIN) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(`${file}: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
}

export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return error.message;
  }
}

/**
 * How a file is written: `--from` when given (the command has checked the name), else its configuration's
 * `from:` (checked here: a name that is not a reader is the configuration's mistake), else null for the
 * native format. The readers are loaded only when a file is read through one.
 */
export async function readingOf(from: string | undefined, config: ResolvedConfig): Promise<string | null> {
  const reading = from ?? config.from;
  if (reading === undefined || reading === 'native') return null;
  if (from === undefined) {
    const problem = (await import('../readers/read.js')).unknownReaderProblem(reading);
    if (problem) throw new ConfigError(`${config.path ?? 'minutes.config.yaml'}: from: ${problem}`);
  }
  return reading;
}

/**
 * Reads a file (or standard input), finds its configuration, and parses it: as the native format, or
 * through the reader `from` names (`auto` or a reader; `from:` in the configuration when not given).
 */
export async function loadMinutes(
  file: string,
  configs: ConfigResolver,
  stdin: Readable,
  displayName: string | null = file === STDIN ? null : file,
  from?: string,
): Promise<ParseResult> {
  const bytes = await readInput(file, stdin);
  const config = await configs.forFile(file === STDIN ? (displayName ?? 'stdin.md') : file);
  const reading = await readingOf(from, config);
  if (reading === null) return parseMinutesBytes(bytes, { path: displayName, ...parseOptionsOf(config) });
  const { readMinutes } = await import('../readers/read.js');
  return readMinutes(bytes, { from: reading, parse: { path: displayName, ...parseOptionsOf(config) } }).result;
}
