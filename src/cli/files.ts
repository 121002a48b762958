import type { ConfigResolver } from '../config/config.js';
import { expandInputs, noFilesMessage } from '../io/inputs.js';
import { UsageError } from './context.js';

/**
 * The files that paths, folders and globs name, the configurations' ignore patterns applied; a usage
 * error when one gives none. Folders give their `*.md` files, and also their text, log and document files
 * when these are read through a reader (`from`, the `--from` option, or `from:` in their configuration).
 */
export async function findFiles(inputs: readonly string[], configs: ConfigResolver, from?: string): Promise<string[]> {
  const expanded = await expandInputs(inputs, {
    isIgnored: async (file) => (await configs.forFile(file)).isIgnored(file),
    acceptsDocument: async (file) => {
      const reading = from ?? (await configs.forFile(file)).from;
      return reading !== undefined && reading !== 'native';
    },
  });
  const noFiles = noFilesMessage(expanded);
  if (noFiles) throw new UsageError(noFiles);
  return expanded.files;
}
