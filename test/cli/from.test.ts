import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/config.js';
import { lintRead } from '../../src/readers/lint-read.js';
import { expectExactPlace, FIXTURES, runBin, runCli, SEED } from '../helpers.js';

const W3C = path.join(FIXTURES, 'readers', 'w3c', 'jsonld-cg-2022-07-20.md');
const IRC = path.join(FIXTURES, 'readers', 'w3c', 'jsonld-cg-2022-07-20-irc.log');
const PWG = path.join(FIXTURES, 'readers', 'w3c', 'pwg-2019-04-29.md');
const TC39 = path.join(FIXTURES, 'readers', 'tc39', 'tc39-2014-09-23.md');
const tempDir = () => mkdtemp(path.join(tmpdir(), 'minutes-from-'));

interface EslintFile {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; fatal?: boolean; fix?: unknown }[];
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('--from on every command', () => {
  it('lint: findings point into the file as written, with the source text as subject when it was copied, and no fixes', async () => {
    for (const file of [W3C, IRC, PWG, TC39]) {
      const source = await readFile(file, 'utf8');
      const config = await new ConfigResolver().forFile(file);
      const { reader, report } = lintRead(await readFile(file), 'auto', { path: file, config, overrides: {} });
      expect(reader, file).not.toBe('native');
      expect(report!.diagnostics.length, file).toBeGreaterThan(0);
      for (const diagnostic of report!.diagnostics) {
        expectExactPlace(source, diagnostic);
        expect(diagnostic.fix).toBeUndefined();
      }
    }
    const { code, stdout } = await runCli(['lint', '--from', 'tc39', '--format', 'json', TC39]);
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout) as EslintFile[];
    const source = await readFile(TC39, 'utf8');
    expect(report!.messages.find((message) => message.ruleId === 'label-order')).toMatchObject({
      line: lineOf(source, '## 5.5 Math.iaddh'),
      column: 4,
      endColumn: 7,
      message: 'label "5.5" comes after "5.8" (item "Exponentiation Operator Update"): the agenda puts it before',
    });
  });

  it('lint: a finding about what the reader inferred (a title taken from the file name) points at line 1', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'telco.log');
    await writeFile(file, '<ivan> scribenick: ivan\n<ivan> topic: Charter\n<ivan> ivan: we need a charter\n');
    const { stdout } = await runCli(['lint', '--from', 'w3c', '--format', 'json', file]);
    const [report] = JSON.parse(stdout) as EslintFile[];
    expect(report!.messages.find((message) => message.ruleId === 'front-matter')).toMatchObject({ line: 1, column: 1, message: expect.stringContaining('date') });
  });

  it('lint --fix and fmt --write/--check refuse minutes of another convention (exit 2) and say to import them first', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'tc39.md');
    await copyFile(TC39, file);
    const before = await readFile(file, 'utf8');
    const cases: [string[], RegExp][] = [
      [['lint', '--fix', '--from', 'tc39', file], /^minutes: --fix cannot rewrite minutes read as tc39 in their own format: convert them first with `minutes import --from tc39 FILE\.\.\. -o FOLDER`/],
      [['lint', '--fix', '--from', 'auto', file], /^minutes: .*tc39\.md is read as tc39 minutes: --fix cannot rewrite it in another format; convert it first with `minutes import --from tc39 .*tc39\.md -o NEW\.md`\n$/],
      [['fmt', '--write', '--from', 'tc39', file], /^minutes: fmt --write cannot rewrite minutes read as tc39/],
      [['fmt', '--check', '--from', 'auto', file], /^minutes: .*tc39\.md is read as tc39 minutes: fmt --check cannot rewrite it/],
    ];
    for (const [args, stderr] of cases) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(stderr);
    }
    expect(await readFile(file, 'utf8')).toBe(before);
    // Native minutes are still fixed with --from auto.
    const seed = path.join(dir, 'seed.md');
    await copyFile(SEED, seed);
    expect((await runCli(['lint', '--fix', '--from', 'auto', seed])).code).toBe(0);
  });

  it('fmt prints minutes of another convention in canonical form', async () => {
    const { code, stdout } = await runCli(['fmt', '--from', 'tc39', TC39]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: September 23 2014 Meeting Notes\ndate: 2014-09-23\n/);
    expect(stdout).toContain('## 2. Spec status report {label="4.1"}');
  });

  it('export: the model, its lines those of the file as written', async () => {
    const { code, stdout } = await runCli(['export', '--from', 'w3c', W3C]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout);
    const source = await readFile(W3C, 'utf8');
    expect(model.items.map((item: { title: string; line: number }) => [item.title, item.line])).toEqual([
      ['Announcements and Introductions.', lineOf(source, '### 1. Announcements')],
      ['Approve Minutes.', lineOf(source, '### 2. Approve')],
      ['YAML-LD.', lineOf(source, '### 3. YAML-LD')],
    ]);
    expect(model.items[1].actions.map((action: { line: number }) => action.line)).toEqual([lineOf(source, '> ***Action #1'), lineOf(source, '> ***Action #2')]);
    expect(model.items[1].decisions[0].line).toBe(lineOf(source, '> ***Resolution #1'));
  });

  it('actions: the follow-ups of an archive as it stands, due dates from the bot that filed them', async () => {
    const { code, stdout } = await runCli(['actions', '--from', 'w3c', '--format', 'json', W3C]);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { owners: string[]; text: string; due: string | null }[];
    expect(entries.map((entry) => [entry.owners, entry.text, entry.due])).toEqual([
      [['GK'], 'add section outlining conversion to JSON..', '2022-07-27'],
      [['RA'], 'contribute section on the basic profile..', '2022-07-27'],
    ]);
  });

  it('takes `from:` from minutes.config.yaml, and walks folders for the logs and text files it then reads', async () => {
    const dir = await tempDir();
    await copyFile(PWG, path.join(dir, 'pwg.md'));
    await copyFile(IRC, path.join(dir, 'cg-irc.log'));
    const native = await runCli(['lint', '--format', 'json', dir]);
    expect((JSON.parse(native.stdout) as EslintFile[]).map((file) => path.basename(file.filePath))).toEqual(['pwg.md']);
    expect(native.code).toBe(1);
    await writeFile(path.join(dir, 'minutes.config.yaml'), 'from: w3c\n');
    const read = await runCli(['lint', '--format', 'json', dir]);
    expect(read.code).toBe(0);
    expect((JSON.parse(read.stdout) as EslintFile[]).map((file) => path.basename(file.filePath))).toEqual(['cg-irc.log', 'pwg.md']);
    await writeFile(path.join(dir, 'minutes.config.yaml'), 'from: w3x\n');
    const wrong = await runCli(['lint', dir]);
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringMatching(/^minutes: .*minutes\.config\.yaml: from: "w3x" is not a reader: did you mean w3c\?/)]);
  });

  it('refuses a --from that names no reader, on every command, with the closest name', async () => {
    for (const command of ['lint', 'export', 'actions', 'fmt', 'import']) {
      const run = await runCli([command, '--from', 'tc93', TC39]);
      expect([run.code, run.stderr], command).toEqual([2, expect.stringMatching(/^minutes: --from "tc93" is not a reader: did you mean tc39\?/)]);
    }
  });

  it('lint --from auto: a file no reader recognises is one fatal finding naming the readers tried and the best guess', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'notes.md');
    await writeFile(file, 'Some notes without any structure.\n');
    const { code, stdout } = await runCli(['lint', '--from', 'auto', '--format', 'json', file]);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout) as EslintFile[];
    expect(report!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 1, message: expect.stringMatching(/^no reader recognises this file \(tried (?=[a-z0-9, -]*\bw3c\b)(?=[a-z0-9, -]*\btc39\b)[a-z0-9, -]+; the best guess, [a-z0-9-]+, is only \d+% sure\); name one with --from$/) })]);
  });

  it('lint --cache keys results by reader too, and worker threads give the same report', async () => {
    const dir = await tempDir();
    for (const file of [W3C, IRC, PWG, TC39]) await copyFile(file, path.join(dir, path.basename(file)));
    const cache = path.join(dir, 'cache.json');
    const files = [W3C, PWG, TC39].map((file) => path.join(dir, path.basename(file)));
    const first = await runBin(['lint', '--from', 'auto', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
    const second = await runBin(['lint', '--from', 'auto', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
    expect(second.stdout).toBe(first.stdout);
    const native = await runBin(['lint', '--format', 'json', '--cache', '--cache-location', cache, ...files]);
    expect(native.stdout).not.toBe(first.stdout);
    const threads = await runBin(['lint', '--from', 'auto', '--format', 'json', ...files], { env: { MINUTES_WORKERS: '3' } });
    expect(threads.stdout).toBe(first.stdout);
  }, 60_000);
});
