import type { Entry } from '../entries.js';

/**
 * A Markdown task list grouped by owners (each group under a bold label), ready to paste into the next meeting's minutes: each entry keeps
 * its id as `{#id}`, so the next meeting's action is the same action.
 */
export function renderMarkdownList(entries: readonly Entry[]): string {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entry.owners.join(', ') || 'No owner';
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  let output = '';
  for (const [owners, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    // A bold label, not a heading: pasted under an agenda item, a heading would start a sub-item.
    output += `${output ? '\n' : ''}**${owners}**\n\n`;
    for (const entry of group) {
      const box = entry.status === 'done' ? '[x]' : '[ ]';
      const prefix = entry.owners.length ? `${entry.owners.join(', ')}: ` : '';
      const due = entry.due ? ` (due ${entry.due})` : '';
      output += `- ${box} ${prefix}${escapeInline(entry.text)}${due} {#${entry.id}}\n`;
    }
  }
  return output;
}

/** Keeps text literal when it is read back as Markdown. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
