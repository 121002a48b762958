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
  const FROM_HELP = 'read files written in another convention, in memory: auto, or a reader that `minutes import --list` names (default: `from:` in minutes.config.yaml, else the minutes format)';
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
    .option('--from <reader>', FROM_HELP)
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
    .option('--history', 'add each entry\'s trail: every meeting that carries it (table: a line per meeting; json and csv: a history)')
    .option('--fail-on-overdue', 'exit 1 when an action listed is overdue (for a scheduled CI job; deadlines read in the prose do not count)')
    .option('--ics-events', 'with --format ics: all-day events instead of to-dos (Outlook and Google Calendar ignore to-dos on import)')
    .option('--from-address <address>', 'with --format eml: the From: of the reminders (default: `reminders: {from}` in minutes.config.yaml)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output; with --format eml, the folder the reminders go to')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--from <reader>', FROM_HELP)
    .option('--no-color', 'no colours, even on a terminal')
    .addHelpText(
      'after',
      '\nEach action is listed once, in its current state across the meetings of its series (the files of one folder).\nSorted by due date (undated last), then meeting date, file and line. Deadlines are always open.',
    )
    .action(async (paths: string[], options) => setStatus(await (await import('./commands/actions.js')).actionsCommand(paths, options, io)));

  program
    .command('fmt')
    .description('Print minutes in canonical form, or check (--check) or rewrite (--write) files in place')
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; - reads standard input, as does giving none when input is piped')
    .option('--check', 'list the files not in canonical form and exit 1 if there are any')
    .option('--write', 'rewrite files not in canonical form, atomically; canonical files are left untouched')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--from <reader>', FROM_HELP)
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
    .argument('[paths...]', 'files, folders (searched for *.md) or globs; - reads standard input, as does giving none when input is piped')
    .addOption(new Option('-f, --format <format>', 'json (schemas/minutes.schema.json), md or html').choices([...EXPORT_FORMATS]).default('json'))
    .option('-o, --output <path>', 'write to a file (atomically); for md and html with several inputs, a folder (html adds index.html)')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--from <reader>', FROM_HELP)
    .action(async (files: string[], options, command: Command) =>
      setStatus(await (await import('./commands/export.js')).exportCommand(files, options, io, () => command.help({ error: true }))),
    );

  program
    .command('next')
    .description('Write the skeleton of the next meeting of a series: front matter carried over, agenda, open actions to follow up')
    .argument('[target]', 'the folder of the series, or one of its files (default: the current folder)')
    .option('--date <date>', 'the date of the next meeting (YYYY-MM-DD), required')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--from <reader>', FROM_HELP)
    .action(async (target: string | undefined, options) => setStatus(await (await import('./commands/next.js')).nextCommand(target, options, io)));

  program
    .command('register')
    .description('Write the register of a series: every action and deadline with its history, decisions, attendance')
    .argument('[paths...]', 'folders, files or globs (default: the current folder)', [])
    .addOption(new Option('-f, --format <format>', 'json (schemas/register.schema.json), md, html or csv').choices(['json', 'md', 'html', 'csv']).default('json'))
    .option('--today <date>', 'the date overdue counts from (default: today)')
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--from <reader>', FROM_HELP)
    .action(async (paths: string[], options) => setStatus(await (await import('./commands/register.js')).registerCommand(paths, options, io)));

  program
    .command('import')
    .description('Convert minutes written in another convention (W3C, TC39, …) into minutes files')
    .argument('[files...]', 'files to convert; - reads standard input')
    .option('--from <reader>', 'the convention the files are written in: auto (the default) or a reader that --list names')
    .option('-o, --output <path>', 'write to a file (atomically); with several inputs, a folder that gets one <name>.md per input')
    .option('--title <title>', 'the meeting title, when the document does not give one')
    .option('--date <date>', 'the meeting date (YYYY-MM-DD), when the document does not give one')
    .option('--body <body>', 'the committee or group that met')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .option('--list', 'name the readers, one line each, and exit')
    .option('--infer-actions', 'write the follow-ups the text records in prose ("Member States were invited to …") as open task items')
    .addHelpText('after', '\nWhat a reader could not read is listed on stderr as file:line: message. Exit codes: 0 converted, 1 a file no reader could read, 2 usage errors.')
    .action(async (files: string[], options, command: Command) =>
      setStatus(await (await import('./commands/import.js')).importCommand(files, options, io, () => command.help({ error: true }))),
    );

  program
    .command('lsp')
    .description('Run the language server for editors: diagnostics, quick fixes, formatting, outline, hover, completion, action ids across a series')
    .option('--stdio', 'talk the Language Server Protocol over standard input and output (the default, and the only transport)')
    .addOption(new Option('--clientProcessId <pid>', 'the editor\'s process id (accepted; the server ends when its input closes)').hideHelp())
    .addHelpText('after', '\nSet-up for VS Code, Neovim and Helix: docs/editors.md. The server ends when the client exits or closes its standard input.')
    .action(async (options) => setStatus(await (await import('./commands/lsp.js')).lspCommand(options, io)));

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
