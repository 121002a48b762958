import { describe, expect, it } from 'vitest';
import { SEED, runBin, runCli } from '../helpers.js';

describe('errors from option parsing', () => {
  it('start with "minutes:" like every other error, keep commander’s text and exit 2', async () => {
    const cases: [string[], string][] = [
      [['lint', SEED, '--format', 'xml'], "minutes: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github.\n"],
      [['actions', '--status', 'late'], "minutes: option '--status <status>' argument 'late' is invalid. Allowed choices are open, done, all.\n"],
      [['lint', '--x'], "minutes: unknown option '--x'\n"],
      [['actions', '--csv-delimiter'], "minutes: option '--csv-delimiter <char>' argument missing\n"],
      [['rules', 'extra'], "minutes: too many arguments for 'rules'. Expected 0 arguments but got 1.\n"],
    ];
    for (const [args, message] of cases) {
      expect(await runCli(args), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: message });
    }
  });

  it('keep commander’s suggestions on the lines after', async () => {
    expect(await runCli(['lint', '--quite', SEED])).toEqual({ code: 2, stdout: '', stderr: "minutes: unknown option '--quite'\n(Did you mean --quiet?)\n" });
    expect(await runCli(['lnit'])).toEqual({ code: 2, stdout: '', stderr: "minutes: unknown command 'lnit'\n(Did you mean lint?)\n" });
  });

  it('print the same from the built command, with no stack trace', async () => {
    const { code, stdout, stderr } = await runBin(['export', SEED, '--format', 'yaml']);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: "minutes: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are json, md, html.\n",
    });
  });
});
