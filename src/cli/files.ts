import type { ConfigResolver } from '../config/config.js';
import { expandInputs, noFilesMessage } from '../io/inputs.js';
import { UsageError } from './context.js';

/** The files that paths, folders and globs name, the configurations' ignore patterns applied; a usage error when one gives none. */
export async function findFiles(inputs: readonly string[], configs: ConfigResolver): Promise<string[]> {
  const expanded = await expandInputs(inputs, {
    isIgnored: async (file) => (await configs.forFile(file)).isIgnored(file),
  });
  const noFiles = noFilesMessage(expanded);
  if (noFiles) throw new UsageError(noFiles);
  return expanded.files;
}
