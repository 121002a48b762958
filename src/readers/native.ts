import type { Reader } from './reader.js';
import { CanonicalWriter } from './source-map.js';

/** The minutes format itself: read as it is. */
export const nativeReader: Reader = {
  name: 'native',
  description: 'minutes Markdown: YAML front matter, `## N.` agenda items, task-list actions (the default)',
  furniture: [],
  labels: 'agenda items `## N.`, sub-items `### N.M`',
  detect({ text }) {
    if (text === null) return 0;
    const front = /^(?:\uFEFF)?---\r?\n[\s\S]*?\btitle:[\s\S]*?\bdate:\s*\d{4}-\d{2}-\d{2}[\s\S]*?\r?\n---\r?\n/.test(text.slice(0, 4000));
    const items = /^##\s+\d+\.\s/m.test(text);
    return front ? (items ? 0.9 : 0.6) : items ? 0.3 : 0.05;
  },
  read({ text }) {
    const source = text ?? '';
    const { text: canonical, map } = new CanonicalWriter(source).copy(0, source.length).finish();
    return { text: canonical, map, source, notes: [] };
  },
};
