import { mkdir, readFile, stat, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECTED, SEED, fixture, runBin, runCli, tempCopy } from '../helpers.js';

interface EslintFile {
  filePath: string;
  messages: { ruleId: string | null; severity: number; line: number; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
}
const parseReport = (stdout: string) => JSON.parse(stdout) as EslintFile[];

describe('minutes lint (built command)', () => {
  it('finds exactly four numbering errors in the seed and exits 1', async () => {
    const { code, stdout } = await runBin(['lint', SEED, '--format', 'json']);
    expect(code).toBe(1);
    const [file] = parseReport(stdout);
    expect(file!.errorCount).toBe(4);
    expect(file!.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.line])).toEqual([
      ['numbering', 128],
      ['numbering', 140],
      ['numbering', 163],
      ['numbering', 174],
    ]);
  });

  it('exits 0 on the corrected fixture and prints nothing', async () => {
    expect(await runBin(['lint', CORRECTED])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix makes a copy of the seed pass numbering, changes only the numbers, and a second --fix changes nothing', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const file = path.join(dir, 'election-network-2019-04-04.md');
    const before = await readFile(file, 'utf8');
    const first = await runBin(['lint', '--fix', file]);
    expect(first.code).toBe(0);
    const after = await readFile(file, 'utf8');
    expect(after).toBe(before.replace('## 5. Role of social', '## 7. Role of social').replace('## 6. Role of the', '## 8. Role of the').replace('## 5. Data', '## 9. Data').replace('## 6. Closing', '## 10. Closing'));
    const { mtimeMs } = await stat(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await runBin(['lint', '--fix', file])).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(after);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);
  });

