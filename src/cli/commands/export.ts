import path from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import { ConfigResolver, type ResolvedConfig } from '../../config/config.js';
import { STDIN } from '../../io/inputs.js';
import { describeFsError, loadMinutes } from '../../io/load.js';
import { inside, pageNames } from '../../io/output-dir.js';
import type { ParsedMinutes, ParseProblem } from '../../model/parse.js';
import type { Minutes } from '../../schemas/generated/minutes.js';
import { renderHtml } from '../../render/html.js';
import { meetingRecord } from '../../series/record.js';
import { updateSite } from '../site.js';
import { localToday } from '../today.js';
import { renderJson } from '../../render/json.js';
import { formatParsed } from '../../render/format.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import type { EXPORT_FORMATS } from '../options.js';
import { emit, problemLine, writeFile } from '../output.js';
import { checkFromOption } from '../from-option.js';
import { findFiles } from '../files.js';
import { fileJob } from '../file-jobs.js';
import { runInPool, workerCount } from '../file-pool.js';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format: ExportFormat;
  output?: string;
  config?: string;
  from?: string;
}

/**
 * `usage` prints the command's help on stderr and ends with exit 2: what happens with no file while
 * standard input is a terminal, rather than waiting for minutes to be typed in (`-` still reads it).
 */
export async function exportCommand(files: string[], options: ExportOptions, io: CliIO, usage: () => never): Promise<number> {
  if (files.length === 0 && io.stdin.isTTY) usage();
  await checkFromOption(options.from);
  const configs = new ConfigResolver(options.config);
  // Folders and globs name their minutes files, as for `lint`.
  const inputs = files.length ? await findFiles(files, configs, options.from) : [STDIN];
  // One file named gives one model; a folder or a glob gives a list, however many files it holds.
  const single = inputs.length === 1 && (files.length === 0 || (files.length === 1 && (inputs[0] === STDIN || path.resolve(inputs[0]!) === path.resolve(files[0]!))));
  const failed = (input: string, problem: ParseProblem) => io.stderr.write(problemLine(input === STDIN ? '<stdin>' : input, problem.line, problem.column, problem.message));
  if (options.format === 'json') {
    // Only the models are needed: read on every core, as lint does.
    const setup = { job: 'model' as const, config: options.config, overrides: {}, fix: false, quiet: false, from: options.from };
    const threads = inputs.includes(STDIN) ? 0 : workerCount(inputs.length, io.env);
    const reports = await runInPool(inputs, threads, setup, fileJob(setup, configs, io.stdin));
    const models: Minutes[] = [];
    for (const [index, report] of reports.entries()) {
      if (report.ok) models.push(report.value);
      else failed(inputs[index]!, report.problem);
    }
    if (models.length > 0) await emit(renderJson(models, single), options.output, io);
    return models.length === reports.length ? EXIT.ok : EXIT.problems;
  }
  const parsed: { input: string; result: ParsedMinutes; config: ResolvedConfig }[] = [];
  let status: number = EXIT.ok;
  for (const input of inputs) {
    const result = await loadMinutes(input, configs, io.stdin, undefined, options.from);
    if (result.ok) {
      parsed.push({ input, result, config: await configs.forFile(input === STDIN ? 'stdin.md' : input) });
    } else {
      failed(input, result.problem);
      status = EXIT.problems;
    }
  }
  if (parsed.length === 0) return status;

  // Markdown is what `minutes fmt` writes: the file with its certain fixes applied, in canonical form.
  const configOf = new Map(parsed.map(({ result, config }) => [result, config]));
  const render =
    options.format === 'md'
      ? (p: ParsedMinutes) => formatParsed(p, { config: configOf.get(p) })
      : (p: ParsedMinutes, index?: string) => renderHtml(p, { indexHref: index });
  if (await wantsFolder(inputs, options.output, options.format)) {
    await writeFolder(parsed, options.format, options.output!, render);
  } else {
    await emit(render(parsed[0]!.result), options.output, io);
  }
  return status;
}

/**
 * Several inputs, or -o naming an existing folder (or ending with /), write one file per input into a
 * folder. For HTML, `-o` names a page only when it ends in `.html`: otherwise it is the site's folder.
 */
async function wantsFolder(inputs: string[], output: string | undefined, format: ExportFormat): Promise<boolean> {
  if (format === 'html' && output !== undefined && output !== '-' && !/\.html?$/i.test(output)) return true;
  const isFolder = output !== undefined && output !== '-' && (/[\\/]$/.test(output) || (await stat(output).then((info) => info.isDirectory(), () => false)));
  if (inputs.length > 1 && !isFolder && output !== undefined && output !== '-') {
    const exists = await stat(output).then(() => true, () => false);
    if (exists) throw new UsageError(`-o ${output} is a file; several inputs need a folder`);
    return true;
  }
  if (inputs.length > 1 && !isFolder) throw new UsageError('several inputs need -o FOLDER: one page is written per file');
  return isFolder;
}

async function writeFolder(
  parsed: { input: string; result: ParsedMinutes }[],
  format: ExportFormat,
  dir: string,
  render: (p: ParsedMinutes, index?: string) => string,
): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${dir}: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
  const extension = format === 'html' ? '.html' : '.md';
  const names = pageNames(parsed.map(({ input }) => input), extension, format === 'html' ? ['index.html', 'register.html'] : []);
  const write = (name: string, text: string) => writeFile(inside(dir, name), text);
  for (const [index, { result }] of parsed.entries()) {
    await write(names[index]!, format === 'html' ? render(result, 'index.html') : render(result));
  }
  if (format === 'html') {
    await updateSite(
      dir,
      parsed.map(({ result }, index) => ({ href: names[index]!, record: meetingRecord(result) })),
      localToday(),
    );
  }
}
