// How fast the language server answers a change: `node bench/lsp.mjs` (after `npm run build`).
// Writes a generated minutes file of about 200 KB (and, with --series N, N other meetings beside it), starts
// `node bin/minutes.js lsp --stdio`, opens the file over a real stdio connection and times
// "didChange → publishDiagnostics" for many single-character edits, one at a time, in the middle of the
// file. Prints the median and spread, with the library's own time for the same text (parse, and lintText)
// for comparison. No test asserts a timing.
//
//   node bench/lsp.mjs [--size 200000] [--changes 41] [--debounce MS] [--series N] [--cpu-prof DIR] [--node-option=--max-semi-space-size=64]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { generateMinutes } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '200000' },
    changes: { type: 'string', default: '41' },
    debounce: { type: 'string' },
    series: { type: 'string', default: '0' },
    'cpu-prof': { type: 'string' },
    'node-option': { type: 'string', multiple: true, default: [] },
  },
});
const size = Number(values.size);
const changes = Number(values.changes);

/** One long meeting made of the bodies of generated ones: items renumbered in order, titles made unique. */
export function bigMinutes(target, seed = 1) {
  const first = generateMinutes(seed);
  const head = first.slice(0, first.indexOf('\n---\n', 4) + 5);
  let body = '';
  let item = 0;
  for (let index = seed + 1; head.length + body.length < target; index++) {
    const text = generateMinutes(index);
    body += `\n${text
      .slice(text.indexOf('\n---\n', 4) + 5)
      .trim()
      .replace(/^(##+) \d+\.(\d*) ?(.*)$/gm, (_, hashes, sub, title) => (hashes === '##' ? `## ${++item}. ${title} (${item})` : `### ${item}.${sub || 1} ${title} (${item}.${sub || 1})`))}\n`;
  }
  return head + body;
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (list, p) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))];
const ms = (value) => `${value.toFixed(0)} ms`;

/** CPU time (user + system) a process has used so far, in ms; null without /proc. Wall times vary with the machine's load, this less. */
function cpuTime(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return null;
  const fields = readFileSync(stat, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const dir = await mkdtemp(path.join(tmpdir(), 'minutes-lsp-bench-'));
try {
  const text = bigMinutes(size);
  const file = path.join(dir, 'big.md');
  await writeFile(file, text);
  for (let index = 0; index < Number(values.series); index++) {
    await writeFile(path.join(dir, `meeting-${String(index).padStart(3, '0')}.md`), generateMinutes(1000 + index));
  }

  // The library alone, in this process, on the same text.
  const { lintText, parseMinutes } = await import(pathToFileURL(path.join(ROOT, 'dist', 'index.js')).href);
  const parseTimes = [];
  const lintTimes = [];
  let parseCpu = 0;
  let lintCpu = 0;
  for (let round = 0; round < 9; round++) {
    let start = performance.now();
    let cpu = cpuNow();
    parseMinutes(text, { path: file });
    parseTimes.push(performance.now() - start);
    parseCpu += cpuNow() - cpu;
    start = performance.now();
    cpu = cpuNow();
    lintText(text, { path: file });
    lintTimes.push(performance.now() - start);
    lintCpu += cpuNow() - cpu;
  }

  const nodeArgs = [...values['node-option'], ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [])];
  if (values['cpu-prof']) await mkdir(values['cpu-prof'], { recursive: true });
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'bin', 'minutes.js'), 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve({ at: performance.now(), params });
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initializationOptions = values.debounce === undefined ? {} : { debounce: Number(values.debounce) };
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = pathToFileURL(file).href;
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

  let start = performance.now();
  let next = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  const opened = await next;
  const openTime = opened.at - start;

  // The edit: a character typed in (then taken out of) a paragraph in the middle of the file.
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (!/^[A-Z][a-z]/.test(lines[line])) line++;
  const latencies = [];
  let count = opened.params.diagnostics.length;
  const serverCpuBefore = cpuTime(child.pid);
  for (let version = 2; version < changes + 2; version++) {
    const insert = version % 2 === 0;
    const range = { start: { line, character: 4 }, end: { line, character: insert ? 4 : 5 } };
    next = published(version);
    start = performance.now();
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    const { at, params } = await next;
    latencies.push(at - start);
    count = params.diagnostics.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const serverCpuAfter = cpuTime(child.pid);
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  await new Promise((resolve) => child.once('exit', resolve));
  connection.dispose();

  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  const series = Number(values.series) ? `, beside ${values.series} other meetings of its series` : '';
  const options = nodeArgs.length ? `; node ${nodeArgs.join(' ')}` : '';
  console.log(`minutes lsp, a ${kb} KB file (${lines.length} lines, ${count} diagnostics)${series}; debounce ${values.debounce ?? 'default (50)'} ms${options}; Node ${process.version}`);
  console.log('');
  const serverCpu = serverCpuBefore !== null && serverCpuAfter !== null ? ms((serverCpuAfter - serverCpuBefore) / latencies.length) : 'n/a';
  console.log('| measure | median | p90 | min | max | CPU, mean |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(`| didChange → publishDiagnostics (${latencies.length} changes) | ${ms(median(latencies))} | ${ms(percentile(latencies, 0.9))} | ${ms(Math.min(...latencies))} | ${ms(Math.max(...latencies))} | ${serverCpu} |`);
  console.log(`| didOpen → publishDiagnostics (once) | ${ms(openTime)} | | | | |`);
  console.log(`| library: parseMinutes, in process (9 rounds) | ${ms(median(parseTimes))} | ${ms(percentile(parseTimes, 0.9))} | ${ms(Math.min(...parseTimes))} | ${ms(Math.max(...parseTimes))} | ${ms(parseCpu / 9)} |`);
  console.log(`| library: lintText, in process (9 rounds) | ${ms(median(lintTimes))} | ${ms(percentile(lintTimes, 0.9))} | ${ms(Math.min(...lintTimes))} | ${ms(Math.max(...lintTimes))} | ${ms(lintCpu / 9)} |`);
  console.log('');
  console.log(`Load average while measuring: ${(await import('node:os')).loadavg().map((value) => value.toFixed(1)).join(', ')} on ${(await import('node:os')).availableParallelism()} cores.`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
