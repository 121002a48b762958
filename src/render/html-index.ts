import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Minutes } from '../schemas/generated/minutes.js';
import { STYLESHEET } from './html-style.js';

export interface IndexEntry {
  model: Minutes;
  /** The page's file name, relative to the index. */
  href: string;
}

const allActions = (model: Minutes) => [
  ...model.preamble.actions,
  ...model.items.flatMap((item) => [...item.actions, ...item.items.flatMap((sub) => sub.actions)]),
];

/** index.html for a folder of published minutes: the meetings, newest first, with their open actions. */
export function renderIndex(entries: readonly IndexEntry[], title = 'Minutes'): string {
  const sorted = [...entries].sort((a, b) => (b.model.meta.date ?? '').localeCompare(a.model.meta.date ?? '') || a.href.localeCompare(b.href));
  const rows = sorted.map(({ model, href }) =>
    h('tr', [
      h('td', [model.meta.date ? h('time', { dateTime: model.meta.date }, [model.meta.date]) : '—']),
      h('td', [h('a', { href }, [model.meta.title ?? href])]),
      h('td', [model.meta.body ?? '']),
      h('td', [String(allActions(model).filter((action) => action.status === 'open').length)]),
    ]),
  );
  const page = {
    type: 'root' as const,
    children: [
      { type: 'doctype' as const },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'" }),
          h('title', [title]),
          h('style', [STYLESHEET]),
        ]),
        h('body', [
          h('header', { className: ['meeting'] }, [h('h1', [title])]),
          h('main', [
            h('table', [
              h('caption', [`${entries.length} ${entries.length === 1 ? 'meeting' : 'meetings'}`]),
              h('thead', [h('tr', ['Date', 'Meeting', 'Body', 'Open actions'].map((label) => h('th', { scope: 'col' }, [label])))]),
              h('tbody', rows),
            ]),
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}
