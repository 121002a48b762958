import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { lintResult } from '../../src/lint/engine.js';
import { lintText } from '../../src/lint/fix.js';
import { github } from '../../src/lint/reporters/github.js';
import { json } from '../../src/lint/reporters/json.js';
import { sarif } from '../../src/lint/reporters/sarif.js';
import { stylish } from '../../src/lint/reporters/stylish.js';
import { parseMinutes } from '../../src/model/parse.js';
import { RULES } from '../../src/lint/rules/index.js';
import { frontMatter } from '../helpers.js';

const require = createRequire(import.meta.url);
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// CommonJS packages: their default export through require, typed from their declarations.
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const text = `${frontMatter()}## 1. A\n\nThe REC, call.\n\n## 3. B\n\n- [ ] COM: Act\n`;
const results = [
  lintText(text, { path: 'minutes/a,b.md' }),
  lintResult(parseMinutes('---\ntitle: [\n---\n', { path: 'broken.md' })),
  lintText(`${frontMatter()}## 1. Fine\n\nx\n`, { path: 'clean.md' }),
];
const input = { results, version: '1.2.3', cwd: process.cwd() };

describe('stylish', () => {
  it('groups problems by file with line:column, severity, message and rule, then a summary', () => {
    const output = stylish(input, new Chalk({ level: 0 }));
    expect(output).toBe(
      [
        '',
        'minutes/a,b.md',
        '  11:5  warning  "REC" is neither an actor nor in the glossary: add it under `glossary:` (or `actors:`) in the front matter or minutes.config.yaml  undefined-abbreviation',
        '  13:4  error    agenda item 2 is numbered `3.`; expected `2.`: renumber it  numbering',
        '  15:7  warning  open action has no due date: end it with `(due YYYY-MM-DD)`  action-due',
        '',
        'broken.md',
        '  2:9  error  front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]  parse-error',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('colours only when given a colour level, and prints nothing when all is well', () => {
    expect(stylish(input, new Chalk({ level: 1 }))).toContain('\u001b[31merror');
    expect(stylish(input, new Chalk({ level: 0 }))).not.toContain('\u001b[');
    expect(stylish({ ...input, results: [results[2]!] }, new Chalk({ level: 1 }))).toBe('');
  });
});

describe('json', () => {
  it("writes ESLint's format, with fatal set on files that do not parse", () => {
    const files = JSON.parse(json(input));
    expect(files.map((f: { filePath: string }) => f.filePath)).toEqual(['minutes/a,b.md', 'broken.md', 'clean.md']);
    expect(files[0]).toMatchObject({ errorCount: 1, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 0 });
    expect(files[0].messages[1]).toEqual({
      ruleId: 'numbering',
      severity: 2,
      message: 'agenda item 2 is numbered `3.`; expected `2.`: renumber it',
      line: 13,
      column: 4,
      endLine: 13,
      endColumn: 6,
      fix: { range: [expect.any(Number), expect.any(Number)], text: '2.' },
    });
    expect(files[1].messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 2, column: 9 });
    expect(files[2]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });
});

describe('sarif', () => {
  const log = JSON.parse(sarif(input));

  it('validates against the official SARIF 2.1.0 schema', () => {
    // The official schema's patterns are not valid in unicode mode, and it uses uri formats.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes every rule and points each result at its rule, file and region', () => {
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'minutes', version: '1.2.3' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    const numbering = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'numbering');
    expect(driver.rules[numbering.ruleIndex].id).toBe('numbering');
    expect(numbering).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'minutes/a%2Cb.md', uriBaseId: 'SRCROOT' }, region: { startLine: 13, startColumn: 4 } } }],
    });
    expect(log.runs[0].results).toHaveLength(4);
  });
});

describe('github', () => {
  it('writes one workflow command per problem, escaping what GitHub requires', () => {
    const lines = github(input).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('::error file=minutes/a%2Cb.md,line=13,col=4,endLine=13,endColumn=6,title=numbering::agenda item 2 is numbered `3.`; expected `2.`: renumber it');
    expect(lines[3]).toMatch(/^::error file=broken\.md,line=2,col=9,endLine=\d+,endColumn=\d+,title=parse-error::front matter is not valid YAML/);
  });
});
