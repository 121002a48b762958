// `npm run bench`: minutes lint against its peers and the bare parse floor, measured side by side.
//
//   node bench/run.mjs [--sizes 200,2000,20000] [--runs 3] [--corpus simple|eu|both] [--only WORD,...]
//
// --only keeps the tasks whose names contain one of the words (and `node -e 0`), for a quicker look.
//
// Two corpora (bench/README.md, "Corpora"): `simple`, the minutes of bench/generate.mjs in bench/corpus/N,
// and `eu`, the varied EU minutes of bench/generate-eu.mjs in bench/corpus/eu-N; `both` (the default)
// measures every size on each. Each corpus is written once, and marked complete with a `.complete` file.
//
// Every round runs every task once, in turn (interleaved, so that a slow moment of the machine hits all
// tools alike); the table shows the median of the rounds for wall time, CPU time (user + system) and
// peak RSS, as measured by GNU time (/usr/bin/time, Debian package `time`). Results go to
// bench/results/latest.json and bench/results/latest.md. Nothing here is asserted: see bench/README.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEuCorpus } from './generate-eu.mjs';
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
const corpusOption = option('corpus', 'both');
if (!['simple', 'eu', 'both'].includes(corpusOption)) {
  console.error(`bench: --corpus must be simple, eu or both, not ${corpusOption}`);
  process.exit(2);
}
/** The corpora measured: where each size lives, how it is written, and how its task names start. */
const CORPORA = {
  simple: { title: 'simple corpus (bench/generate.mjs)', folder: (size) => String(size), write: writeCorpus, prefix: '' },
  eu: { title: 'EU corpus (bench/generate-eu.mjs)', folder: (size) => `eu-${size}`, write: writeEuCorpus, prefix: 'eu, ' },
};
const corpora = corpusOption === 'both' ? ['simple', 'eu'] : [corpusOption];

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

for (const name of corpora) {
  for (const size of sizes) {
    const dir = path.join(BENCH, 'corpus', CORPORA[name].folder(size));
    if (!existsSync(path.join(dir, '.complete'))) {
      console.error(`writing a ${name} corpus of ${size} files…`);
      await CORPORA[name].write(size, dir);
      await writeFile(path.join(dir, '.complete'), '');
    }
  }
}

const node = process.execPath;
const minutes = path.join(ROOT, 'bin', 'minutes.js');
const markdownlint = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const remark = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
/** The first file of a corpus (in its first folder, by name): the one file linted cold. */
const firstFile = (dir) => {
  const folder = path.join(dir, '000');
  const name = readdirSync(path.join(ROOT, folder)).filter((file) => file.endsWith('.md')).sort()[0];
  return path.join(folder, name);
};

/** Each corpus's tasks: a name, the command, and an optional step before it that is not timed. */
const tasksOf = (name) => {
  const { folder, prefix } = CORPORA[name];
  const corpus = (size) => path.join('bench', 'corpus', folder(size));
  const oneFile = firstFile(corpus(sizes[0]));
  const cacheFile = (size) => path.join(BENCH, '.tmp', `cache-${folder(size)}.json`);
  return [
    { name: `${prefix}one file: minutes lint`, command: [node, minutes, 'lint', oneFile] },
    { name: `${prefix}one file: markdownlint-cli2`, command: [node, markdownlint, oneFile] },
    { name: `${prefix}one file: remark-cli`, command: [node, remark, oneFile, '--rc-path', 'bench/remarkrc.mjs', '--quiet', '--no-stdout'] },
    ...sizes.flatMap((size) => [
      { name: `${prefix}${size} files: parse floor`, command: [node, 'bench/floor.mjs', corpus(size)] },
      { name: `${prefix}${size} files: minutes lint`, command: [node, minutes, 'lint', '--format', 'json', corpus(size)] },
      {
        name: `${prefix}${size} files: minutes lint --cache, second run`,
        cache: cacheFile(size),
        before: () => spawnSync(node, [minutes, 'lint', '--cache', '--cache-location', cacheFile(size), corpus(size)], { cwd: ROOT, stdio: 'ignore' }),
        command: [node, minutes, 'lint', '--format', 'json', '--cache', '--cache-location', cacheFile(size), corpus(size)],
      },
      { name: `${prefix}${size} files: minutes actions`, command: [node, minutes, 'actions', '--format', 'json', '--status', 'all', corpus(size)] },
      { name: `${prefix}${size} files: minutes export --format json`, command: [node, minutes, 'export', '--format', 'json', corpus(size)] },
      { name: `${prefix}${size} files: minutes register`, command: [node, minutes, 'register', '--format', 'json', corpus(size)] },
      { name: `${prefix}${size} files: markdownlint-cli2`, command: [node, markdownlint, `${corpus(size)}/**/*.md`] },
      { name: `${prefix}${size} files: remark-cli`, command: [node, remark, corpus(size), '--rc-path', 'bench/remarkrc.mjs', '--quiet', '--no-stdout'] },
    ]),
  ];
};

