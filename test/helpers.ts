import { execFile } from 'node:child_process';
import { mkdtemp, readFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';
import { parseMinutes, type ParsedMinutes } from '../src/model/parse.js';
import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';
import type { Diagnostic } from '../src/lint/diagnostic.js';
import { lintParsed } from '../src/lint/engine.js';
import { lintText } from '../src/lint/fix.js';
import { ConfigResolver } from '../src/config/config.js';
import { expandInputs } from '../src/io/inputs.js';
import type { RuleSetting } from '../src/config/config.js';
import { RULES } from '../src/lint/rules/index.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = path.join(ROOT, 'fixtures');
export const SEED = path.join(FIXTURES, 'election-network-2019-04-04.md');
export const CORRECTED = path.join(FIXTURES, 'election-network-2019-04-04-corrected.md');
/** The seed minutes as extracted from their PDF, kept beside the fixtures made from them. */
export const SEED_TEXT = path.join(FIXTURES, 'source', 'election-network-minutes.txt');
export const BIN = path.join(ROOT, 'bin', 'minutes.js');

export const fixture = (name: string) => path.join(FIXTURES, name);
export const readText = (file: string) => readFile(file, 'utf8');

export function parseOk(text: string, options: Parameters<typeof parseMinutes>[1] = {}): ParsedMinutes {
  const result = parseMinutes(text, options);
  if (!result.ok) throw new Error(`expected the text to parse: ${result.problem.message}`);
  return result;
}

/** Lints text with only one rule switched on, at its default severity. */
export function lintWithRule(text: string, ruleId: string) {
  const overrides: Record<string, RuleSetting> = {};
  for (const rule of RULES) overrides[rule.id] = rule.id === ruleId ? rule.defaultSeverity : 'off';
  return lintParsed(parseOk(text, { path: 'test.md' }), { overrides });
}

/** Front matter for small test documents. */
export const frontMatter = (extra = '') =>
  `---\ntitle: Test meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n  EEAS: European External Action Service\n${extra}---\n\n`;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built command as a user would, in a child process. */
export function runBin(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Runs the command line in this process with captured streams; `stdinTty` makes standard input a terminal. */
export async function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; tty?: boolean; columns?: number; stdinTty?: boolean } = {},
): Promise<CliRun> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: options.columns });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const stdin = Object.assign(new PassThrough(), { isTTY: options.stdinTty });
  stdin.end(options.input ?? '');
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await run(args, { stdin, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: out, stderr: err };
}

/** A fresh temporary folder holding copies of the given fixtures. */
export async function tempCopy(...names: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'minutes-test-'));
  for (const name of names) await cp(fixture(name), path.join(dir, path.basename(name)), { recursive: true });
  return dir;
}

/** The words of the text and the addresses of the links and images, in order. */
export function content(text: string): { words: string[]; urls: string[] } {
  const parsed = parseOk(text);
  const words: string[] = [];
  const urls: string[] = [];
  visit(parsed.tree as Nodes, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') words.push(...(node.value.match(/[\p{L}\p{N}]+/gu) ?? []));
    if (node.type === 'link' || node.type === 'image') urls.push(node.url);
    if (node.type === 'image') words.push(...(node.alt?.match(/[\p{L}\p{N}]+/gu) ?? []));
  });
  return { words, urls };
}

/** The source with what fmt changes on purpose already changed: the fixes of the fixable rules. */
export function withCertainFixes(text: string): string {
  return lintText(text, { fix: true, only: (rule) => rule.fixable }).output;
}

/**
 * A diagnostic points at exactly the text it is about: its range lies in the document, its subject (when
 * it has one) is the text the range covers, and its lines and columns are those of its offsets, counted
 * here independently of the library's converter.
 */
export function expectExactPlace(text: string, diagnostic: Diagnostic): void {
  const [start, end] = diagnostic.range;
  expect(0 <= start && start <= end && end <= text.length, `range [${start}, ${end}) of ${diagnostic.ruleId}`).toBe(true);
  if (diagnostic.subject !== null) expect(text.slice(start, end)).toBe(diagnostic.subject);
  const point = (offset: number) => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
    return [lines.length, lines.at(-1)!.length + 1];
  };
  expect([diagnostic.line, diagnostic.column, diagnostic.endLine, diagnostic.endColumn]).toEqual([...point(start), ...point(end)]);
}

/** The native minutes files of fixtures/: what `minutes lint fixtures` reads (its configuration's `ignore` applied), hostile files aside. */
export async function nativeFixtures(): Promise<string[]> {
  const configs = new ConfigResolver();
  const { files } = await expandInputs([FIXTURES], { isIgnored: async (file) => (await configs.forFile(file)).isIgnored(file) });
  return files.sort();
}

