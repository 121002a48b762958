import type { HeadingRecord } from '../../model/build.js';
import type { Rule } from '../rule.js';
import { comparableTitle } from './agenda-mismatch.js';

export const duplicateTitle: Rule = {
  id: 'duplicate-title',
  description: 'No two agenda items (or two sub-items of one item) have the same title.',
  defaultSeverity: 'warn',
  check(context) {
    const first = new Map<string, HeadingRecord>();
    for (const heading of context.parsed.headings) {
      const scope = heading.parent ? heading.parent.ordinal : '';
      const key = `${scope}\u0000${comparableTitle(heading.item.title)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, heading);
        continue;
      }
      context.report({
        message: `title "${heading.item.title}" repeats the title of item ${earlier.ordinal} (line ${earlier.item.line}): merge the two or tell them apart`,
        start: heading.node.position!.start,
        end: heading.node.position!.end,
      });
    }
  },
};
