import type { Point } from 'unist';
import type { ResolvedConfig, RuleSetting } from '../config.js';
import { compareDiagnostics, createDiagnostic, type Diagnostic } from '../diagnostics.js';
import { parseMinutesBytes, type ParsedMinutes, type ParseResult } from '../parse.js';
import { isSuppressed, readDirectives, unknownDirectiveRules } from './directives.js';
import type { Rule } from './rule.js';
import { RULES, RULES_BY_ID } from './rules/index.js';

export interface LintOptions {
  /** Severities from the configuration file. */
  config?: Pick<ResolvedConfig, 'rules'>;
  /** Severities from the command line, which win over the configuration. */
  overrides?: Record<string, RuleSetting>;
}

export interface LintResult {
  path: string | null;
  diagnostics: Diagnostic[];
  /** The parse, when the file could be parsed (for fixes). */
  parsed: ParsedMinutes | null;
}

/** The severity in force for a rule: its default, then the configuration, then the command line. */
export function severityFor(rule: Rule, options: LintOptions): RuleSetting {
  return options.overrides?.[rule.id] ?? options.config?.rules[rule.id] ?? rule.defaultSeverity;
}

/** Runs every enabled rule on a parsed file and returns its diagnostics, sorted, directives applied. */
export function lintParsed(parsed: ParsedMinutes, options: LintOptions = {}): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const file = parsed.path;
  for (const rule of RULES) {
    const setting = severityFor(rule, options);
    if (setting === 'off') continue;
    const severity = setting === 'warn' ? 'warning' : 'error';
    rule.check({
      parsed,
      report: (problem) => {
        diagnostics.push(
          createDiagnostic({
            ruleId: rule.id,
            severity,
            message: problem.message,
            place: problem.end ? { start: problem.start, end: problem.end } : problem.start,
            file,
            fix: problem.fix,
          }),
        );
      },
      span: (start, end) => ({ start: pointOf(parsed, start), end: pointOf(parsed, end) }),
    });
  }
  const switches = readDirectives(parsed.tree);
  for (const { id, line } of unknownDirectiveRules(switches, (id) => RULES_BY_ID.has(id))) {
    diagnostics.push(
      createDiagnostic({
        ruleId: 'unknown-rule',
        severity: 'error',
        message: `directive names "${id}", which is not a rule: use one of the ids \`minutes rules\` lists`,
        place: { line, column: 1 },
        file,
      }),
    );
  }
  return diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, switches)).sort(compareDiagnostics);
}

function pointOf(parsed: ParsedMinutes, offset: number): Point {
  return parsed.place.toPoint(offset) ?? parsed.place.toPoint(parsed.text.length) ?? { line: 1, column: 1 };
}

/** Lints a parse result: a file that could not be parsed gives its one fatal diagnostic. */
export function lintResult(result: ParseResult, options: LintOptions = {}): LintResult {
  if (!result.ok) return { path: result.path, diagnostics: [result.diagnostic], parsed: null };
  return { path: result.path, diagnostics: lintParsed(result, options), parsed: result };
}

/** Parses and lints one file's text, configuration applied: the whole of `minutes lint` for one file. */
export function lintText(
  text: string | Uint8Array,
  options: LintOptions & { path?: string | null; config?: ResolvedConfig } = {},
): LintResult {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const result = parseMinutesBytes(bytes, {
    path: options.path ?? null,
    actors: options.config?.actors,
    glossary: options.config?.glossary,
  });
  return lintResult(result, options);
}
