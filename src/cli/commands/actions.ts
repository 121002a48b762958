import { entriesOf, filterEntries, type OwnerQuery, sortEntries, type Entry } from '../../actions/entries.js';
import { ActorMatcher, type ActorRegistry, defineOwn } from '../../model/actors.js';
import { renderCsv, type CsvOptions } from '../../actions/formats/csv.js';
import { renderIcs } from '../../actions/formats/ics.js';
import { renderMarkdownList } from '../../actions/formats/markdown.js';
import { renderTable } from '../../actions/formats/table.js';
import { ConfigResolver } from '../../config/config.js';
import { isIsoShaped, isValidIsoDate } from '../../model/dates.js';
import { STDIN } from '../../io/inputs.js';
import { findFiles } from '../files.js';
import { loadMinutes } from '../../io/load.js';
import { chalkFor, EXIT, UsageError, type CliIO } from '../context.js';
import type { ACTION_FORMATS } from '../options.js';
import { emit, problemLine } from '../output.js';

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
  output?: string;
  config?: string;
  color?: boolean;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoShaped(value)) throw new UsageError(`${name} takes a date as YYYY-MM-DD (got "${value}")`);
  if (!isValidIsoDate(value)) throw new UsageError(`${name} ${value} is not a day of the calendar`);
  return value;
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

/** Today in the local time zone, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function actionsCommand(paths: string[], options: ActionsOptions, io: CliIO): Promise<number> {
  const today = dateOption('--today', options.today) ?? localToday();
  const dueBefore = dateOption('--due-before', options.dueBefore);
  const dueAfter = dateOption('--due-after', options.dueAfter);
  const csv = csvOptions(options);
  if (options.kind === 'deadline' && !options.deadlines) throw new UsageError('--kind deadline and --no-deadlines exclude each other');

  const configs = new ConfigResolver(options.config);
  const files = await findFiles(paths.length ? paths : ['.'], configs);
  let status: number = EXIT.ok;
  const entries: Entry[] = [];
  const registry: ActorRegistry = {};
  for (const file of files) {
    const result = await loadMinutes(file, configs, io.stdin);
    if (!result.ok) {
      const { problem } = result;
      io.stderr.write(problemLine(file === STDIN ? '<stdin>' : file, problem.line, problem.column, `${problem.message} (skipped)`));
      status = EXIT.problems;
      continue;
    }
    for (const [code, actor] of Object.entries(result.actors.registry)) defineOwn(registry, code, actor);
    for (const entry of entriesOf(result.model, today)) entries.push(entry); // not push(...): a file may hold 100,000 entries
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
  await emit(render(selected, options, csv, io), options.output, io);
  return status;
}

function render(entries: Entry[], options: ActionsOptions, csv: CsvOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'csv':
      return renderCsv(entries, csv);
    case 'ics':
      return renderIcs(entries);
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
