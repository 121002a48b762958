import { ReadOnlyError, writeFileAtomic } from '../io/write.js';
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
  await writeFile(output, text);
}

/** Writes a file atomically; any failure becomes one clear line (exit 2), the file left as it was. */
export async function writeFile(file: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(file, text);
  } catch (error) {
    if (error instanceof ReadOnlyError) throw new UsageError(`cannot write: ${error.message}`);
    const failure = error as NodeJS.ErrnoException;
    const reason = failure.code === 'ENOENT' ? 'its folder does not exist' : describeFsError(failure);
    throw new UsageError(`cannot write ${file}: ${reason}`);
  }
}

/** Prints `file:line:column: message` for a file that could not be parsed. */
export function problemLine(file: string, line: number, column: number, message: string): string {
  return `${file}:${line}:${column}: ${message}\n`;
}
