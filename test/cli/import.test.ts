import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/fix.js';
import { READERS } from '../../src/readers/index.js';
import { BIN, FIXTURES, runBin, runCli } from '../helpers.js';

const W3C = path.join(FIXTURES, 'readers', 'w3c', 'jsonld-cg-2022-07-20.md');
const IRC = path.join(FIXTURES, 'readers', 'w3c', 'jsonld-cg-2022-07-20-irc.log');
const TC39 = path.join(FIXTURES, 'readers', 'tc39', 'tc39-2020-07-22.md');
const tempDir = () => mkdtemp(path.join(tmpdir(), 'minutes-import-'));

describe('minutes import', () => {
  it('--list names every reader, one line each', async () => {
    const { code, stdout } = await runCli(['import', '--list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(READERS.map((reader) => reader.name));
    expect(lines.find((line) => line.startsWith('w3c'))).toMatch(/^w3c\s+W3C group minutes/);
  });

  it('prints the canonical minutes of one file, and lists on stderr what it could not read, with the line', async () => {
    const { code, stdout, stderr } = await runCli(['import', IRC]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: jsonld-cg-2022-07-20-irc\ndate: 2022-07-20\n/);
    expect(stdout).toContain('- [ ] gkellogg: add section outlining conversion to JSON. (due 2022-07-27) {#2022-07-20-action1}');
    expect(stderr).toBe(`${IRC}:1: no \`meeting:\` line: the title is taken from the file name\n`);
  });

  it('writes <name>.md for each input into the -o folder, atomically; each one parses and lints without errors', async () => {
    const dir = await tempDir();
    const { code, stderr } = await runCli(['import', W3C, IRC, TC39, '-o', path.join(dir, 'out')]);
    expect(code).toBe(0);
    expect(stderr).toContain('speaker KG is not in the attendee list');
    const names = (await readdir(path.join(dir, 'out'))).sort();
    expect(names).toEqual(['jsonld-cg-2022-07-20-irc.md', 'jsonld-cg-2022-07-20.md', 'tc39-2020-07-22.md']);
    for (const name of names) {
      const text = await readFile(path.join(dir, 'out', name), 'utf8');
      const result = lintText(text, { path: name });
      expect(result.parsed, name).not.toBeNull();
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 2), name).toEqual([]);
    }
  });

  it('takes --title, --date and --body for what the document lacks', async () => {
    const { stdout } = await runCli(['import', '--from', 'w3c', IRC, '--title', 'JSON-LD CG telco', '--date', '2022-07-20', '--body', 'JSON-LD Community Group']);
    expect(stdout).toMatch(/^---\ntitle: JSON-LD CG telco\ndate: 2022-07-20\nbody: JSON-LD Community Group\n/);
  });

  it('writes the abbreviations the text defines into the glossary', async () => {
    const dir = await tempDir();
    const log = path.join(dir, 'alerts.log');
    await writeFile(log, '<ivan> meeting: Alerts\n<ivan> date: 06 May 2019\n<ivan> scribenick: ivan\n<ivan> topic: Alerts\n<ivan> ivan: the Rapid Alert System (RAS) is ready\n');
    const { code, stdout, stderr } = await runCli(['import', log]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('actors:\n  IVAN: ivan\nglossary:\n  RAS: Rapid Alert System\n---\n');
  });

  it('writes one input to the -o file', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'minutes.md');
    expect((await runCli(['import', TC39, '-o', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toMatch(/^---\ntitle: July 22, 2020 Meeting Notes\n/);
  });

  it('gives one clear message and the exit code of the README for each kind of bad input', async () => {
    const dir = await tempDir();
    const prose = path.join(dir, 'prose.txt');
    await writeFile(prose, 'We met and talked about many things.\nNothing else happened.\n');
    const binary = path.join(dir, 'image.png');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const page = path.join(dir, 'minutes.html');
    await writeFile(page, '<!DOCTYPE html>\n<html><head><title>Minutes</title></head><body><h1>Minutes</h1></body></html>\n');
    const cases: [string[], number, RegExp][] = [
      [['import', prose], 1, /^.*prose\.txt:1:1: no reader recognises this file \(tried [a-z0-9, -]+; the best guess, [a-z0-9-]+, is only \d+% sure\); name one with --from\n$/],
      [['import', binary], 1, /^.*image\.png:1:1: the file contains NUL bytes: it looks binary, not Markdown text; no reader of documents recognises it either \(tried .*\); name one with --from\n$/],
      [['import', page], 1, /^.*minutes\.html:1:1: the file is an HTML page: minutes reads minutes written as Markdown or text; read their Markdown or text source, or save the page as text\n$/],
      [['import', '--from', 'w3', W3C], 2, /^minutes: --from "w3" is not a reader: did you mean w3c\? use one of auto, native, w3c, .*\n$/],
      [['import', W3C, IRC], 2, /^minutes: several inputs need -o FOLDER: one <name>\.md is written per input\n$/],
      [['import', W3C, '--date', '20 July'], 2, /^minutes: --date takes a date as YYYY-MM-DD \(got "20 July"\)\n$/],
      [['import', path.join(dir, 'missing.md')], 2, /^minutes: .*missing\.md: no such file\n$/],
      [['import', '--list', W3C], 2, /^minutes: --list takes no file\n$/],
    ];
    for (const [args, code, stderr] of cases) {
      const run = await runCli(args);
      expect([run.code, run.stdout], args.join(' ')).toEqual([code, '']);
      expect(run.stderr, args.join(' ')).toMatch(stderr);
    }
  });

  it('still converts the readable files when one is not, and exits 1', async () => {
    const dir = await tempDir();
    const prose = path.join(dir, 'prose.txt');
    await writeFile(prose, 'Nothing here.\n');
    const { code } = await runCli(['import', prose, W3C, '-o', path.join(dir, 'out')]);
    expect(code).toBe(1);
    expect(await readdir(path.join(dir, 'out'))).toEqual(['jsonld-cg-2022-07-20.md']);
  });

  it('refuses what the parser refuses, through a reader too: 10,000 nested lists, at their line', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'deep.md');
    await writeFile(file, `# September 23 2014 Meeting Notes\n\n## 4.1 Topic\n\n${'- '.repeat(10_000)}x\n\n#### Conclusion/Resolution\n\n- Stage 1\n`);
    for (const from of ['tc39', 'w3c', 'nodejs-tsc']) {
      // In a child process with a time limit: a parser that went quadratic would otherwise hold the test run.
      const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [BIN, 'import', '--from', from, file], { timeout: 20_000 }, (error, out, err) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out, stderr: err }));
      });
      expect([code, stdout], from).toEqual([1, '']);
      expect(stderr, from).toMatch(/deep\.md:5:1: lists and quotes nest more than 500 levels deep here \(a list item counts two: its list and itself\); minutes reads at most 500 \(in the minutes the [a-z0-9-]+ reader made of the file\)\n$/);
    }
  }, 90_000);

  it('reads large files within the bounds of native ones (1.5 MB of IRC log, 1.5 MB of scribejs Markdown)', async () => {
    const dir = await tempDir();
    const log = Array.from({ length: 20_000 }, (_, n) => `16:${String(n % 60).padStart(2, '0')}:00 <scribe> ivan: point ${n} about the charter and the schedule`).join('\n');
    const scribejs = Array.from({ length: 20_000 }, (_, n) => (n % 1000 === 0 ? `### ${n / 1000 + 1}. Topic\n` : `**Ivan Herman:** point ${n} about the charter and the schedule  `)).join('\n\n');
    await writeFile(path.join(dir, 'big.log'), `<ivan> date: 06 May 2019\n<ivan> scribenick: scribe\n<ivan> present+ ivan\n<ivan> topic: Charter\n${log}\n`);
    await writeFile(path.join(dir, 'big.md'), `# WG — Minutes\n\n**Date:** 2019-05-06\n\n**Present:** Ivan Herman\n\n${scribejs}\n`);
    for (const name of ['big.log', 'big.md']) {
      const started = performance.now();
      const { code } = await runBin(['lint', '--from', 'w3c', '--quiet', path.join(dir, name)]);
      expect(code, name).toBe(0);
      expect(performance.now() - started, name).toBeLessThan(30_000);
    }
  }, 60_000);
});
