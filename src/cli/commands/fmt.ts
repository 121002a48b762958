import { ConfigResolver } from '../../config/config.js';
import { STDIN } from '../../io/inputs.js';
import { parseOptionsOf } from '../../config/config.js';
import { readingOf, readInput } from '../../io/load.js';
import { formatParsed, formatText } from '../../render/format.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import { findFiles } from '../files.js';
import { checkFromOption, refuseRewriteFrom } from '../from-option.js';
import { emit, problemLine, writeFile } from '../output.js';

export interface FmtOptions {
  write?: boolean;
  check?: boolean;
  config?: string;
  from?: string;
}

/**
 * Prints the canonical form of one file (or standard input); --check lists the files not in canonical
 * form and exits 1; --write rewrites them atomically and leaves canonical files untouched. The canonical
 * form is the file with the fixes of the fixable rules applied (as `lint --fix` applies them), written
 * with the canonical options. With no path it reads standard input, unless that is a terminal: then
 * `usage` prints the command's help on stderr and ends with exit 2 (`-` still reads a terminal).
 */
export async function fmtCommand(paths: string[], options: FmtOptions, io: CliIO, usage: () => never): Promise<number> {
  if (options.write && options.check) throw new UsageError('--write and --check exclude each other');
  const inPlace = options.write || options.check;
  if (!inPlace && paths.length === 0 && io.stdin.isTTY) usage();
  const inputs = paths.length ? paths : [inPlace ? '.' : STDIN];
  if (options.write && inputs.includes(STDIN)) throw new UsageError('--write cannot write back to standard input; give file paths');
  await checkFromOption(options.from);
  if (inPlace) refuseRewriteFrom(options.from, options.write ? 'fmt --write' : 'fmt --check');
  const configs = new ConfigResolver(options.config);
  const files = await findFiles(inputs, configs, options.from);
  if (!inPlace && files.length > 1) throw new UsageError('several files: use --check to list those not in canonical form, or --write to rewrite them');

  let status: number = EXIT.ok;
  const notCanonical: string[] = [];
  for (const file of files) {
    const name = file === STDIN ? '<stdin>' : file;
    const config = await configs.forFile(file === STDIN ? 'stdin.md' : file);
    const bytes = await readInput(file, io.stdin);
    const reading = await readingOf(options.from, config);
    if (reading !== null) {
      // Minutes of another convention: printed in canonical form, never rewritten in place.
      const { readMinutes } = await import('../../readers/read.js');
      const { result, reader } = readMinutes(bytes, { from: reading, parse: { path: file === STDIN ? null : file, ...parseOptionsOf(config) } });
      if (reader?.name !== 'native') {
        if (inPlace && reader) throw new UsageError((await import('../../readers/lint-read.js')).importFirstMessage(name, reader.name, options.write ? 'fmt --write' : 'fmt --check'));
        if (!result.ok) {
          io.stderr.write(problemLine(name, result.problem.line, result.problem.column, result.problem.message));
          status = EXIT.problems;
        } else {
          await emit(formatParsed(result, { config }), undefined, io);
        }
        continue;
      }
    }
    const result = formatText(bytes, { path: file === STDIN ? null : file, config });
    if (!result.ok) {
      io.stderr.write(problemLine(name, result.problem.line, result.problem.column, result.problem.message));
      status = EXIT.problems;
      continue;
    }
    const formatted = (result.bom ? '\uFEFF' : '') + result.output;
    if (!inPlace) {
      await emit(result.output, undefined, io);
      continue;
    }
    if (formatted === Buffer.from(bytes).toString('utf8')) continue;
    notCanonical.push(file);
    if (options.write) await writeFile(file, formatted);
    io.stdout.write(`${name}\n`);
  }
  if (options.check && notCanonical.length > 0) {
    const count = notCanonical.length;
    io.stderr.write(`minutes: ${count} ${count === 1 ? 'file is' : 'files are'} not in canonical form; run minutes fmt --write\n`);
    status = EXIT.problems;
  }
  return status;
}