  it('--fix leaves a file that does not parse untouched, and still lints the others', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const broken = path.join(dir, 'broken.md');
    const text = '---\ntitle: [\n---\n\n## 5. A\n';
    await writeFile(broken, text);
    const { code, stdout } = await runBin(['lint', '--fix', '--format', 'json', dir]);
    expect(code).toBe(1);
    const report = parseReport(stdout);
    expect(report.map((f) => [path.basename(f.filePath), f.errorCount])).toEqual([
      ['broken.md', 1],
      ['election-network-2019-04-04.md', 0],
    ]);
    expect(report[0]!.messages[0]).toMatchObject({ fatal: true, line: 2 });
    expect(await readFile(broken, 'utf8')).toBe(text);
  });

  it('walks folders for *.md, skipping node_modules and dot-folders, and takes globs', async () => {
    const dir = await tempCopy('election-network-2019-04-04-corrected.md');
    for (const skipped of ['node_modules', '.git']) {
      await mkdir(path.join(dir, skipped));
      await copyFile(SEED, path.join(dir, skipped, 'seed.md'));
    }
    expect((await runBin(['lint', dir])).code).toBe(0);
    const globbed = await runBin(['lint', '--format', 'json', 'fixtures/committee/*.md']);
    expect(parseReport(globbed.stdout).map((f) => path.basename(f.filePath))).toEqual(['2019-01-24.md', '2019-02-21.md', '2019-04-04.md']);
  });

  it('applies the nearest minutes.config.yaml: shared actors, rule severities and ignore patterns', async () => {
    const { code, stdout } = await runBin(['lint', '--format', 'json', 'fixtures/committee']);
    expect(code).toBe(0);
    expect(parseReport(stdout).flatMap((f) => f.messages)).toEqual([]);
    const dir = await tempCopy('committee');
    const committee = path.join(dir, 'committee');
    await writeFile(path.join(committee, 'draft.md'), '---\ntitle: Draft\ndate: 2019-05-01\n---\n\n- [ ] COM: Act (due 1 June)\n');
    const strict = await runBin(['lint', '--format', 'json', committee]);
    expect(strict.code).toBe(1); // due-format is an error in this configuration
    expect(parseReport(strict.stdout).find((f) => f.filePath.endsWith('draft.md'))!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['due-format', 2]]);
    await writeFile(path.join(committee, 'minutes.config.yaml'), `${await readFile(path.join(committee, 'minutes.config.yaml'), 'utf8')}ignore: [draft.md]\n`);
    expect((await runBin(['lint', committee])).code).toBe(0);
  });

  it('exits 2 with file, line and column for an invalid configuration', async () => {
    const dir = await tempCopy('election-network-2019-04-04-corrected.md');
    await writeFile(path.join(dir, 'minutes.config.yaml'), 'rules:\n  numbering: loud\n');
    const { code, stderr } = await runBin(['lint', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^minutes: .*minutes\.config\.yaml:2:14: `rules\.numbering` must be one of `off`, `warn`, `error`\n$/);
  });

  it('exits 2 for a rule id in the configuration that is not a rule, as for --rule, with the closest id', async () => {
    const dir = await tempCopy('election-network-2019-04-04-corrected.md');
    await writeFile(path.join(dir, 'minutes.config.yaml'), '# typo below\nrules:\n  nubering: off\n');
    const { code, stderr } = await runBin(['lint', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^minutes: .*minutes\.config\.yaml:3:3: unknown key `nubering` in `rules`: did you mean `numbering`\?\n$/);
    const option = await runBin(['lint', '--rule', 'nubering=off', dir]);
    expect(option).toMatchObject({ code: 2, stderr: 'minutes: --rule names "nubering", which is not a rule that can be set; did you mean numbering?\n' });
  });

  it('exits 2 for a missing path or a bad option, without a stack trace', async () => {
    const missing = await runBin(['lint', 'no/such/folder']);
    expect(missing).toMatchObject({ code: 2, stderr: 'minutes: no minutes files match "no/such/folder"\n' });
    for (const args of [['lint', '--rule', 'numbering=loud', SEED], ['lint', '--rule', 'nope=off', SEED], ['lint', '--max-warnings', 'x', SEED], ['lint', '--format', 'xml', SEED]]) {
      const { code, stderr } = await runBin(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('minutes lint (options)', () => {
  const actions = fixture('features/actions.md'); // three due-format warnings, no errors

  it('--max-warnings fails the run when warnings exceed it', async () => {
    expect((await runCli(['lint', actions])).code).toBe(0);
    expect((await runCli(['lint', '--max-warnings', '3', actions])).code).toBe(0);
    const over = await runCli(['lint', '--max-warnings', '2', actions]);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('minutes: 3 warnings, more than --max-warnings 2\n');
  });

  it('--quiet reports errors only', async () => {
    const { code, stdout } = await runCli(['lint', '--quiet', actions]);
    expect([code, stdout]).toEqual([0, '']);
  });

  it('--rule sets a severity for this run', async () => {
    expect((await runCli(['lint', '--rule', 'due-format=error', actions])).code).toBe(1);
    expect((await runCli(['lint', '--rule', 'numbering=off', SEED])).code).toBe(0);
  });

  it('reads standard input with -, named by --stdin-filename', async () => {
    const input = await readFile(SEED, 'utf8');
    const { code, stdout } = await runCli(['lint', '-', '--stdin-filename', 'seed.md', '--format', 'github'], { input });
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe('::error file=seed.md,line=128,col=4,endLine=128,endColumn=6,title=numbering::agenda item 7 repeats the number `5.` of agenda item 5; expected `7.`: renumber it');
    expect((await runCli(['lint', '-', '--fix'], { input })).code).toBe(2);
  });

  it('writes SARIF to a file with -o', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const out = path.join(dir, 'report.sarif');
    expect((await runCli(['lint', SEED, '--format', 'sarif', '-o', out])).code).toBe(1);
    const log = JSON.parse(await readFile(out, 'utf8'));
    expect(log.runs[0].results).toHaveLength(4);
  });

  it('colours only on a terminal, never with NO_COLOR or --no-color, always with FORCE_COLOR', async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is looked for
    const ansi = /\u001b\[/;
    expect((await runCli(['lint', SEED], { tty: false })).stdout).not.toMatch(ansi);
    expect((await runCli(['lint', SEED], { tty: true })).stdout).toMatch(ansi);
    expect((await runCli(['lint', SEED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runCli(['lint', '--no-color', SEED], { tty: true })).stdout).not.toMatch(ansi);
    expect((await runCli(['lint', SEED], { tty: false, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
  });
});

describe('minutes rules and help', () => {
  it('lists every rule with its severity', async () => {
    const { code, stdout } = await runCli(['rules']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^numbering\s+error fix {2}The Nth agenda item/m);
    expect(stdout).toMatch(/^undefined-abbreviation\s+warn {7}Acronyms/m);
  });

  it('prints help with exit 0 and rejects an unknown command with exit 2', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    const unknown = await runBin(['lnit']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('(Did you mean lint?)');
  });
});
