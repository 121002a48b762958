import type { Point } from 'unist';
import type { Fix } from '../diagnostics.js';
import type { ActionRecord } from '../model/build.js';
import type { ParsedMinutes } from '../parse.js';

export type RuleSeverity = 'error' | 'warn';

/** One check of the model or its syntax. Each rule lives in its own file under src/lint/rules/. */
export interface Rule {
  id: string;
  /** One line: what the rule wants. */
  description: string;
  defaultSeverity: RuleSeverity;
  /** True when `--fix` can correct what the rule reports. */
  fixable?: boolean;
  check(context: RuleContext): void;
}

export interface Problem {
  message: string;
  start: Point;
  end?: Point;
  fix?: Fix;
}

export interface RuleContext {
  parsed: ParsedMinutes;
  report(problem: Problem): void;
  /** Start and end points of a range of offsets in the file. */
  span(start: number, end: number): { start: Point; end: Point };
}

/** Where problems with an action are reported: its text (the task item's first paragraph). */
export function actionPlace(record: ActionRecord): { start: Point; end?: Point } {
  const paragraph = record.node.children[0];
  return { start: paragraph?.position?.start ?? record.node.position!.start, end: paragraph?.position?.end };
}
