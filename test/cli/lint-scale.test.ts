import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, tempCopy } from '../helpers.js';

const lintJson = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const { code, stdout, stderr } = await runBin(['lint', '--format', 'json', ...args], { env });
  expect(stderr).toBe('');
  return { code, report: stdout };
};

describe('minutes lint on worker threads', () => {
  it('gives exactly the report of a single thread, in the same order', async () => {
    const dir = await tempCopy('committee', 'election-network-2019-04-04.md', 'features', 'hostile');
    const single = await lintJson([dir], { MINUTES_WORKERS: '0' });
    const pooled = await lintJson([dir], { MINUTES_WORKERS: '2' });
    expect(pooled).toEqual(single);
    expect(JSON.parse(single.report).length).toBeGreaterThan(20);
  });

  it('fixes files from the threads too', async () => {
    const dir = await tempCopy('election-network-2019-04-04.md', 'committee');
    const { code } = await runBin(['lint', '--fix', dir], { env: { MINUTES_WORKERS: '2' } });
    expect(code).toBe(0);
    expect(await readFile(path.join(dir, 'election-network-2019-04-04.md'), 'utf8')).toContain('## 10. Closing remarks');
  });

  it('report a configuration error from a thread as exit 2', async () => {
    const dir = await tempCopy('committee');
    await writeFile(path.join(dir, 'committee', 'minutes.config.yaml'), 'rules: {numbering: loud}\n');
    const { code, stderr } = await runBin(['lint', dir], { env: { MINUTES_WORKERS: '2' } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/minutes\.config\.yaml:1:\d+: `rules\.numbering` must be one of/);
  });
});

describe('minutes lint --cache', () => {
  it('reuses unchanged results and recomputes exactly what a change to a file, the configuration or the rules affects', async () => {
    const dir = await tempCopy('committee', 'election-network-2019-04-04.md');
    const cache = path.join(dir, 'cache.json');
    const run = (...extra: string[]) => lintJson([dir, '--cache', '--cache-location', cache, ...extra]);
    const fresh = (...extra: string[]) => lintJson([dir, ...extra]);

    const first = await run();
    expect(first).toEqual(await fresh());
    const stored = JSON.parse(await readFile(cache, 'utf8'));
    expect(Object.keys(stored.entries)).toHaveLength(4);
    expect(await run()).toEqual(first);

    // A changed file: its own entry changes, the others stay.
    const meeting = path.join(dir, 'committee', '2019-04-04.md');
    await writeFile(meeting, (await readFile(meeting, 'utf8')).replace('## 2. Closing', '## 5. Closing'));
    const afterEdit = await run();
    expect(afterEdit).toEqual(await fresh());
    expect(afterEdit.report).toContain('agenda item 2 is numbered `5.`');
    const updated = JSON.parse(await readFile(cache, 'utf8'));
    const changed = Object.keys(updated.entries).filter((file) => updated.entries[file].key !== stored.entries[file].key);
    expect(changed).toEqual([meeting]);

    // A changed configuration: the files under it are linted again.
    const config = path.join(dir, 'committee', 'minutes.config.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('due-format: error', 'due-format: error\n  numbering: off'));
    const afterConfig = await run();
    expect(afterConfig).toEqual(await fresh());
    expect(afterConfig.report).not.toContain('agenda item 2 is numbered `5.`');

    // Other rule options: nothing is reused.
    expect(await run('--rule', 'duplicate-title=off')).toEqual(await fresh('--rule', 'duplicate-title=off'));
  });

  it('treats a damaged cache file as empty', async () => {
    const dir = await tempCopy('committee');
    const cache = path.join(dir, 'cache.json');
    await writeFile(cache, '{ not json');
    const { code, report } = await lintJson([dir, '--cache', '--cache-location', cache]);
    expect(code).toBe(0);
    expect(JSON.parse(report)).toHaveLength(3);
    expect(JSON.parse(await readFile(cache, 'utf8')).entries).toBeTypeOf('object');
  });
});
