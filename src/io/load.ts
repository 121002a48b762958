import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type ConfigResolver, parseOptionsOf } from '../config/config.js';
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

/** Reads a file (or standard input), finds its configuration, and parses it. */
export async function loadMinutes(
  file: string,
  configs: ConfigResolver,
  stdin: Readable,
  displayName: string | null = file === STDIN ? null : file,
): Promise<ParseResult> {
  const bytes = await readInput(file, stdin);
  const config = await configs.forFile(file === STDIN ? (displayName ?? 'stdin.md') : file);
  return parseMinutesBytes(bytes, { path: displayName, ...parseOptionsOf(config) });
}
