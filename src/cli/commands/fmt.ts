import { ConfigResolver } from '../../config.js';
import { STDIN } from '../../io/inputs.js';
import { findFiles } from '../files.js';
import { loadMinutes } from '../../io/load.js';
import { renderMarkdown } from '../../render/markdown.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import { emit, problemLine, writeFile } from '../output.js';

export interface FmtOptions {
  write?: boolean;
  check?: boolean;
  config?: string;
}

/**
 * Prints the canonical form of one file (or standard input); --check lists the files not in canonical
 * form and exits 1; --write rewrites them atomically and leaves canonical files untouched.
 */
export async function fmtCommand(paths: string[], options: FmtOptions, io: CliIO): Promise<number> {
  if (options.write && options.check) throw new UsageError('--write and --check exclude each other');
  const inPlace = options.write || options.check;
  const inputs = paths.length ? paths : [inPlace ? '.' : STDIN];
  if (options.write && inputs.includes(STDIN)) throw new UsageError('--write cannot write back to standard input; give file paths');
  const configs = new ConfigResolver(options.config);
  const files = await findFiles(inputs, configs);
  if (!inPlace && files.length > 1) throw new UsageError('several files: use --check to list those not in canonical form, or --write to rewrite them');

  let status: number = EXIT.ok;
  const notCanonical: string[] = [];
  for (const file of files) {
    const result = await loadMinutes(file, configs, io.stdin);
    if (!result.ok) {
      const d = result.diagnostic;
      io.stderr.write(problemLine(file === STDIN ? '<stdin>' : file, d.line, d.column, d.reason));
      status = EXIT.problems;
      continue;
    }
    const formatted = renderMarkdown(result);
    if (!inPlace) {
      await emit(formatted, undefined, io);
      continue;
    }
    if (formatted === result.text) continue;
    notCanonical.push(file);
    if (options.write) {
      await writeFile(file, (result.bom ? '\uFEFF' : '') + formatted);
    }
    io.stdout.write(`${file === STDIN ? '<stdin>' : file}\n`);
  }
  if (options.check && notCanonical.length > 0) {
    const count = notCanonical.length;
    io.stderr.write(`minutes: ${count} ${count === 1 ? 'file is' : 'files are'} not in canonical form; run minutes fmt --write\n`);
    status = EXIT.problems;
  }
  return status;
}
