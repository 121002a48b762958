import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { STYLESHEET } from './html-style.js';

/** A meeting as the index lists it. */
export interface IndexEntry {
  title: string | null;
  date: string | null;
  body: string | null;
  openActions: number;
  /** The page's file name, relative to the index. */
  href: string;
}

/** A standalone page of the site: its title and main content, with the site's stylesheet and security policy. */
export function sitePage(title: string, content: Parameters<typeof h>[2], lang = 'en'): string {
  const page = {
    type: 'root' as const,
    children: [
      { type: 'doctype' as const },
      h('html', { lang }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
          h('title', [title]),
          h('style', [STYLESHEET]),
        ]),
        h('body', content),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

/** index.html for a folder of published minutes: the meetings, newest first, with their open actions, and a link to the register. */
export function renderIndex(entries: readonly IndexEntry[], options: { title?: string; registerHref?: string } = {}): string {
  const title = options.title ?? 'Minutes';
  const sorted = [...entries].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.href.localeCompare(b.href));
  const rows = sorted.map((entry) =>
    h('tr', [
      h('td', [entry.date ? h('time', { dateTime: entry.date }, [entry.date]) : '—']),
      h('td', [h('a', { href: entry.href }, [entry.title ?? entry.href])]),
      h('td', [entry.body ?? '']),
      h('td', [String(entry.openActions)]),
    ]),
  );
  return sitePage(title, [
    h('header', { className: ['meeting'] }, [h('h1', [title]), ...(options.registerHref ? [h('p', [h('a', { href: options.registerHref }, ['Register of actions and decisions'])])] : [])]),
    h('main', [
      h('table', [
        h('caption', [`${entries.length} ${entries.length === 1 ? 'meeting' : 'meetings'}`]),
        h('thead', [h('tr', ['Date', 'Meeting', 'Body', 'Open actions'].map((label) => h('th', { scope: 'col' }, [label])))]),
        h('tbody', rows),
      ]),
    ]),
  ]);
}
