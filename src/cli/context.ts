import type { Readable, Writable } from 'node:stream';
import { Chalk, type ChalkInstance } from 'chalk';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  /** `isTTY` is true when standard input is a terminal (nothing piped in). */
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export const EXIT = {
  ok: 0,
  /** Lint problems, files that did not parse, files not in canonical form. */
  problems: 1,
  /** Usage errors, missing paths, invalid configuration, internal failures. */
  usage: 2,
} as const;

/** A mistake of the person running the command: printed as one line, exit 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Colours only for a terminal: off with --no-color or NO_COLOR (any value), on with FORCE_COLOR
 * (0 turns it off), otherwise on when the stream is a TTY.
 */
export function chalkFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, colorOption?: boolean): ChalkInstance {
  let level: 0 | 1 | 2 | 3 = stream.isTTY ? 1 : 0;
  if (env.FORCE_COLOR !== undefined) {
    level = env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : (Math.min(3, Number(env.FORCE_COLOR) || 1) as 1 | 2 | 3);
  }
  if ((env.NO_COLOR !== undefined && env.NO_COLOR !== '') || colorOption === false) level = 0;
  return new Chalk({ level });
}
