import type { ResolvedConfig, RuleSetting } from '../config/config.js';
import type { Range } from '../model/build.js';
import type { FailedParse, ParsedMinutes, ParseResult } from '../model/parse.js';
import { closestWord } from '../model/text.js';
import { compareDiagnostics, type Diagnostic, type TextEdit } from './diagnostic.js';
import { isSuppressed, readDirectives, unknownDirectiveRules } from './directives.js';
import type { Problem, Rule } from './rule.js';
import { PARSE_ERROR, RULES, RULES_BY_ID, UNKNOWN_RULE } from './rules/index.js';

export interface LintOptions {
  /** Severities (and, for `lintText`, the actors and glossary) from the configuration file. */
  config?: Pick<ResolvedConfig, 'rules'> & Partial<ResolvedConfig>;
  /** Severities from the command line, which win over the configuration. */
  overrides?: Record<string, RuleSetting>;
  /** Run only these rules (the fixable ones, for `fmt`). */
  only?: (rule: Rule) => boolean;
}

export interface LintResult {
  path: string | null;
  diagnostics: Diagnostic[];
  /** The parse, when the file could be parsed. */
  parsed: ParsedMinutes | null;
}

/** The severity in force for a rule: its default, then the configuration, then the command line. */
export function severityFor(rule: Rule, options: LintOptions): RuleSetting {
  return options.overrides?.[rule.id] ?? options.config?.rules[rule.id] ?? rule.defaultSeverity;
}

/** A report that cannot be right: a range outside the document, or a subject that is not the text it covers. */
export class ReportError extends Error {
  override name = 'ReportError';
}

/** Runs every enabled rule on a parsed file and returns its diagnostics, sorted, directives applied. */
export function lintParsed(parsed: ParsedMinutes, options: LintOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const severityOf = (rule: Rule) => severityFor(rule, options);
  for (const rule of RULES) {
    const setting = severityOf(rule);
    if (!rule.check || setting === 'off' || (options.only && !options.only(rule))) continue;
    rule.check({
      parsed,
      options: { ...rule.options?.defaults, ...options.config?.ruleOptions?.[rule.id] },
      report: (problem) => diagnostics.push(diagnosticFor(parsed, rule.id, setting, problem)),
    });
  }
  const switches = readDirectives(parsed.tree, parsed.text, parsed.locate);
  const unknownRule = RULES_BY_ID.get(UNKNOWN_RULE)!;
  const unknownSetting = severityOf(unknownRule);
  if (unknownSetting !== 'off' && !options.only) {
    for (const { id, range } of unknownDirectiveRules(switches, (id) => RULES_BY_ID.has(id))) {
      const suggestion = closestWord(id, RULES_BY_ID.keys());
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : 'use one of the ids `minutes rules` lists';
      diagnostics.push(diagnosticFor(parsed, UNKNOWN_RULE, unknownSetting, { message: `directive names "${id}", which is not a rule: ${hint}`, range, subject: id }));
    }
  }
  return diagnostics.filter((diagnostic) => !isSuppressed(diagnostic.ruleId, diagnostic.line, switches)).sort(compareDiagnostics);
}

/** The diagnostic for a rule's report, positions converted from its offsets. Refuses a report that cannot be right. */
function diagnosticFor(parsed: ParsedMinutes, ruleId: string, setting: 'warn' | 'error', problem: Problem): Diagnostic {
  const [start, end] = problem.range;
  const length = parsed.text.length;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new ReportError(`rule ${ruleId} reported the range [${start}, ${end}), outside the document (0 to ${length})`);
  }
  if (problem.subject !== null && parsed.text.slice(start, end) !== problem.subject) {
    throw new ReportError(`rule ${ruleId} reported "${problem.subject}" at [${start}, ${end}), which holds "${parsed.text.slice(start, end)}"`);
  }
  const from = parsed.locate.toPoint(start)!;
  const to = parsed.locate.toPoint(end)!;
  return {
    ruleId,
    severity: setting === 'error' ? 2 : 1,
    message: problem.message,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [start, end],
    subject: problem.subject,
    ...(problem.fix ? { fix: checkedEdit(problem.fix, length, ruleId) } : {}),
  };
}

function checkedEdit(edit: TextEdit, length: number, ruleId: string): TextEdit {
  const [start, end] = edit.range;
  if (!(start >= 0 && start <= end && end <= length)) throw new ReportError(`rule ${ruleId} proposed a fix outside the document`);
  return edit;
}

/** The one diagnostic of a file that could not be parsed: ESLint's fatal parse error. */
function parseFailureDiagnostic(failed: FailedParse): Diagnostic {
  const { problem } = failed;
  return {
    ruleId: PARSE_ERROR,
    severity: 2,
    message: problem.message,
    line: problem.line,
    column: problem.column,
    endLine: problem.endLine,
    endColumn: problem.endColumn,
    range: problem.range as Range,
    subject: null,
    fatal: true,
  };
}

/** Lints a parse result: a file that could not be parsed gives its one fatal diagnostic. */
export function lintResult(result: ParseResult, options: LintOptions = {}): LintResult {
  if (!result.ok) return { path: result.path, diagnostics: [parseFailureDiagnostic(result)], parsed: null };
  return { path: result.path, diagnostics: lintParsed(result, options), parsed: result };
}
