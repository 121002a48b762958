// What the package tests share: child processes with a clean environment, a repository of minutes made
// from the fixtures, and the code blocks of the README and docs/ci.md they check against.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURES, ROOT, SEED } from '../helpers.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment for a command run as a user would: without what `npm test` adds for its own package
 * (npm_package_*, npm_lifecycle_*, the project's local prefix), which would make a child npm act on this
 * project, and without GIT_* variables (set when the tests run inside a Git hook).
 */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|npm_config_call$|INIT_CWD$|GIT_)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: undefined, ...extra };
}

/** Runs a program; never rejects, the exit code is in the result (a signal counts as 1). */
export function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? userEnv(), timeout: options.timeout ?? 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Runs a shell script as a GitHub Actions `run:` step does (`bash -e`). */
export const bash = (script: string, options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }) =>
  run('bash', ['--noprofile', '--norc', '-e', '-c', script], options);

/** A readable account of a run, for assertion messages. */
export const show = (command: string, result: Run) =>
  `$ ${command}\nexit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

/** The minutes every package test uses: the committee's three meetings and its configuration, clean. */
const COMMITTEE = ['2019-01-24.md', '2019-02-21.md', '2019-04-04.md', 'minutes.config.yaml'];
/** The seed minutes, whose agenda numbering is wrong on purpose (4 errors, not in canonical form). */
export const SEED_NAME = path.basename(SEED);

/** Copies the fixtures into `<dir>/minutes/`, as a repository of minutes keeps them; `seed` adds the faulty one. */
export async function writeMinutes(dir: string, { seed }: { seed: boolean }): Promise<string> {
  const target = path.join(dir, 'minutes');
  await mkdir(target, { recursive: true });
  for (const name of COMMITTEE) await copyFile(path.join(FIXTURES, 'committee', name), path.join(target, name));
  if (seed) await copyFile(SEED, path.join(target, SEED_NAME));
  return target;
}

/** The lines of the seed's four numbering errors, as `lint` reports them for `minutes/<seed>`. */
export const SEED_ERRORS = [
  '128:4  error  agenda item 7 repeats the number `5.` of agenda item 5; expected `7.`: renumber it  numbering',
  '140:4  error  agenda item 8 repeats the number `6.` of agenda item 6; expected `8.`: renumber it  numbering',
  '163:4  error  agenda item 9 repeats the number `5.` of agenda item 5; expected `9.`: renumber it  numbering',
  '174:4  error  agenda item 10 repeats the number `6.` of agenda item 6; expected `10.`: renumber it  numbering',
];

export const readRootFile = (name: string) => readFile(path.join(ROOT, name), 'utf8');

/** The fenced code blocks of a Markdown text with this info string, in order. */
export function codeBlocks(markdown: string, lang: string): string[] {
  const blocks: string[] = [];
  const fence = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) if (match[1]!.trim() === lang) blocks.push(match[2]!);
  return blocks;
}

/** A `## heading` section of a Markdown text, up to the next heading of its level. */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const level = heading.match(/^#+/)![0];
  const rest = markdown.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^${level} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The README section on using minutes in a repository of minutes, which the package tests run. */
export const USING_HEADING = '## Using minutes in a repository of minutes';
