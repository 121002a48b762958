import type { Range } from '../model/build.js';
import type { ActionRecord, OwnerRecord } from '../model/build.js';
import type { ParsedMinutes } from '../model/parse.js';
import type { Place } from '../series/record.js';
import type { Register } from '../series/register.js';
import type { Series } from '../series/series.js';
import type { TextEdit } from './diagnostic.js';

export type RuleSeverity = 'error' | 'warn' | 'off';

/** A minutes file that shows a rule at work, run as the rule's test and printed in its documentation. */
export interface RuleExample {
  /** What the example shows, in a few words. */
  title: string;
  /** A whole minutes file. */
  text: string;
  /** The rule's options for this example, when not the defaults. */
  options?: Record<string, unknown>;
  /** For a series rule: the files of the series (`text` is then the first file, for the documentation). */
  files?: { path: string; text: string }[];
  /**
   * What the rule reports on it, exactly, in order, as `line:column message`; empty for a valid
   * example. Only this rule's diagnostics count.
   */
  messages: string[];
  /** The file after `--fix`, for a fixable rule's invalid examples. */
  output?: string;
}

/** What a rule says about itself: the registry, `minutes rules`, the README, docs/rules.md and SARIF read it. */
export interface RuleMeta {
  id: string;
  /** One line: what the rule wants. */
  description: string;
  defaultSeverity: RuleSeverity;
  /** True when the rule's reports carry fixes that `--fix` and `fmt` apply. */
  fixable: boolean;
  /** Why the rule exists and what it accepts, in a few sentences of Markdown. */
  docs: string;
  examples: RuleExample[];
  /** Options a configuration may give the rule (`rules: { id: [warn, { … }] }`): their JSON Schema and defaults. */
  options?: { schema: Record<string, unknown>; defaults: Record<string, unknown> };
}

/**
 * One check of the model or its syntax, each in its own file under src/lint/rules/. `check` is absent for
 * the two rules the engine itself reports: `parse-error` and `unknown-rule`.
 */
export interface Rule extends RuleMeta {
  /** A check of one file. */
  check?(context: RuleContext): void;
  /** A check of a meeting series: the files of one body, in order (see src/series/). */
  checkSeries?(context: SeriesRuleContext): void;
}

export interface SeriesRuleContext {
  series: Series;
  register: Register;
  options: Record<string, unknown>;
  /** Reports a problem in the meeting at `meeting` (its index in the series), at a place in that file. */
  report(meeting: number, problem: { message: string; place: Place }): void;
}

export interface Problem {
  message: string;
  /** Offsets in the file's text, `[start, end)`, inside the document. */
  range: Range;
  /** The source text `range` covers as the rule read it, or null when it points at no particular text. */
  subject: string | null;
  fix?: TextEdit;
}

export interface RuleContext {
  parsed: ParsedMinutes;
  /** The rule's options: its defaults, with what the configuration sets. */
  options: Record<string, unknown>;
  report(problem: Problem): void;
}

/** A problem about an action as a whole, pointing at its text. */
export function atAction(record: ActionRecord): Pick<Problem, 'range' | 'subject'> {
  return { range: record.range, subject: null };
}

/** A problem about one owner of an action, pointing at the owner as written. */
export function atOwner(parsed: ParsedMinutes, owner: OwnerRecord): Pick<Problem, 'range' | 'subject'> {
  return atText(parsed, owner.range);
}

/** A problem about the text at `range`, whose subject is that text as written in the file. */
export function atText(parsed: ParsedMinutes, range: Range): Pick<Problem, 'range' | 'subject'> {
  return { range, subject: parsed.text.slice(range[0], range[1]) };
}
