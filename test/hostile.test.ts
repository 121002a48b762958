import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintParsed } from '../src/lint/engine.js';
import { parseMinutes } from '../src/model/parse.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { FIXTURES, readText, runBin } from './helpers.js';

const HOSTILE = path.join(FIXTURES, 'hostile');
const files = (await readdir(HOSTILE)).filter((name) => name.endsWith('.md')).sort();

const COMMANDS = [
  ['lint'],
  ['export', '--format', 'json'],
  ['export', '--format', 'md'],
  ['export', '--format', 'html'],
  ['actions', '--status', 'all'],
  ['fmt', '--check'],
];

/** What `minutes lint --format json` must say about each hostile file: [line, column, rule, message start]. */
const EXPECTED: Record<string, [number, number, string | null, string][]> = {
  'binary.md': [[1, 1, null, 'the file contains NUL bytes']],
  'utf16.md': [[1, 1, null, 'the file is UTF-16 text; save it as UTF-8']],
  'invalid-utf8.md': [[1, 1, null, 'the file is not valid UTF-8 (first bad byte at offset 19)']],
  'yaml-syntax-error.md': [[3, 18, null, 'front matter is not valid YAML: Flow sequence']],
  'yaml-tabs.md': [[3, 1, null, 'front matter is not valid YAML: Tabs are not allowed as indentation']],
  'yaml-duplicate-keys.md': [[4, 1, null, 'front matter is not valid YAML: Map keys must be unique']],
  'yaml-alias-bomb.md': [[2, 1, null, 'front matter cannot be read: Excessive alias count']],
  'yaml-deep-flow.md': [[2, 1, null, 'front matter is nested too deeply to be read']],
  'yaml-list.md': [[2, 1, null, 'front matter is a list']],
  'yaml-scalar.md': [[2, 1, null, 'front matter is a single string value']],
  'yaml-unclosed.md': [[1, 1, null, 'front matter is not closed']],
  'empty.md': [[1, 1, 'front-matter', 'the file has no front matter']],
  'no-front-matter.md': [[1, 1, 'front-matter', 'the file has no front matter']],
  'front-matter-only.md': [],
  // Line endings: lines and columns count CRLF and a lone CR as one line break.
  'crlf.md': [
    [10, 4, 'numbering', 'agenda item 2 is numbered `3.`'],
    [12, 7, 'unknown-actor', 'owner "COM"'],
    [12, 21, 'invalid-date', 'due date cannot be used: "soonish"'],
  ],
  'cr.md': [
    [10, 4, 'numbering', 'agenda item 2 is numbered `3.`'],
    [12, 7, 'unknown-actor', 'owner "COM"'],
    [12, 21, 'invalid-date', 'due date cannot be used: "soonish"'],
  ],
  'utf8-bom.md': [[6, 4, 'numbering', 'agenda item 1 is numbered `3.`']],
  'dates-and-numbers.md': [
    [3, 7, 'invalid-date', 'meeting date 2019-02-30 is not a day of the calendar'],
    [4, 10, 'front-matter', '`meeting` must be a string or integer'],
    [7, 4, 'numbering', 'agenda item 1 has the malformed number `01.`'],
    [9, 7, 'unknown-actor', 'owner "COM"'],
    [9, 21, 'invalid-date', 'due date cannot be used: 0000-01-01 is not a day of the calendar'],
    [10, 7, 'unknown-actor', 'owner "COM"'],
    [12, 4, 'numbering', 'agenda item 2 has the malformed number `1.1.1.1`'],
    [16, 4, 'numbering', 'agenda item 3 is numbered `999999999999999999999.`'],
  ],
  'yaml-prototype-keys.md': [
    [4, 1, 'front-matter', 'unknown key `__proto__`'],
    [6, 1, 'front-matter', 'unknown key `constructor`'],
    [9, 1, 'front-matter', 'unknown key `prototype`'],
    [11, 3, 'front-matter', '`__proto__` in `actors` is not a valid code'],
    [14, 3, 'front-matter', '`__proto__` in `glossary` is not a valid code'],
  ],
  // A directive shown in code does not silence anything.
  'hidden-directive.md': [[12, 4, 'numbering', 'agenda item 1 is numbered `5.`']],
  'html-injection.md': [], // nothing to report: HTML is a common abbreviation, the raw HTML is only dropped from the page
};

