// The register of a long series: `node bench/series.mjs [1000,2500,5000]` writes series of that many
// meetings (each carrying, closing and opening actions) and times `minutes register` on each as a whole
// process, with GNU time for peak memory. The register should grow linearly with the meetings, and memory
// with the entries, not with the files (no syntax tree is kept once a file is read).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.argv[2] ?? '1000,2500,5000').split(',').map(Number);

/** Meeting `m` of a series: carries the actions opened in the two meetings before, closes the older, opens two. */
function meeting(m) {
  const date = new Date(Date.UTC(2000, 0, 1 + m * 7)).toISOString().slice(0, 10);
  const tasks = [];
  if (m >= 2) tasks.push(`- [x] MS: Report on the topic of meeting ${m - 2} {#a-${m - 2}-1}`, `- [x] COM: Draft the note of meeting ${m - 2} {#a-${m - 2}-2}`);
  if (m >= 1) tasks.push(`- [ ] MS: Report on the topic of meeting ${m - 1} {#a-${m - 1}-1}`, `- [ ] COM: Draft the note of meeting ${m - 1} {#a-${m - 1}-2}`);
  const due = new Date(Date.UTC(2000, 0, 1 + m * 7 + 30)).toISOString().slice(0, 10);
  tasks.push(`- [ ] MS: Report on the topic of meeting ${m} (due ${due}) {#a-${m}-1}`, `- [ ] COM: Draft the note of meeting ${m} (due ${due}) {#a-${m}-2}`);
  return `---\ntitle: Meeting ${m + 1} of the network\ndate: ${date}\nbody: The network\nmeeting: ${m + 1}\nstatus: approved\nactors:\n  MS: Member States\n  COM: European Commission\n---\n\n## 1. Follow-up of actions\n\n${tasks.join('\n')}\n\n## 2. Discussion\n\n**Decision:** the network takes note of the state of play of meeting ${m + 1}.\n`;
}

const results = [];
for (const size of sizes) {
  const dir = path.join(ROOT, 'bench', 'corpus', `series-${size}`);
  if (!existsSync(path.join(dir, '.complete'))) {
    await mkdir(dir, { recursive: true });
    for (let m = 0; m < size; m++) await writeFile(path.join(dir, `${String(m).padStart(5, '0')}.md`), meeting(m));
    await writeFile(path.join(dir, '.complete'), '');
  }
  const report = path.join(ROOT, 'bench', '.tmp', `series-${size}.txt`);
  await mkdir(path.dirname(report), { recursive: true });
  spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', report, process.execPath, path.join(ROOT, 'bin', 'minutes.js'), 'register', dir, '-o', path.join(ROOT, 'bench', '.tmp', 'register.json')], { stdio: 'inherit' });
  const [wall, user, system, rss] = (await readFile(report, 'utf8')).trim().split('\n').pop().split(' ').map(Number);
  results.push({ meetings: size, wall, cpu: user + system, rssMiB: Math.round(rss / 1024) });
}
console.log('| meetings | wall (s) | CPU (s) | peak RSS (MiB) | wall per 1,000 meetings (s) |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.meetings} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} | ${r.rssMiB} | ${((r.wall / r.meetings) * 1000).toFixed(2)} |`);
