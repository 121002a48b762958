import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/schemas/validator.js';
import { CORRECTED, SEED, runBin, runCli, tempCopy } from '../helpers.js';

describe('minutes export --format json (built command)', () => {
  it('prints the model of the seed, valid against the schema, even though its numbering is wrong', async () => {
    const { code, stdout, stderr } = await runBin(['export', SEED, '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const model = JSON.parse(stdout);
    expect(validatorFor('minutes')(model)).toBe(true);
    expect(model.items).toHaveLength(10);
    expect(model.file).toBe(SEED);
    expect(model.items[9].deadlines[0]).toMatchObject({ date: '2019-04-11', actors: ['COM'] });
  });

  it('reads standard input with - (file is then null) and prints an array for several files', async () => {
    const stdin = await runBin(['export', '-'], { input: await readFile(SEED, 'utf8') });
    expect(JSON.parse(stdin.stdout)).toMatchObject({ file: null, meta: { date: '2019-04-04' } });
    const several = await runBin(['export', SEED, CORRECTED]);
    expect(JSON.parse(several.stdout).map((m: { file: string }) => m.file)).toEqual([SEED, CORRECTED]);
  });

  it('reads the minutes of a folder, as lint does', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    await writeFile(path.join(dir, 'notes.txt'), 'not minutes');
    const { code, stdout } = await runBin(['export', dir]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((model: { file: string }) => path.basename(model.file))).toEqual(['election-network-2019-04-04.md']);
  });

  it('writes to a file with -o', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    const out = path.join(dir, 'model.json');
    expect((await runBin(['export', SEED, '-o', out])).code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8')).items).toHaveLength(10);
  });

  it('gives one clear line and a non-zero exit for each kind of bad input', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md');
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: x\n  date: y\n---\n');
    await writeFile(path.join(dir, 'list.md'), '---\n- a\n---\n');
    await mkdir(path.join(dir, 'empty'));
    await writeFile(path.join(dir, 'latin1.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0xe9, 0x0a]));
    const cases: [string, number, RegExp][] = [
      [path.join(dir, 'missing.md'), 2, /^minutes: no minutes files match ".*missing\.md"\n$/],
      [path.join(dir, 'empty'), 2, /^minutes: .*empty.*\n$/],
      [path.join(dir, 'broken.md'), 1, /^.*broken\.md:2:8: front matter is not valid YAML: Nested mappings are not allowed in compact mappings\n$/],
      [path.join(dir, 'list.md'), 1, /^.*list\.md:2:1: front matter is a list; it must be a mapping of keys such as `title:` and `date:`\n$/],
      [path.join(dir, 'latin1.md'), 1, /^.*latin1\.md:1:1: the file is not valid UTF-8 \(first bad byte at offset 5\); save it as UTF-8\n$/],
    ];
    for (const [file, code, message] of cases) {
      const result = await runBin(['export', file]);
      expect(result.code, file).toBe(code);
      expect(result.stderr, file).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await runBin(['export', SEED, '--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain("argument 'yaml' is invalid");
  });

  it('with no file and standard input a terminal, prints its usage on stderr and exits 2 instead of waiting', async () => {
    const seed = await readFile(SEED, 'utf8');
    const terminal = await runCli(['export'], { stdinTty: true, input: seed });
    expect(terminal.code).toBe(2);
    expect(terminal.stdout).toBe('');
    expect(terminal.stderr).toMatch(/^Usage: minutes export \[options\] \[paths\.\.\.\]\n/);
    expect(terminal.stderr).toContain('-f, --format <format>');
    // - still reads standard input, terminal or not; no file with input piped reads it too.
    const dash = await runCli(['export', '-'], { stdinTty: true, input: seed });
    expect([dash.code, dash.stderr]).toEqual([0, '']);
    expect(JSON.parse(dash.stdout)).toMatchObject({ file: null, meta: { date: '2019-04-04' } });
    expect(await runCli(['export'], { input: seed })).toEqual(dash);
    expect(await runCli(['export', '--format', 'md'], { input: seed })).toEqual(await runCli(['export', '-', '--format', 'md'], { stdinTty: true, input: seed }));
  });
});
