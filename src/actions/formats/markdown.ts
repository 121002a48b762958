import type { List, ListItem, Paragraph, Root, Text } from 'mdast';
import { defaultHandlers, type Handle } from 'mdast-util-to-markdown';
import { canonicalStringifierWith } from '../../render/markdown.js';
import type { Entry } from '../entries.js';

/** Writes text as the canonical form does; for an entry without owners, its first colon escaped (`Note\: …`). */
const text: Handle = (node: Text, parent, state, info) => {
  const written = defaultHandlers.text(node, parent, state, info);
  return (node.data as { ownerless?: boolean } | undefined)?.ownerless ? written.replace(':', '\\:') : written;
};

const stringifier = canonicalStringifierWith({ handlers: { text } });

/**
 * A Markdown task list grouped by owners (each group under a bold label), ready to paste into the next
 * meeting's minutes: each entry keeps its id as `{#id}`, so the next meeting's action is the same action.
 * Built as a syntax tree and written with the canonical options, so it reads back as the same actions.
 */
export function renderMarkdownList(entries: readonly Entry[]): string {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entry.owners.join(', ') || 'No owner';
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  const root: Root = { type: 'root', children: [] };
  for (const [owners, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // A bold label, not a heading: pasted under an agenda item, a heading would start a sub-item.
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: owners }] }] };
    const list: List = { type: 'list', ordered: false, spread: false, children: group.map(taskItem) };
    root.children.push(label, list);
  }
  return root.children.length ? stringifier.stringify(root) : '';
}

function taskItem(entry: Entry): ListItem {
  const prefix = entry.owners.length ? `${entry.owners.join(', ')}: ` : '';
  const due = entry.due ? ` (due ${entry.due})` : '';
  const value: Text = { type: 'text', value: `${prefix}${entry.text}${due} {#${entry.id}}` };
  // Its first colon must not read back as the end of an owner list.
  if (!entry.owners.length) value.data = { ownerless: true } as Text['data'];
  return { type: 'listItem', checked: entry.status === 'done', spread: false, children: [{ type: 'paragraph', children: [value] }] };
}
