import type { Rule } from '../rule.js';

export const emptyItem: Rule = {
  id: 'empty-item',
  description: 'Every agenda item records something: text, actions or sub-items.',
  defaultSeverity: 'warn',
  check(context) {
    for (const heading of context.parsed.headings) {
      if (heading.blocks.length > 0 || heading.item.items.length > 0) continue;
      context.report({
        message: `${heading.level === 2 ? 'agenda item' : 'sub-item'} "${heading.item.title}" is empty: record what was said, or write "No discussion."`,
        start: heading.node.position!.start,
        end: heading.node.position!.end,
      });
    }
  },
};
