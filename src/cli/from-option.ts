import { UsageError } from './context.js';

/** Checks `--from`: `auto`, `native` or a reader's name; a usage error naming the closest one otherwise. */
export async function checkFromOption(from: string | undefined): Promise<void> {
  if (from === undefined) return;
  const problem = (await import('../readers/read.js')).unknownReaderProblem(from);
  if (problem) throw new UsageError(`--from ${problem}`);
}

/**
 * `lint --fix`, `fmt --write` and `fmt --check` with `--from` naming a reader other than the native one:
 * refused before any file is read (with `--from auto`, a file read through such a reader is refused when reached).
 */
export function refuseRewriteFrom(from: string | undefined, what: string): void {
  if (from === undefined || from === 'native' || from === 'auto') return;
  throw new UsageError(`${what} cannot rewrite minutes read as ${from} in their own format: convert them first with \`minutes import --from ${from} FILE... -o FOLDER\`, then work on the minutes it writes`);
}
