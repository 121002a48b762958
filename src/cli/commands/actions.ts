import { entriesOf, filterEntries, sortEntries, type Entry } from '../../actions/entries.js';
import { renderCsv } from '../../actions/formats/csv.js';
import { renderIcs } from '../../actions/formats/ics.js';
import { renderMarkdownList } from '../../actions/formats/markdown.js';
import { renderTable } from '../../actions/formats/table.js';
import { ConfigResolver } from '../../config/config.js';
import { isValidIsoDate } from '../../model/dates.js';
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
  output?: string;
  config?: string;
  color?: boolean;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isValidIsoDate(value)) throw new UsageError(`${name} takes a date as YYYY-MM-DD (got "${value}")`);
  return value;
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
  if (options.kind === 'deadline' && !options.deadlines) throw new UsageError('--kind deadline and --no-deadlines exclude each other');

  const configs = new ConfigResolver(options.config);
  const files = await findFiles(paths.length ? paths : ['.'], configs);
  let status: number = EXIT.ok;
  const entries: Entry[] = [];
  const knownActors = new Set<string>();
  for (const file of files) {
    const result = await loadMinutes(file, configs, io.stdin);
    if (!result.ok) {
      const { problem } = result;
      io.stderr.write(problemLine(file === STDIN ? '<stdin>' : file, problem.line, problem.column, `${problem.message} (skipped)`));
      status = EXIT.problems;
      continue;
    }
    for (const code of Object.keys(result.model.actors)) knownActors.add(code);
    for (const entry of entriesOf(result.model, today)) entries.push(entry); // not push(...): a file may hold 100,000 entries
  }
  for (const owner of options.owner ?? []) {
    if (!knownActors.has(owner)) io.stderr.write(`minutes: warning: --owner ${owner} is not an actor in any file read\n`);
  }

  const selected = sortEntries(
    filterEntries(entries, {
      owners: options.owner,
      status: options.status,
      dueBefore,
      dueAfter,
      overdue: options.overdue,
      kind: options.kind,
      deadlines: options.deadlines,
    }),
  );
  await emit(render(selected, options, io), options.output, io);
  return status;
}

function render(entries: Entry[], options: ActionsOptions, io: CliIO): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'csv':
      return renderCsv(entries);
    case 'ics':
      return renderIcs(entries);
    case 'md':
      return renderMarkdownList(entries);
    case 'table': {
      const toTerminal = !options.output && io.stdout.isTTY;
      return renderTable(entries, {
        width: toTerminal ? io.stdout.columns : undefined,
        chalk: chalkFor(options.output ? {} : io.stdout, io.env, options.color),
      });
    }
  }
}
