import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules/index.js';
import { ruleDocsMarkdown } from '../rules/docs.js';
import type { ReportInput } from './types.js';

const level = (severity: string) => (severity === 'warn' ? 'warning' : severity === 'off' ? 'none' : 'error');

/** SARIF 2.1.0, for code-scanning uploads: one run, every rule described from its metadata, one result per problem. */
export function sarif(input: ReportInput): string {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.docs.replace(/\s+/g, ' ') },
    help: { text: rule.docs.replace(/\s+/g, ' '), markdown: ruleDocsMarkdown(rule) },
    defaultConfiguration: { level: level(rule.defaultSeverity) },
    properties: { fixable: rule.fixable },
  }));
  const index = new Map(rules.map((rule, position) => [rule.id, position]));
  const results = input.results.flatMap((result) =>
    result.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? 0,
      level: d.severity === 2 ? 'error' : 'warning',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(result.path, input.cwd),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
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
