import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { location } from 'vfile-location';
import { stringify } from 'yaml';
import { ConfigResolver, parseOptionsOf } from '../../config/config.js';
import type { ParsedMinutes } from '../../model/parse.js';
import { STDIN } from '../../io/inputs.js';
import { describeFsError, readingOf, readInput } from '../../io/load.js';
import { inside, pageNames } from '../../io/output-dir.js';
import { READERS } from '../../readers/index.js';
import { inferActions } from '../../readers/documents/infer-actions.js';
import { AUTO, readMinutes } from '../../readers/read.js';
import type { ReadResult } from '../../readers/reader.js';
import { EXIT, UsageError, type CliIO } from '../context.js';
import { checkFromOption } from '../from-option.js';
import { emit, problemLine, writeFile } from '../output.js';
import { dateOption } from '../today.js';

export interface ImportOptions {
  from?: string;
  output?: string;
  title?: string;
  date?: string;
  body?: string;
  config?: string;
  list?: boolean;
  inferActions?: boolean;
}

/** `minutes import --list`: each reader's name and what it reads, one line each. */
function listReaders(): string {
  const width = Math.max(...READERS.map((reader) => reader.name.length));
  return READERS.map((reader) => `${reader.name.padEnd(width)}  ${reader.description}\n`).join('');
}

/** What a reader noted it could not read, as `file:line: message` lines. */
function notesOf(name: string, read: ReadResult): string {
  if (read.notes.length === 0) return '';
  const source = location(read.source);
  return read.notes.map((note) => `${name}:${source.toPoint(note.offset)?.line ?? 1}: ${note.message}\n`).join('');
}

/**
 * Converts minutes written in another convention into minutes files: each input through its reader
 * (`--from`, the configuration's `from:`, else `auto`), written as the canonical text the reader makes
 * (front matter and body), atomically. One input without -o prints to standard output; several need -o
 * FOLDER, which gets `<name>.md` for each. A file no reader can read is reported and skipped (exit 1).
 */
export async function importCommand(files: string[], options: ImportOptions, io: CliIO, usage: () => never): Promise<number> {
  if (options.list) {
    if (files.length) throw new UsageError('--list takes no file');
    await emit(listReaders(), undefined, io);
    return EXIT.ok;
  }
  if (files.length === 0 && io.stdin.isTTY) usage();
  const inputs = files.length ? files : [STDIN];
  await checkFromOption(options.from);
  const date = dateOption('--date', options.date);
  const folder = await outputFolder(inputs, options.output);
  const configs = new ConfigResolver(options.config);

  let status: number = EXIT.ok;
  const converted: { input: string; text: string }[] = [];
  for (const input of inputs) {
    const name = input === STDIN ? '<stdin>' : input;
    const bytes = await readInput(input, io.stdin);
    const config = await configs.forFile(input === STDIN ? 'stdin.md' : input);
    const from = options.from ?? (await readingOf(undefined, config)) ?? (config.from === 'native' ? 'native' : AUTO);
    const { result, read, reader } = readMinutes(bytes, {
      from,
      parse: { path: input === STDIN ? null : input, ...parseOptionsOf(config) },
      read: { title: options.title, date, body: options.body },
    });
    if (read) io.stderr.write(notesOf(name, read));
    if (!result.ok) {
      io.stderr.write(problemLine(name, result.problem.line, result.problem.column, result.problem.message));
      status = EXIT.problems;
      continue;
    }
    // --infer-actions: the follow-ups the prose records (untracked-follow-up) written as open task items.
    const text = options.inferActions ? inferActions(read!, { path: input === STDIN ? null : input, ...parseOptionsOf(config) }).read.text : read!.text;
    converted.push({ input, text: reader?.name === 'native' ? text : withGlossary(text, glossaryOf(result)) });
  }
  if (converted.length === 0) return status;
  if (folder === null) {
    await emit(converted[0]!.text, options.output, io);
    return status;
  }
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create ${folder}: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
  // `<name>.md` for each input: its base name without its extension (`2019-04-29-pwg.md`, `irc.log` → `irc.md`).
  const names = pageNames(
    converted.map(({ input }) => (input === STDIN ? STDIN : path.join(path.dirname(input), path.basename(input).replace(/\.[^.]+$/, '')))),
    '.md',
  );
  for (const [index, { text }] of converted.entries()) await writeFile(inside(folder, names[index]!), text);
  return status;
}

/** The abbreviations the text defines (`the Rapid Alert System (RAS)`) that are not actors; null when there are none, or the front matter has a glossary. */
function glossaryOf(parsed: ParsedMinutes): Record<string, string> | null {
  if (Object.hasOwn(parsed.data, 'glossary')) return null;
  const glossary: Record<string, string> = {};
  for (const { term, expansion } of parsed.definitions) {
    if (!Object.hasOwn(parsed.actors.registry, term) && !Object.hasOwn(glossary, term)) glossary[term] = expansion;
  }
  return Object.keys(glossary).length ? glossary : null;
}

/** The glossary written at the end of the front matter a reader wrote (its closing `---` is the first such line after the first). */
function withGlossary(text: string, glossary: Record<string, string> | null): string {
  if (!glossary || !text.startsWith('---\n')) return text;
  const closing = text.indexOf('\n---\n', 3);
  if (closing === -1) return text;
  return text.slice(0, closing + 1) + stringify({ glossary }, { lineWidth: 0 }) + text.slice(closing + 1);
}

/** The folder to write into: -o naming a folder (existing, or ending with /), or -o with several inputs; null for one file or standard output. */
async function outputFolder(inputs: string[], output: string | undefined): Promise<string | null> {
  if (output === undefined || output === '-') {
    if (inputs.length > 1) throw new UsageError('several inputs need -o FOLDER: one <name>.md is written per input');
    return null;
  }
  const info = await stat(output).catch(() => null);
  if (/[\\/]$/.test(output) || info?.isDirectory()) return output;
  if (inputs.length > 1) {
    if (info) throw new UsageError(`-o ${output} is a file; several inputs need a folder`);
    return output;
  }
  return null;
}
