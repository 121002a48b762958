import { filterEntries, type OwnerQuery, sortEntries, type Entry } from '../../actions/entries.js';
import { ActorMatcher } from '../../model/actors.js';
import { registerEntries } from '../../series/entries.js';
import { buildRegister } from '../../series/register.js';
import { loadSeries } from '../series-files.js';
import { writeReminders } from '../reminders.js';
import { renderCsv, type CsvOptions } from '../../actions/formats/csv.js';
import { renderIcs } from '../../actions/formats/ics.js';
import { renderMarkdownList } from '../../actions/formats/markdown.js';
import { renderTable } from '../../actions/formats/table.js';
import { ConfigResolver } from '../../config/config.js';
import { STDIN } from '../../io/inputs.js';
import { findFiles } from '../files.js';
import { checkFromOption } from '../from-option.js';
import { chalkFor, EXIT, UsageError, type CliIO } from '../context.js';
import type { ACTION_FORMATS } from '../options.js';
import { emit } from '../output.js';
import { dateOption, localToday } from '../today.js';

export interface ActionsOptions {
  owner?: string[];
  status: 'open' | 'done' | 'all';
  dueBefore?: string;
  dueAfter?: string;
  overdue?: boolean;
  today?: string;
  kind?: 'action' | 'deadline';
  deadlines: boolean;
  format: (typeof ACTION_FORMATS)[number];
  csvBom?: boolean;
  csvDelimiter?: string;
  history?: boolean;
  failOnOverdue?: boolean;
  icsEvents?: boolean;
  fromAddress?: string;
  output?: string;
  config?: string;
  color?: boolean;
  from?: string;
}


/** --csv-bom and --csv-delimiter, which only --format csv takes; the delimiter is one character other than `"`, CR and LF, or `\t` for a tab. */
function csvOptions(options: ActionsOptions): CsvOptions {
  if (options.format !== 'csv') {
    const given = [options.csvBom ? '--csv-bom' : '', options.csvDelimiter !== undefined ? '--csv-delimiter' : ''].filter(Boolean);
    if (given.length) throw new UsageError(`${given.join(' and ')} ${given.length === 1 ? 'applies' : 'apply'} only to --format csv`);
    return {};
  }
  const value = options.csvDelimiter;
  const delimiter = value === '\\t' ? '\t' : value;
  if (delimiter !== undefined && ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter))) {
    throw new UsageError(`--csv-delimiter takes one character other than a double quote or a line break, such as ";" or \\t for a tab (got ${JSON.stringify(value)})`);
  }
  return { delimiter, bom: options.csvBom };
}

/**
 * The width the table fits: the terminal's, or when piped the COLUMNS environment variable (a positive
 * integer); undefined (whole lines) otherwise, and for -o FILE.
 */
function tableWidth(options: ActionsOptions, io: CliIO): number | undefined {
  if (options.output) return undefined;
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const columns = io.env.COLUMNS?.trim();
  return columns && /^\d+$/.test(columns) && Number(columns) > 0 ? Number(columns) : undefined;
}

export async function actionsCommand(paths: string[], options: ActionsOptions, io: CliIO): Promise<number> {
  const today = dateOption('--today', options.today) ?? localToday();
  const dueBefore = dateOption('--due-before', options.dueBefore);
  const dueAfter = dateOption('--due-after', options.dueAfter);
  const csv = csvOptions(options);
  if (options.kind === 'deadline' && !options.deadlines) throw new UsageError('--kind deadline and --no-deadlines exclude each other');

  const configs = new ConfigResolver(options.config);
  await checkFromOption(options.from);
  const files = await findFiles(paths.length ? paths : ['.'], configs, options.from);
  // Each action once, in its current state across the meetings of its series.
  const { series, registry, failed } = await loadSeries(files, configs, io, options.from);
  let status: number = failed ? EXIT.problems : EXIT.ok;
  const entries: Entry[] = [];
  for (const one of series) {
    for (const entry of registerEntries(buildRegister(one.meetings), today, options.history)) entries.push(entry); // not push(...): a series may hold 100,000 entries
  }
  // --owner takes codes, names and aliases, in any case; a group stands for its members.
  const actors = new ActorMatcher(registry);
  const owners: OwnerQuery[] = [];
  for (const owner of options.owner ?? []) {
    const code = actors.resolve(owner) ?? Object.keys(registry).find((candidate) => candidate.toLowerCase() === owner.toLowerCase()) ?? null;
    if (code === null) io.stderr.write(`minutes: warning: --owner ${owner} is not an actor in any file read\n`);
    owners.push({ code: code ?? owner, members: code ? actors.membersOf(code) : [] });
  }

  const selected = sortEntries(
    filterEntries(entries, {
      owners,
      status: options.status,
      dueBefore,
      dueAfter,
      overdue: options.overdue,
      kind: options.kind,
      deadlines: options.deadlines,
    }),
  );
  if (options.format === 'eml') {
    await writeReminders(selected, registry, { from: options.fromAddress ?? (await configs.forFile(files[0] === STDIN ? 'stdin.md' : files[0]!)).remindersFrom, today, output: options.output }, io);
  } else {
    if (options.format === 'ics') {
      const undated = selected.filter((entry) => entry.due === null).length;
      if (undated) io.stderr.write(`minutes: ${undated} ${undated === 1 ? 'entry has' : 'entries have'} no due date and ${undated === 1 ? 'is' : 'are'} not in the calendar\n`);
    }
    await emit(render(selected, options, csv, io), options.output, io);
  }
  // Actions owed by someone; a deadline read in the prose (a call that closed) is not a failure of anyone's.
  const overdue = selected.filter((entry) => entry.overdue && entry.kind === 'action').length;
  if (options.failOnOverdue && overdue) {
    io.stderr.write(`minutes: ${overdue} open ${overdue === 1 ? 'action is' : 'actions are'} overdue\n`);
    status = EXIT.problems;
  }
  return status;
}

function render(entries: Entry[], options: ActionsOptions, csv: CsvOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'csv':
      return renderCsv(entries, csv);
    case 'ics':
      return renderIcs(entries, { events: Boolean(options.icsEvents) });
    case 'eml':
      return ''; // written by writeReminders
    case 'md':
      return renderMarkdownList(entries);
    case 'table': {
      return renderTable(entries, {
        width: tableWidth(options, io),
        chalk: chalkFor(options.output ? {} : io.stdout, io.env, options.color),
      });
    }
  }
}
