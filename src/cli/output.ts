import { writeFileAtomic } from '../io/write.js';
import { describeFsError } from '../io/load.js';
import type { CliIO } from './context.js';
import { UsageError } from './context.js';

/** Writes a command's output to `-o FILE` atomically, or to standard output. */
export async function emit(text: string, output: string | undefined, io: CliIO): Promise<void> {
  if (output === undefined || output === '-') {
    await new Promise<void>((resolve, reject) => {
      io.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
    return;
  }
  try {
    await writeFileAtomic(output, text);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    const reason = failure.code === 'ENOENT' ? 'its folder does not exist' : describeFsError(failure);
    throw new UsageError(`cannot write ${output}: ${reason}`);
  }
}

/** Prints `file:line:column: message` for a file that could not be parsed. */
export function problemLine(file: string, line: number | undefined, column: number | undefined, message: string): string {
  return `${file}:${line ?? 1}:${column ?? 1}: ${message}\n`;
}
