// `node bench/documents.mjs` (after `npm run build`): how long `minutes import` takes to read large
// documents, and how much memory, against pdftotext for a PDF. It makes (once, in bench/.tmp/documents)
// a 200-page PDF printed by Chromium from generated minutes: 200 agenda items, every other page set in
// two columns, a table of actions and footnotes under each item, a running header and page numbers;
// and the same minutes as a Word document (pandoc). Each task runs --runs times (default 3), each a
// fresh process measured by GNU time (/usr/bin/time): the median wall time and peak RSS are printed.
// Nothing is asserted: the figures are in bench/README.md ("Documents").
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIR = path.join(ROOT, 'bench', '.tmp', 'documents');
const BIN = path.join(ROOT, 'bin', 'minutes.js');
const TIME = '/usr/bin/time';
const ITEMS = 300;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;

/** A fixed sequence of pseudo-random numbers, so that the document is the same on every machine. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const WORDS = 'the network discussed awareness campaigns disinformation platforms elections cooperation national authorities contact points resilience exercise report package recommendation transparency observers civil society media literacy turnout voters'.split(' ');
const ACTORS = ['COM', 'EEAS', 'MS', 'EP', 'ENISA', 'EDPB'];

function sentence(next) {
  const length = 12 + Math.floor(next() * 14);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]);
  return `${ACTORS[Math.floor(next() * ACTORS.length)]} ${words.join(' ')}.`;
}

/** The generated minutes as Markdown (for pandoc) and as an HTML page (for Chromium). */
function minutes() {
  const next = random(20_190_404);
  let markdown = '---\ntitle: Meeting of the European cooperation network on elections\ndate: 2019-04-04\n---\n\n';
  let html = '<!doctype html><html><head><meta charset="utf-8"><style>body{font:10.5pt/1.45 sans-serif} h2{font-size:14pt} section.cols{column-count:2;column-gap:8mm} table{border-collapse:collapse;width:100%;font-size:9pt} td,th{border:1px solid #999;padding:2pt 4pt;text-align:left} .fn{font-size:7.5pt;border-top:1px solid #999}</style></head><body><h1>Meeting of the European cooperation network on elections</h1><p>Brussels, 4 April 2019</p>';
  for (let item = 1; item <= ITEMS; item++) {
    const title = `Item on ${WORDS[item % WORDS.length]} and ${WORDS[(item * 7) % WORDS.length]}`;
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => sentence(next)).join(' '));
    const actions = Array.from({ length: 2 }, (_, at) => ({ owner: ACTORS[(item + at) % ACTORS.length], text: `Follow up on ${WORDS[(item + at) % WORDS.length]} with the network`, due: `${1 + ((item + at) % 28)} May 2019` }));
    markdown += `## ${item}. ${title}\n\n${paragraphs.join('\n\n')}[^${item}]\n\n${actions.map((action) => `- [ ] ${action.owner}: ${action.text} (due ${action.due})`).join('\n')}\n\n[^${item}]: See the report of ${WORDS[item % WORDS.length]}, page ${item}.\n\n`;
    html += `<section class="${item % 2 === 0 ? 'cols' : ''}"><h2>${item}. ${title}</h2>${paragraphs.map((text) => `<p>${text}</p>`).join('')}<table><tr><th>Owner</th><th>Action</th><th>Due</th><th>Status</th></tr>${actions.map((action) => `<tr><td>${action.owner}</td><td>${action.text}</td><td>${action.due}</td><td>Open</td></tr>`).join('')}</table><p class="fn"><sup>${item}</sup> See the report of ${WORDS[item % WORDS.length]}, page ${item}.</p></section>`;
  }
  return { markdown, html: `${html}</body></html>` };
}

/** Runs one of the Debian tools the benchmark needs (pandoc, poppler-utils); its standard output. */
function tool(name, toolArgs) {
  const child = spawnSync(name, toolArgs, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr || child.error}`);
  return child.stdout;
}

async function makeDocuments() {
  const pdf = path.join(DIR, 'minutes-big.pdf');
  const docx = path.join(DIR, 'minutes-big.docx');
  if (existsSync(pdf) && existsSync(docx)) return { pdf, docx };
  await mkdir(DIR, { recursive: true });
  const { markdown, html } = minutes();
  await writeFile(path.join(DIR, 'minutes-big.md'), markdown);
  tool('pandoc', [path.join(DIR, 'minutes-big.md'), '-o', docx]);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  await page.setContent(html);
  await page.pdf({
    path: pdf,
    format: 'A4',
    margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
    displayHeaderFooter: true,
    headerTemplate: '<div style="font-size:7px;width:100%;text-align:right;margin-right:18mm">Ref. Ares(2019)2345678</div>',
    footerTemplate: '<div style="font-size:7px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  });
  await browser.close();
  return { pdf, docx };
}

/** Median wall seconds and peak RSS (MB) of a command over `runs` runs. */
function measure(command, commandArgs) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const child = existsSync(TIME) ? spawnSync(TIME, ['-f', '%e %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    if (child.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${child.stderr}`);
    const last = child.stderr.trim().split('\n').at(-1) ?? '';
    const rss = existsSync(TIME) ? Number(last.split(' ')[1]) / 1024 : Number.NaN;
    results.push({ wall, rss });
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wall: median(results.map((result) => result.wall)), rss: median(results.map((result) => result.rss)) };
}

const { pdf, docx } = await makeDocuments();
const pages = /Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]))?.[1] ?? '?';
const out = path.join(DIR, 'out.md');
const rows = [
  [`minutes import (PDF, ${pages} pages)`, measure(process.execPath, [BIN, 'import', pdf, '-o', out])],
  ['pdftotext (the same PDF)', measure('pdftotext', [pdf, path.join(DIR, 'out.txt')])],
  [`minutes import (text of that PDF)`, measure(process.execPath, [BIN, 'import', path.join(DIR, 'out.txt'), '-o', out])],
  [`minutes import (Word, ${ITEMS} items)`, measure(process.execPath, [BIN, 'import', docx, '-o', out])],
];
console.log(`| task | wall (s) | peak RSS (MB) |\n| --- | ---: | ---: |`);
for (const [name, { wall, rss }] of rows) console.log(`| ${name} | ${wall.toFixed(2)} | ${Number.isNaN(rss) ? '–' : rss.toFixed(0)} |`);
