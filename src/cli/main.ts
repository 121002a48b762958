import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config/config.js';
import { InputError } from '../io/load.js';
import { EXIT, UsageError, type CliIO } from './context.js';
import { ACTION_FORMATS, DEFAULT_CACHE, EXPORT_FORMATS } from './options.js';

// Each command's code is loaded only when it runs (the bundle splits it off), so that `minutes lint`
// does not start by loading the HTML renderer, and so on.

declare const MINUTES_VERSION: string;

function buildProgram(io: CliIO, setStatus: (code: number) => void): Command {
  const program = new Command('minutes')
    .description('Compile, check and publish meeting minutes written in Markdown with YAML front matter.')
    .version(typeof MINUTES_VERSION === 'string' ? MINUTES_VERSION : '0.0.0-dev', '-V, --version', 'print the version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's own errors (unknown option, invalid choice, …) start with "error: "; ours with "minutes: ".
      outputError: (text, write) => write(`minutes: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 all well; 1 problems found (lint errors, files that do not parse, files not canonical);
2 usage errors, missing paths, invalid configuration, internal failures.

Examples:
  minutes lint minutes/                        check every *.md below minutes/
  minutes export meeting.md --format json      print the typed model
  minutes actions minutes/ --owner COM         open follow-ups of the Commission`,
    );

  const version = typeof MINUTES_VERSION === 'string' ? MINUTES_VERSION : '0.0.0-dev';
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  program
    .command('lint')
    .description('Check minutes files against the format and the lint rules')
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; - reads standard input', [])
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--max-warnings <n>', 'fail (exit 1) when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('-r, --rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--fix', 'correct what is certain (numbering, due dates) in place, atomically')
    .option('--no-color', 'no colours, even on a terminal')
    .option('--stdin-filename <name>', 'the name to report standard input under')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--cache', 'reuse the results of files unchanged since the last run with --cache')
    .option('--cache-location <file>', `where --cache keeps its results (default ${DEFAULT_CACHE})`)
    .addHelpText('after', '\nRules: see `minutes rules`. Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems, 2 usage errors.')
    .action(async (paths: string[], options) => setStatus(await (await import('./commands/lint.js')).lintCommand(paths, options, io, version)));

  program
    .command('actions')
    .description('List action items and deadlines across meetings: who owes what, by when, and what is late')
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; - reads standard input', [])
    .option('--owner <code>', 'only entries owned by this actor (repeatable; any of them matches)', collect)
    .addOption(new Option('--status <status>', 'open, done or all').choices(['open', 'done', 'all']).default('open'))
    .option('--due-before <date>', 'only entries due before this date (YYYY-MM-DD)')
    .option('--due-after <date>', 'only entries due after this date (YYYY-MM-DD)')
    .option('--overdue', 'only open entries due before today')
    .option('--today <date>', 'the date --overdue counts from (default: today)')
    .addOption(new Option('--kind <kind>', 'only action items, or only deadlines found in the prose').choices(['action', 'deadline']))
    .option('--no-deadlines', 'leave out deadlines found in the prose')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...ACTION_FORMATS]).default('table'))
    .option('--csv-bom', 'with --format csv: start with a UTF-8 byte order mark, for Excel')
    .option('--csv-delimiter <char>', 'with --format csv: the field separator, one character (default ","; ";" for Excel in most EU locales, \\t for a tab)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--no-color', 'no colours, even on a terminal')
    .addHelpText('after', '\nSorted by due date (undated last), then meeting date, file and line. Deadlines are always open.')
    .action(async (paths: string[], options) => setStatus(await (await import('./commands/actions.js')).actionsCommand(paths, options, io)));

  program
    .command('fmt')
    .description('Print minutes in canonical form, or check (--check) or rewrite (--write) files in place')
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; - reads standard input, as does giving none when input is piped')
    .option('--check', 'list the files not in canonical form and exit 1 if there are any')
    .option('--write', 'rewrite files not in canonical form, atomically; canonical files are left untouched')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .action(async (paths: string[], options, command: Command) =>
      setStatus(await (await import('./commands/fmt.js')).fmtCommand(paths, options, io, () => command.help({ error: true }))),
    );

  program
    .command('rules')
    .description('List the lint rules with their default severity and whether --fix corrects them')
    .addOption(new Option('-f, --format <format>', 'text, or json with each rule\'s documentation and examples').choices(['text', 'json']).default('text'))
    .action(async (options) => setStatus((await import('./commands/rules.js')).rulesCommand(options, io)));

  program
    .command('export')
    .description('Write minutes files as their typed model (JSON), canonical Markdown or a standalone HTML page')
    .argument('[files...]', 'minutes files; - reads standard input, as does giving none when input is piped')
    .addOption(new Option('-f, --format <format>', 'json (schemas/minutes.schema.json), md or html').choices([...EXPORT_FORMATS]).default('json'))
    .option('-o, --output <path>', 'write to a file (atomically); for md and html with several inputs, a folder (html adds index.html)')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .action(async (files: string[], options, command: Command) =>
      setStatus(await (await import('./commands/export.js')).exportCommand(files, options, io, () => command.help({ error: true }))),
    );

  return program;
}

/** Runs the `minutes` command line with the given arguments (without node and script) and returns the exit code. */
export async function run(args: readonly string[], io: CliIO): Promise<number> {
  let status: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    status = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return status;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    // Help and version end with exit code 0; commander has already printed its message (with the
    // "minutes: " prefix, see outputError) or the usage.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof InputError || error instanceof ConfigError) {
    io.stderr.write(`minutes: ${error.message}\n`);
    return EXIT.usage;
  }
  const failure = error as Error;
  if ((failure as NodeJS.ErrnoException)?.code === 'EPIPE') return EXIT.ok;
  io.stderr.write(`minutes: internal error: ${failure?.message ?? String(error)}\n`);
  if (io.env.MINUTES_DEBUG) io.stderr.write(`${failure?.stack ?? ''}\n`);
  else io.stderr.write('minutes: this is a bug; run again with MINUTES_DEBUG=1 for details and report it\n');
  return EXIT.usage;
}
