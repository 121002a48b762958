import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORRECTED, runBin, runCli, SEED, tempCopy } from '../helpers.js';

describe('minutes fmt', () => {
  it('prints the canonical form of one file', async () => {
    const { code, stdout } = await runCli(['fmt', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('## 10. Closing remarks and AOB');
    expect((await runCli(['export', SEED, '--format', 'md'])).stdout).toBe(stdout);
  });

  it('--check lists the files not in canonical form and exits 1; 0 when all are canonical', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md', 'features/decisions.md');
    const check = await runBin(['fmt', '--check', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(`${path.join(dir, 'election-network-2019-04-04.md')}\n`);
    expect(check.stderr).toBe('minutes: 1 file is not in canonical form; run minutes fmt --write\n');
    expect((await runBin(['fmt', '--check', path.join(dir, 'decisions.md')])).code).toBe(0);
  });

  it('--write rewrites what is not canonical and leaves canonical files byte for byte, mtime included', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md', 'features/decisions.md');
    const seed = path.join(dir, 'election-network-2019-04-04.md');
    const canonical = path.join(dir, 'decisions.md');
    const before = await stat(canonical);
    const bytes = await readFile(canonical);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const write = await runBin(['fmt', '--write', dir]);
    expect(write).toMatchObject({ code: 0, stdout: `${seed}\n` });
    expect(await readFile(seed, 'utf8')).toBe((await runCli(['fmt', SEED])).stdout);
    expect(await readFile(canonical)).toEqual(bytes);
    expect((await stat(canonical)).mtimeMs).toBe(before.mtimeMs);
    expect((await runBin(['fmt', '--check', dir])).code).toBe(0);
  });

  it('keeps a byte order mark and reports files that do not parse', async () => {
    const dir = await tempCopy('election-network-2019-04-04-corrected.md');
    const bom = path.join(dir, 'bom.md');
    await writeFile(bom, `\uFEFF---\ntitle: T\ndate: 2019-04-04\n---\n\n## 3. A\n\nx\n`);
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [\n---\n');
    const { code, stderr } = await runBin(['fmt', '--write', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\.md:2:\d+: front matter is not valid YAML/);
    expect(await readFile(bom, 'utf8')).toBe('\uFEFF---\ntitle: T\ndate: 2019-04-04\n---\n\n## 1. A\n\nx\n');
  });

  it('with no path and standard input a terminal, prints its usage on stderr and exits 2 instead of waiting', async () => {
    const seed = await readFile(SEED, 'utf8');
    const terminal = await runCli(['fmt'], { stdinTty: true, input: seed });
    expect(terminal.code).toBe(2);
    expect(terminal.stdout).toBe('');
    expect(terminal.stderr).toMatch(/^Usage: minutes fmt \[options\] \[paths\.\.\.\]\n/);
    expect(terminal.stderr).toContain('--check');
    // - still reads standard input, terminal or not; no path with input piped reads it too.
    const canonical = (await runCli(['fmt', SEED])).stdout;
    expect(await runCli(['fmt', '-'], { stdinTty: true, input: seed })).toEqual({ code: 0, stdout: canonical, stderr: '' });
    expect(await runCli(['fmt'], { input: seed })).toEqual({ code: 0, stdout: canonical, stderr: '' });
    expect(await runCli(['fmt', '--check', '-'], { stdinTty: true, input: canonical })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('refuses ambiguous or impossible requests with exit 2', async () => {
    expect((await runCli(['fmt', SEED, CORRECTED])).code).toBe(2);
    expect((await runCli(['fmt', '--write', '--check', SEED])).code).toBe(2);
    expect((await runCli(['fmt', '--write', '-'])).code).toBe(2);
  });
});

describe('minutes export --format html', () => {
  it('writes one page to stdout or a file', async () => {
    const { code, stdout } = await runCli(['export', CORRECTED, '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    const dir = await tempCopy('election-network-2019-04-04.md');
    const out = path.join(dir, 'page.html');
    expect((await runCli(['export', CORRECTED, '--format', 'html', '-o', out])).code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(stdout);
  });

  it('publishes several files into a folder with an index, pages linking back to it', async () => {
    const dir = await tempCopy('committee');
    const site = path.join(dir, 'site');
    const files = ['2019-01-24.md', '2019-02-21.md', '2019-04-04.md'].map((name) => path.join(dir, 'committee', name));
    const { code, stderr } = await runBin(['export', ...files, SEED, '--format', 'html', '-o', site]);
    expect([code, stderr]).toEqual([0, '']);
    const index = await readFile(path.join(site, 'index.html'), 'utf8');
    expect([...index.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1])).toEqual([
      'register.html',
      '2019-04-04.html',
      'election-network-2019-04-04.html',
      '2019-02-21.html',
      '2019-01-24.html',
    ]);
    expect(await readFile(path.join(site, '2019-02-21.html'), 'utf8')).toContain('<a href="index.html">All meetings</a>');
  });

  it('keeps the meetings already published when one more is exported into the site, and takes -o without .html as the folder', async () => {
    const dir = await tempCopy('committee');
    const site = path.join(dir, 'site');
    const [first, second, third] = ['2019-01-24.md', '2019-02-21.md', '2019-04-04.md'].map((name) => path.join(dir, 'committee', name));
    expect((await runBin(['export', first!, second!, '--format', 'html', '-o', site])).code).toBe(0);
    // One input, -o without .html: the site's folder, not a file called "site".
    expect(await runBin(['export', third!, '--format', 'html', '-o', site])).toMatchObject({ code: 0, stderr: '' });
    const index = await readFile(path.join(site, 'index.html'), 'utf8');
    expect([...index.matchAll(/<a href="([^"]+\.html)">/g)].map((m) => m[1])).toEqual(['register.html', '2019-04-04.html', '2019-02-21.html', '2019-01-24.html']);
    const register = await readFile(path.join(site, 'register.html'), 'utf8');
    expect(register).toContain('<a href="2019-01-24.html#item-2">2019-01-24</a>');
    // And -o page.html with one input is a page.
    expect((await runBin(['export', third!, '--format', 'html', '-o', path.join(dir, 'page.html')])).code).toBe(0);
    expect(await readFile(path.join(dir, 'page.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('needs a folder for several inputs', async () => {
    const { code, stderr } = await runCli(['export', SEED, CORRECTED, '--format', 'html']);
    expect(code).toBe(2);
    expect(stderr).toBe('minutes: several inputs need -o FOLDER: one page is written per file\n');
  });
});