// The EU corpus relies on `extends:` in its minutes.config.yaml: a minutes that rejects it would time an error.
if (corpora.includes('eu')) {
  const check = spawnSync(node, [minutes, 'lint', '--format', 'json', firstFile(path.join('bench', 'corpus', CORPORA.eu.folder(sizes[0])))], { cwd: ROOT, encoding: 'utf8' });
  if (check.status === 2) {
    console.error(`bench: minutes lint cannot lint the EU corpus: ${check.stderr.trim()}\nbench: run with --corpus simple, or build a minutes that reads \`extends:\``);
    process.exit(2);
  }
}

const baseline = { name: 'node -e 0', command: [node, '-e', '0'] };
const only = option('only', '')
  .split(',')
  .filter(Boolean);
const tasksByCorpus = Object.fromEntries(corpora.map((name) => [name, tasksOf(name).filter((task) => only.length === 0 || only.some((word) => task.name.includes(word)))]));
const tasks = [baseline, ...corpora.flatMap((name) => tasksByCorpus[name])];

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
    console.error(`round ${round}/${runs}  ${task.name.padEnd(52)} ${sample.wall.toFixed(2)} s`);
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
const cpuRatio = (a, b) => (results[a] && results[b] ? results[a].cpu / results[b].cpu : null);
/** The ratios of one corpus, named with its prefix (none for the simple corpus, as before). */
const ratiosOf = (name) => {
  const p = CORPORA[name].prefix;
  const ratios = {
    [`${p}one file: minutes / markdownlint-cli2 (wall)`]: ratio(`${p}one file: minutes lint`, `${p}one file: markdownlint-cli2`),
    [`${p}one file: minutes / node -e 0 (wall)`]: ratio(`${p}one file: minutes lint`, 'node -e 0'),
  };
  for (const size of sizes) {
    const lint = `${p}${size} files: minutes lint`;
    ratios[`${p}${size} files: minutes / markdownlint-cli2 (wall)`] = ratio(lint, `${p}${size} files: markdownlint-cli2`);
    ratios[`${p}${size} files: minutes / markdownlint-cli2 (CPU)`] = cpuRatio(lint, `${p}${size} files: markdownlint-cli2`);
    ratios[`${p}${size} files: minutes / remark-cli (wall)`] = ratio(lint, `${p}${size} files: remark-cli`);
    ratios[`${p}${size} files: minutes / parse floor (wall)`] = ratio(lint, `${p}${size} files: parse floor`);
    ratios[`${p}${size} files: minutes / parse floor (CPU)`] = cpuRatio(lint, `${p}${size} files: parse floor`);
    ratios[`${p}${size} files: cached second run / first run (wall)`] = ratio(`${p}${size} files: minutes lint --cache, second run`, lint);
    for (const command of ['actions', 'export --format json', 'register']) ratios[`${p}${size} files: minutes ${command} / lint (wall)`] = ratio(`${p}${size} files: minutes ${command}`, lint);
  }
  for (let i = 1; i < sizes.length; i++) {
    ratios[`${p}${sizes[i]} / ${sizes[i - 1]} files: minutes wall`] = ratio(`${p}${sizes[i]} files: minutes lint`, `${p}${sizes[i - 1]} files: minutes lint`);
  }
  return ratios;
};
const ratiosByCorpus = Object.fromEntries(corpora.map((name) => [name, ratiosOf(name)]));
const ratios = Object.assign({}, ...Object.values(ratiosByCorpus));

// The JSON report of `minutes lint` on each corpus, hashed: an optimisation must leave it unchanged.
const reportHashes = {};
for (const name of corpora) {
  for (const size of sizes) {
    const folder = path.join('bench', 'corpus', CORPORA[name].folder(size));
    const run = spawnSync(node, [minutes, 'lint', '--format', 'json', folder], { cwd: ROOT, maxBuffer: 2 ** 30 });
    reportHashes[`${CORPORA[name].prefix}${size} files`] = createHash('sha256').update(run.stdout).digest('hex');
  }
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
];
for (const name of corpora) {
  const taskNames = [baseline.name, ...tasksByCorpus[name].map((task) => task.name)];
  lines.push(
    '',
    ...(corpora.length > 1 ? [`### ${CORPORA[name].title}`, ''] : []),
    '| task | wall (s) | CPU (s) | peak RSS (MiB) |',
    '| --- | ---: | ---: | ---: |',
    ...taskNames.map((task) => [task, results[task]]).map(([task, r]) => `| ${task} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rssMiB.toFixed(0)} |`),
    '',
    '| ratio | value |',
    '| --- | ---: |',
    ...Object.entries(ratiosByCorpus[name]).map(([ratioName, value]) => `| ${ratioName} | ${value === null ? '-' : value.toFixed(2)} |`),
  );
}
lines.push('', 'SHA-256 of the JSON report of `minutes lint --format json` (paths relative to the project):', '', ...Object.entries(reportHashes).map(([corpus, hash]) => `- ${corpus}: \`${hash}\``));
await mkdir(path.join(BENCH, 'results'), { recursive: true });
const corporaTasks = Object.fromEntries(corpora.map((name) => [name, [baseline.name, ...tasksByCorpus[name].map((task) => task.name)]]));
await writeFile(path.join(BENCH, 'results', 'latest.json'), `${JSON.stringify({ machine, corpora: corporaTasks, results, ratios, reportHashes }, null, 2)}\n`);
await writeFile(path.join(BENCH, 'results', 'latest.md'), `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
