import { isSuppressed } from '../lint/directives.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { compareDiagnostics } from '../lint/diagnostic.js';
import { type LintOptions, severityFor } from '../lint/engine.js';
import { lintText } from '../lint/fix.js';
import { RULES } from '../lint/rules/index.js';
import { type MeetingRecord, meetingRecord } from './record.js';
import { buildRegister, isCarried, type Register } from './register.js';
import { groupSeries, type Series } from './series.js';

/**
 * What the series rules find in a series, by meeting: diagnostics in the file of the meeting they are
 * about, switched off by that file's directives like any other.
 */
export function seriesDiagnostics(series: Series, options: LintOptions = {}, register: Register = buildRegister(series.meetings)): Map<MeetingRecord, Diagnostic[]> {
  const found = new Map<MeetingRecord, Diagnostic[]>(series.meetings.map((record) => [record, []]));
  if (series.meetings.length < 2) return found;
  for (const rule of RULES) {
    const setting = severityFor(rule, options);
    if (!rule.checkSeries || setting === 'off' || (options.only && !options.only(rule))) continue;
    rule.checkSeries({
      series,
      register,
      options: { ...rule.options?.defaults, ...options.config?.ruleOptions?.[rule.id] },
      report: (meeting, { message, place }) => {
        const record = series.meetings[meeting]!;
        if (isSuppressed(rule.id, place.line, record.switches)) return;
        found.get(record)!.push({
          ruleId: rule.id,
          severity: setting === 'error' ? 2 : 1,
          message,
          line: place.line,
          column: place.column,
          endLine: place.endLine,
          endColumn: place.endColumn,
          range: place.range,
          subject: place.text,
        });
      },
    });
  }
  return found;
}

/**
 * The diagnostics of each file of a series within it: an open action carried from an earlier meeting is
 * not reported by due-before-meeting (it was due then; action-dropped and the register follow it), nor by
 * action-due or action-owner for what it inherits, and the series rules' findings are added, in order.
 */
export function applySeries(series: Series, diagnosticsOf: ReadonlyMap<MeetingRecord, readonly Diagnostic[]>, options: LintOptions = {}): Map<MeetingRecord, Diagnostic[]> {
  const register = buildRegister(series.meetings);
  const found = seriesDiagnostics(series, options, register);
  // What a carried action need not repeat, by meeting: its due date is not "before the meeting" (it was due
  // then), and a due date or owners left out are inherited from an earlier meeting.
  const exempt = new Map<MeetingRecord, Set<string>>();
  const exemptIn = (record: MeetingRecord) => exempt.get(record) ?? exempt.set(record, new Set()).get(record)!;
  for (const action of register.actions) {
    for (const step of action.steps) {
      if (!isCarried(action, step)) continue;
      const set = exemptIn(register.meetings[step.meeting]!);
      const { occurrence } = step;
      if (occurrence.duePlace) set.add(`due-before-meeting:${occurrence.duePlace.range[0]}`);
      if (!occurrence.due && step.due) set.add(`action-due:${occurrence.place.range[0]}`);
      if (!occurrence.owners.length && step.owners.length) set.add(`action-owner:${occurrence.place.range[0]}`);
    }
  }
  const result = new Map<MeetingRecord, Diagnostic[]>();
  for (const record of series.meetings) {
    const skip = exempt.get(record);
    const own = (diagnosticsOf.get(record) ?? []).filter((d) => !skip?.has(`${d.ruleId}:${d.range[0]}`));
    result.set(record, [...own, ...(found.get(record) ?? [])].sort(compareDiagnostics));
  }
  return result;
}

/** One file to lint with the others of its series: its path and text. */
export interface SeriesFile {
  path: string;
  text: string;
}

/**
 * Lints several files as the command does: each on its own, then the files of each series together
 * (the files of one folder, unless `seriesOf` says otherwise). For library users, tests and the editor.
 */
export function lintFiles(files: readonly SeriesFile[], options: LintOptions = {}, seriesOf?: (record: MeetingRecord) => string | null): { path: string; diagnostics: Diagnostic[] }[] {
  const records = new Map<string, MeetingRecord>();
  const own = new Map<MeetingRecord, Diagnostic[]>();
  const results = files.map(({ path, text }) => {
    const result = lintText(text, { ...options, path });
    if (result.parsed) {
      const record = meetingRecord(result.parsed);
      records.set(path, record);
      own.set(record, result.diagnostics);
    }
    return { path, diagnostics: result.diagnostics };
  });
  const combined = new Map<MeetingRecord, Diagnostic[]>();
  for (const series of groupSeries([...records.values()], seriesOf)) {
    for (const [record, diagnostics] of applySeries(series, own, options)) combined.set(record, diagnostics);
  }
  return results.map(({ path, diagnostics }) => {
    const record = records.get(path);
    return { path, diagnostics: record ? (combined.get(record) ?? diagnostics) : diagnostics };
  });
}
