import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PARSE_ERROR } from '../../parse.js';
import type { RuleSetting } from '../../config.js';
import { RULES } from '../rules/index.js';
import type { ReportInput } from './types.js';

const EXTRA_RULES = [
  { id: PARSE_ERROR, description: 'The file can be read: UTF-8 text, valid YAML front matter that is a mapping.', defaultSeverity: 'error' as const },
  { id: 'unknown-rule', description: 'Directives name existing rules.', defaultSeverity: 'error' as const },
];

const level = (setting: RuleSetting | 'warn' | 'error') => (setting === 'warn' ? 'warning' : 'error');

/** SARIF 2.1.0, for code-scanning uploads: one run, every rule described, one result per problem. */
export function sarif(input: ReportInput): string {
  const rules = [...RULES, ...EXTRA_RULES].map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: level(rule.defaultSeverity) },
  }));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const results = input.results.flatMap((result) =>
    result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? 0,
      level: d.fatal ? 'error' : 'warning',
      message: { text: d.reason },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(result.path, input.cwd),
            region: {
              startLine: d.line ?? 1,
              startColumn: d.column ?? 1,
              ...(d.place && 'start' in d.place ? { endLine: d.place.end.line, endColumn: d.place.end.column } : {}),
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'minutes', version: input.version, rules } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(`${input.cwd}${path.sep}`).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function artifact(file: string | null, cwd: string) {
  if (file === null) return { uri: 'stdin' };
  const relative = path.relative(cwd, path.resolve(cwd, file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
