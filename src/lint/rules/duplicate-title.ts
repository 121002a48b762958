import type { HeadingRecord } from '../../model/build.js';
import type { Rule } from '../rule.js';
import { comparableTitle } from '../../model/headings.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n';

export const duplicateTitle: Rule = {
  id: 'duplicate-title',
  description: 'No two agenda items (or two sub-items of one item) have the same title.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Two items with one title are usually one item split by mistake, or a copy left behind. Titles compare without case
and final punctuation; their numbers are not part of the title, so \`## 1. 2019 budget\` and \`## 2. 2020 budget\` differ.`,
  examples: [
    { title: 'titles that differ by a number that is part of the title', text: `${FRONT}## 1. 2019 budget\n\nAdopted.\n\n## 2. 2020 budget\n\nDiscussed.\n`, messages: [] },
    {
      title: 'one title twice',
      text: `${FRONT}## 1. Budget\n\nAdopted.\n\n## 2. Budget.\n\nDiscussed.\n`,
      messages: ['10:1 title "Budget." repeats the title of item 1 (line 6): merge the two or tell them apart'],
    },
  ],
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
        range: heading.range,
        subject: null,
      });
    }
  },
};
