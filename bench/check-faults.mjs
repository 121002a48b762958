// Compares what `minutes lint` reports on a corpus of bench/generate-eu.mjs with the faults the generator
// injected (DIR/manifest.json): `node bench/check-faults.mjs DIR [--examples N]`.
//
// Runs the built command (`node bin/minutes.js lint --format json DIR`), then, for each injected fault, looks
// for a diagnostic of the expected rule on that file and line; every other diagnostic is "unexplained":
// on a corpus meant to be clean apart from its faults, it is a false positive of today's conventions (or
// a follow-on of a fault, counted apart). Prints a table per rule and examples. A report, not a test: it
// exits 0 whatever it finds (2 only when called without a corpus).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const examplesAt = args.indexOf('--examples');
const examples = examplesAt === -1 ? 3 : Number(args[examplesAt + 1]);
const dirArg = args.find((arg, i) => !arg.startsWith('--') && (examplesAt === -1 || i !== examplesAt + 1));
if (!dirArg) {
  console.error('usage: node bench/check-faults.mjs DIR [--examples N]   (DIR written by bench/generate-eu.mjs)');
  process.exit(2);
}
const dir = path.resolve(dirArg);
const done = (message) => {
  console.log(message);
  process.exit(0);
};
if (!existsSync(path.join(dir, 'manifest.json'))) done(`check-faults: ${path.join(dir, 'manifest.json')} is missing; write the corpus with node bench/generate-eu.mjs COUNT DIR`);
if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) done('check-faults: dist/cli.js is missing; run `npm run build` first');
const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));

/** Runs minutes lint; on a configuration it rejects (exit 2), once more with `extends:` taken out of it, and says so. */
async function lint() {
  const run = (extra) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'lint', '--format', 'json', ...extra, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
  const started = performance.now();
  let result = run([]);
  let note = null;
  const configFile = path.join(dir, 'minutes.config.yaml');
  if (result.status === 2 && existsSync(configFile)) {
    const config = await readFile(configFile, 'utf8');
    if (/^extends:/m.test(config)) {
      const stripped = path.join(ROOT, 'bench', '.tmp', 'check-faults.config.yaml');
      await mkdir(path.dirname(stripped), { recursive: true });
      await writeFile(stripped, config.replace(/^extends:.*\n/m, ''));
      note = `minutes rejected the corpus's configuration (${result.stderr.trim().split('\n')[0]}); linted again with it minus \`extends:\` (--config ${path.relative(ROOT, stripped)})`;
      result = run(['--config', stripped]);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 && result.status !== 1) done(`check-faults: minutes lint exited ${result.status}: ${result.stderr.trim() || result.error?.message || 'no output'}`);
  return { reports: JSON.parse(result.stdout), status: result.status, note, seconds };
}

const { reports, status, note, seconds } = await lint();
const relative = (filePath) => path.relative(dir, filePath).split(path.sep).join('/');
/** Every diagnostic: { file, rule, line, message }. A file that does not parse counts under parse-error. */
const diagnostics = reports.flatMap((report) =>
  report.messages.map((message) => ({ file: relative(report.filePath), rule: message.ruleId ?? 'parse-error', line: message.line ?? 0, message: message.message })),
);

const key = (file, rule, line) => `${file}\0${rule}\0${line}`;
const faultKeys = new Set(manifest.faults.map((fault) => key(fault.file, fault.rule, fault.line)));
const faultRulesByFile = new Map();
for (const fault of manifest.faults) faultRulesByFile.set(fault.file, new Set([...(faultRulesByFile.get(fault.file) ?? []), fault.rule]));
const reportedKeys = new Set(diagnostics.map((d) => key(d.file, d.rule, d.line)));

const rows = new Map();
const row = (rule) => {
  if (!rows.has(rule)) rows.set(rule, { injected: 0, reported: 0, missed: 0, elsewhere: 0, unexplained: 0, followOn: 0 });
  return rows.get(rule);
};
const missed = [];
for (const fault of manifest.faults) {
  const r = row(fault.rule);
  r.injected++;
  if (reportedKeys.has(key(fault.file, fault.rule, fault.line))) r.reported++;
  else {
    r.missed++;
    const sameRule = diagnostics.filter((d) => d.file === fault.file && d.rule === fault.rule);
    if (sameRule.length) r.elsewhere++;
    missed.push({ fault, sameRule });
  }
}
const unexplained = [];
for (const d of diagnostics) {
  if (faultKeys.has(key(d.file, d.rule, d.line))) continue;
  const r = row(d.rule);
  r.unexplained++;
  // On a file whose fault is of this very rule: a follow-on of the fault (or the fault at another line).
  if (faultRulesByFile.get(d.file)?.has(d.rule)) r.followOn++;
  unexplained.push(d);
}

// The rules in the order `minutes rules` lists them, the others after.
const ORDER = ['numbering', 'agenda-mismatch', 'front-matter', 'unknown-actor', 'action-owner', 'action-due', 'invalid-date', 'due-before-meeting', 'due-format', 'undefined-abbreviation', 'empty-item', 'duplicate-title', 'weekday-mismatch', 'duplicate-action-id', 'parse-error', 'unknown-rule'];
const rules = [...rows.keys()].sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));
const totals = { injected: 0, reported: 0, missed: 0, elsewhere: 0, unexplained: 0, followOn: 0 };
for (const r of rows.values()) for (const name of Object.keys(totals)) totals[name] += r[name];

