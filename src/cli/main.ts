import { Command, CommanderError, Option } from 'commander';
import { ConfigError } from '../config.js';
import { InputError } from '../io/load.js';
import { EXIT, UsageError, type CliIO } from './context.js';
import { exportCommand } from './commands/export.js';

declare const MINUTES_VERSION: string;

function buildProgram(io: CliIO, setStatus: (code: number) => void): Command {
  const program = new Command('minutes')
    .description('Compile, check and publish meeting minutes written in Markdown with YAML front matter.')
    .version(typeof MINUTES_VERSION === 'string' ? MINUTES_VERSION : '0.0.0-dev', '-V, --version')
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
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

  program
    .command('export')
    .description('Print the typed model of minutes files (JSON, validated by schemas/minutes.schema.json)')
    .argument('[files...]', 'minutes files; - or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json']).default('json'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of standard output')
    .option('-c, --config <file>', 'use this configuration instead of the nearest minutes.config.yaml')
    .action(async (files: string[], options) => setStatus(await exportCommand(files, options, io)));

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
    // Help and version end with exit code 0; commander has already printed its usage message.
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
