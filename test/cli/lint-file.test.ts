import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/cli/lint-file.js';
import { ConfigResolver } from '../../src/config/config.js';
import { runCli, tempCopy } from '../helpers.js';

const lintOne = (file: string) => lintFile(file, { configs: new ConfigResolver(), overrides: {}, fix: false, quiet: false, stdin: Readable.from([]) });

describe('lintFile and the series', () => {
  it('keeps the meeting record of a file in a series, for the series rules, and none when the configuration says series: false', async () => {
    const dir = await tempCopy('series');
    const file = path.join(dir, 'series', '2024-02-22.md');
    const rulesOf = async () => {
      const { stdout } = await runCli(['lint', '--format', 'json', path.join(dir, 'series')]);
      return (JSON.parse(stdout) as { messages: { ruleId: string }[] }[]).flatMap((report) => report.messages.map((message) => message.ruleId));
    };
    expect(await rulesOf()).toEqual(expect.arrayContaining(['action-dropped', 'action-reopened']));
    const inSeries = await lintOne(file);
    expect(inSeries.record?.actions.length).toBeGreaterThan(0);

    await appendFile(path.join(dir, 'series', 'minutes.config.yaml'), 'series: false\n');
    const alone = await lintOne(file);
    expect(alone.record).toBeNull();
    // The file's own diagnostics are the same either way.
    expect(alone.diagnostics.filter((d) => !d.ruleId.startsWith('action-'))).toEqual(inSeries.diagnostics.filter((d) => !d.ruleId.startsWith('action-')));

    // And the command then reports no series rule on the folder.
    const rules = await rulesOf();
    expect(rules).not.toContain('action-dropped');
    expect(rules).not.toContain('action-reopened');
  });
});
