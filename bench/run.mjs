// `npm run bench`: minutes lint against its peers and the bare parse floor, measured side by side.
//
//   node bench/run.mjs [--sizes 200,2000,20000] [--runs 3]
//
// Every round runs every task once, in turn (interleaved, so that a slow moment of the machine hits all
// tools alike); the table shows the median of the rounds for wall time, CPU time (user + system) and
// peak RSS, as measured by GNU time (/usr/bin/time, Debian package `time`). Results go to
// bench/results/latest.json and bench/results/latest.md. Nothing here is asserted: see bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = path.join(ROOT, 'bench');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const sizes = option('sizes', '200,2000,20000').split(',').map(Number);
const runs = Number(option('runs', '3'));

if (!existsSync(TIME)) {
  console.error(`bench: ${TIME} is missing; install GNU time (apt-get install time)`);
  process.exit(2);
}
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
  console.error('bench: run `npm run build` first (npm run bench does)');
  process.exit(2);
}

// remark-lint-frontmatter-schema's ajv reads draft-07: give it our schema without its `$schema` line.
await mkdir(path.join(BENCH, '.tmp'), { recursive: true });
const schema = JSON.parse(await readFile(path.join(ROOT, 'schemas', 'front-matter.schema.json'), 'utf8'));
delete schema.$schema;
await writeFile(path.join(BENCH, '.tmp', 'front-matter.schema.json'), JSON.stringify(schema, null, 2));

for (const size of sizes) {
  const dir = path.join(BENCH, 'corpus', String(size));
  if (!existsSync(path.join(dir, '.complete'))) {
    console.error(`writing a corpus of ${size} files…`);
    await writeCorpus(size, dir);
    await writeFile(path.join(dir, '.complete'), '');
  }
}

const node = process.execPath;
const minutes = path.join(ROOT, 'bin', 'minutes.js');
const markdownlint = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const remark = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const corpus = (size) => path.join('bench', 'corpus', String(size));
const oneFile = path.join('bench', 'corpus', String(sizes[0]), '000', 'minutes-00000.md');
const cacheFile = (size) => path.join(BENCH, '.tmp', `cache-${size}.json`);

/** Each task: a name, the command, and an optional step before it that is not timed. */
const tasks = [
  { name: 'node -e 0', command: [node, '-e', '0'] },
  { name: 'one file: minutes lint', command: [node, minutes, 'lint', oneFile] },
  { name: 'one file: markdownlint-cli2', command: [node, markdownlint, oneFile] },
  { name: 'one file: remark-cli', command: [node, remark, oneFile, '--rc-path', 'bench/remarkrc.mjs', '--quiet', '--no-stdout'] },
  ...sizes.flatMap((size) => [
    { name: `${size} files: parse floor`, command: [node, 'bench/floor.mjs', corpus(size)] },
    { name: `${size} files: minutes lint`, command: [node, minutes, 'lint', '--format', 'json', corpus(size)] },
    {
      name: `${size} files: minutes lint --cache, second run`,
      cache: cacheFile(size),
      before: () => spawnSync(node, [minutes, 'lint', '--cache', '--cache-location', cacheFile(size), corpus(size)], { cwd: ROOT, stdio: 'ignore' }),
      command: [node, minutes, 'lint', '--format', 'json', '--cache', '--cache-location', cacheFile(size), corpus(size)],
    },
    { name: `${size} files: markdownlint-cli2`, command: [node, markdownlint, `${corpus(size)}/**/*.md`] },
    { name: `${size} files: remark-cli`, command: [node, remark, corpus(size), '--rc-path', 'bench/remarkrc.mjs', '--quiet', '--no-stdout'] },
  ]),
];

function measure(command) {
  const report = path.join(BENCH, '.tmp', 'time.txt');
  spawnSync(TIME, ['-f', '%e %U %S %M', '-o', report, ...command], { cwd: ROOT, stdio: 'ignore' });
  return readFile(report, 'utf8').then((text) => {
    const [wall, user, system, rss] = text.trim().split('\n').pop().split(' ').map(Number);
    return { wall, cpu: user + system, rssMiB: rss / 1024 };
  });
}

const samples = new Map(tasks.map((task) => [task.name, []]));
for (let round = 1; round <= runs; round++) {
  for (const task of tasks) {
    if (task.before) {
      await rm(task.cache, { force: true });
      task.before();
    }
    const sample = await measure(task.command);
    samples.get(task.name).push(sample);
    console.error(`round ${round}/${runs}  ${task.name.padEnd(44)} ${sample.wall.toFixed(2)} s`);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const results = Object.fromEntries(
  [...samples].map(([name, list]) => [name, { wall: median(list.map((s) => s.wall)), cpu: median(list.map((s) => s.cpu)), rssMiB: median(list.map((s) => s.rssMiB)) }]),
);

const ratio = (a, b) => (results[a] && results[b] ? results[a].wall / results[b].wall : null);
const ratios = { 'one file: minutes / markdownlint-cli2 (wall)': ratio('one file: minutes lint', 'one file: markdownlint-cli2'), 'one file: minutes / node -e 0 (wall)': ratio('one file: minutes lint', 'node -e 0') };
for (const size of sizes) {
  ratios[`${size} files: minutes / markdownlint-cli2 (wall)`] = ratio(`${size} files: minutes lint`, `${size} files: markdownlint-cli2`);
  ratios[`${size} files: minutes / remark-cli (wall)`] = ratio(`${size} files: minutes lint`, `${size} files: remark-cli`);
  ratios[`${size} files: minutes / parse floor (wall)`] = ratio(`${size} files: minutes lint`, `${size} files: parse floor`);
  const cpu = results[`${size} files: minutes lint`].cpu / results[`${size} files: parse floor`].cpu;
  ratios[`${size} files: minutes / parse floor (CPU)`] = cpu;
  ratios[`${size} files: cached second run / first run (wall)`] = ratio(`${size} files: minutes lint --cache, second run`, `${size} files: minutes lint`);
}
for (let i = 1; i < sizes.length; i++) {
  ratios[`${sizes[i]} / ${sizes[i - 1]} files: minutes wall`] = ratio(`${sizes[i]} files: minutes lint`, `${sizes[i - 1]} files: minutes lint`);
}

const machine = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  runs,
};
const lines = [
  `Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; median of ${runs} interleaved rounds.`,
  '',
  '| task | wall (s) | CPU (s) | peak RSS (MiB) |',
  '| --- | ---: | ---: | ---: |',
  ...Object.entries(results).map(([name, r]) => `| ${name} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rssMiB.toFixed(0)} |`),
  '',
  '| ratio | value |',
  '| --- | ---: |',
  ...Object.entries(ratios).map(([name, value]) => `| ${name} | ${value === null ? '-' : value.toFixed(2)} |`),
];
await mkdir(path.join(BENCH, 'results'), { recursive: true });
await writeFile(path.join(BENCH, 'results', 'latest.json'), `${JSON.stringify({ machine, results, ratios }, null, 2)}\n`);
await writeFile(path.join(BENCH, 'results', 'latest.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