const noTrace = (stderr: string) => expect(stderr).not.toMatch(/internal error|\n\s+at \S+ \(|node:internal/);

describe('every hostile fixture', () => {
  it('has its expectations written down here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(files);
  });

  it.each(files)('%s gives the documented diagnostics through the built command', async (name) => {
    const { code, stdout, stderr } = await runBin(['lint', '--format', 'json', path.join(HOSTILE, name)]);
    noTrace(stderr);
    const [report] = JSON.parse(stdout) as { messages: { line: number; column: number; ruleId: string | null; message: string }[] }[];
    const found = report!.messages.map((m) => [m.line, m.column, m.ruleId, m.message]);
    const expected = EXPECTED[name]!;
    expect(found.map(([line, column, rule]) => [line, column, rule])).toEqual(expected.map(([line, column, rule]) => [line, column, rule]));
    for (const [index, entry] of found.entries()) expect(entry[3]).toContain(expected[index]![3]);
    const errors = report!.messages.filter((m) => m.ruleId !== 'undefined-abbreviation').length;
    expect(code).toBe(errors > 0 ? 1 : 0);
  });

  it.each(files)('%s goes through every command with exit 0 or 1 and no stack trace', async (name) => {
    for (const command of COMMANDS) {
      const { code, stderr } = await runBin([...command, path.join(HOSTILE, name)]);
      expect([0, 1], `${command.join(' ')} ${name}: ${stderr}`).toContain(code);
      noTrace(stderr);
      if (code === 1 && command[0] !== 'lint' && command[0] !== 'fmt') expect(stderr).toMatch(/^.*\.md:\d+:\d+: /);
    }
  });
});

describe('prototype keys', () => {
  it('never reach Object.prototype', async () => {
    const result = parseMinutes(await readText(path.join(HOSTILE, 'yaml-prototype-keys.md')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    lintParsed(result);
    renderHtml(result);
    renderMarkdown(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.keys(result.model.actors)).toEqual(['COM']); // the schema refuses `__proto__` as a code
    expect(Object.getPrototypeOf(result.model.actors)).toBe(Object.prototype);
    expect(result.model.actors.COM).toEqual({ name: 'European Commission', aliases: [] });
  });
});

describe('inputs built to exhaust (npm run test:fuzz runs larger ones through every command)', () => {
  let dir: string;
  const front = '---\ntitle: Big\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'minutes-hostile-'));
    await writeFile(path.join(dir, 'nested-lists.md'), `${front}## 1. A\n\n${'- '.repeat(10_000)}x\n`);
    await writeFile(path.join(dir, 'nested-quotes.md'), `${front}## 1. A\n\n${'> '.repeat(10_000)}x\n`);
    await writeFile(path.join(dir, 'long-line.md'), `${front}## 1. A\n\n${'word COM 11 April '.repeat(60_000)}\n`);
    await writeFile(path.join(dir, 'many-lists.md'), front + Array.from({ length: 5_000 }, (_, i) => `## ${i + 1}. Item\n\n- [ ] COM: Act (due 2019-05-01)\n\n`).join(''));
  });

  it('refuses 10,000 nested lists or quotes at once, with the line', async () => {
    for (const name of ['nested-lists.md', 'nested-quotes.md']) {
      const { code, stdout, stderr } = await runBin(['lint', '--format', 'json', path.join(dir, name)]);
      noTrace(stderr);
      expect(code).toBe(1);
      expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ fatal: true, line: 10, message: expect.stringContaining('nest more than 500 levels deep') });
    }
  });

  it('lints a single 1 MB line and 5,000 separate lists', async () => {
    const line = await runBin(['lint', '--format', 'json', path.join(dir, 'long-line.md')]);
    noTrace(line.stderr);
    expect(JSON.parse(line.stdout)[0].errorCount).toBe(0);
    const lists = await runBin(['lint', '--format', 'json', '--quiet', path.join(dir, 'many-lists.md')]);
    noTrace(lists.stderr);
    expect(JSON.parse(lists.stdout)[0].errorCount).toBe(0);
  }, 60_000);
});
