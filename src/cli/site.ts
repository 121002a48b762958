import { readFile } from 'node:fs/promises';
import { inside } from '../io/output-dir.js';
import { renderIndex } from '../render/html-index.js';
import { renderRegisterHtml } from '../render/register-html.js';
import { registerJson } from '../series/entries.js';
import type { MeetingRecord } from '../series/record.js';
import { buildRegister } from '../series/register.js';
import { groupSeries } from '../series/series.js';
import { writeFile } from './output.js';

/** What a published site remembers of its pages, so that exporting one meeting later keeps the others. */
interface SiteManifest {
  version: 1;
  pages: { href: string; record: MeetingRecord }[];
}

const MANIFEST = 'minutes-site.json';
const REGISTER = 'register.html';

async function readManifest(dir: string): Promise<SiteManifest['pages']> {
  try {
    const data = JSON.parse(await readFile(inside(dir, MANIFEST), 'utf8')) as SiteManifest;
    return data.version === 1 && Array.isArray(data.pages) ? data.pages : [];
  } catch {
    return []; // no site yet, or a manifest that cannot be read: the pages written now start it
  }
}

/**
 * Updates a site's index and register after pages were written into it: the pages already published
 * stay listed (from the site's manifest), the ones written now are added or replace theirs, and the
 * register is made again from every meeting of the site, by body.
 */
export async function updateSite(dir: string, written: { href: string; record: MeetingRecord }[], today: string): Promise<void> {
  const pages = new Map((await readManifest(dir)).map((page) => [page.href, page]));
  for (const page of written) pages.set(page.href, page);
  const all = [...pages.values()];
  const hrefOf = new Map(all.map((page) => [page.record.file, page.href]));
  const series = groupSeries(
    all.map((page) => page.record),
    (record) => record.body ?? '',
  );
  const registers = series.map((one) => registerJson(one, buildRegister(one.meetings), today));
  const openActions = new Map<MeetingRecord, number>();
  for (const one of series) {
    for (const record of one.meetings) openActions.set(record, record.actions.filter((action) => action.status === 'open').length);
  }
  await writeFile(inside(dir, REGISTER), renderRegisterHtml(registers, (file) => hrefOf.get(file) ?? null, { indexHref: 'index.html' }));
  await writeFile(
    inside(dir, 'index.html'),
    renderIndex(
      all.map(({ href, record }) => ({ title: record.title, date: record.date, body: record.body, openActions: openActions.get(record) ?? 0, href })),
      { registerHref: REGISTER },
    ),
  );
  await writeFile(inside(dir, MANIFEST), `${JSON.stringify({ version: 1, pages: all } satisfies SiteManifest)}\n`);
}