const filesWithDiagnostics = new Set(unexplained.map((d) => d.file)).size;
const lines = [
  `corpus ${dirArg}: ${manifest.files} files (seed ${manifest.seed}), ${manifest.faults.length} injected faults`,
  `minutes lint --format json: exit ${status}, ${diagnostics.length} diagnostics in ${seconds.toFixed(1)} s`,
  ...(note ? [`note: ${note}`] : []),
  '',
  '| rule | injected | reported | missed | unexplained |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rules.map((rule) => {
    const r = rows.get(rule);
    const missedText = r.elsewhere ? `${r.missed} (${r.elsewhere} at another line)` : String(r.missed);
    const unexplainedText = r.followOn ? `${r.unexplained} (${r.followOn} on its faulty files)` : String(r.unexplained);
    return `| ${rule} | ${r.injected} | ${r.reported} | ${missedText} | ${unexplainedText} |`;
  }),
  `| total | ${totals.injected} | ${totals.reported} | ${totals.missed} | ${totals.unexplained} |`,
  '',
  `reported: the rule reports the fault on its file and line. missed: it does not (or only at another line).`,
  `unexplained: diagnostics no injected fault accounts for, in ${filesWithDiagnostics} of ${manifest.files} files ("on its faulty files": on a file whose fault is of that rule, e.g. follow-ons).`,
];
if (missed.length && examples > 0) {
  lines.push('', 'Missed faults:');
  for (const { fault, sameRule } of missed.slice(0, examples * 4)) {
    const got = sameRule.length ? `; ${fault.rule} said: ${sameRule.map((d) => `${d.line}: ${d.message}`).join(' | ')}` : '';
    lines.push(`- ${fault.file}:${fault.line} ${fault.kind} (${fault.rule}) ${JSON.stringify(fault.text)}${got}`);
  }
  if (missed.length > examples * 4) lines.push(`- … and ${missed.length - examples * 4} more`);
}
if (unexplained.length && examples > 0) {
  lines.push('', `Unexplained diagnostics, ${examples} examples per rule:`);
  for (const rule of rules) {
    const list = unexplained.filter((d) => d.rule === rule);
    if (!list.length) continue;
    // The most frequent messages first, with the words they complain about.
    const byMessage = new Map();
    for (const d of list) byMessage.set(d.message, [...(byMessage.get(d.message) ?? []), d]);
    const top = [...byMessage.values()].sort((a, b) => b.length - a.length).slice(0, examples);
    lines.push(`- ${rule} (${list.length}):`);
    for (const group of top) lines.push(`  - ${group.length}× ${group[0].message} (e.g. ${group[0].file}:${group[0].line})`);
  }
}
done(lines.join('\n'));
