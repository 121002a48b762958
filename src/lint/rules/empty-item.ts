import type { Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n';

export const emptyItem: Rule = {
  id: 'empty-item',
  description: 'Every agenda item records something: text, actions or sub-items.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `An item with nothing under it leaves the reader wondering whether it was discussed. Write what was said, or
"No discussion."`,
  examples: [
    { title: 'an item with text, one with sub-items', text: `${FRONT}## 1. Opening\n\nWelcome.\n\n## 2. Elections\n\n### 2.1 Campaigns\n\nUpdates.\n`, messages: [] },
    { title: 'an empty item', text: `${FRONT}## 1. Opening\n\n## 2. Elections\n\nUpdates.\n`, messages: ['6:1 agenda item "Opening" is empty: record what was said, or write "No discussion."'] },
  ],
  check(context) {
    for (const heading of context.parsed.headings) {
      if (heading.blocks.length > 0 || heading.item.items.length > 0) continue;
      context.report({
        message: `${heading.level === 2 ? 'agenda item' : 'sub-item'} "${heading.item.title}" is empty: record what was said, or write "No discussion."`,
        range: heading.range,
        subject: null,
      });
    }
  },
};
