import { locateInFrontMatter } from '../../syntax/front-matter.js';
import { atText, type Rule } from '../rule.js';

const FRONT = (agenda: string) => `---\ntitle: Network meeting\ndate: 2019-04-04\nagenda:\n${agenda}---\n\n`;

export const agendaMismatch: Rule = {
  id: 'agenda-mismatch',
  description: 'When the front matter lists an `agenda`, the agenda headings match it, in order.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `The agenda adopted at the start of a meeting is the order the minutes follow. With \`agenda:\` in the front matter,
the \`##\` headings are matched with its entries by title (without case, numbers or final punctuation), in order: an
entry without a heading is reported once, as missing, and the items after it keep the numbers the agenda gives them
(\`numbering\` checks them against the agenda, and \`--fix\` never renumbers them away from it); a heading under
another title than its entry, and a heading the agenda does not list, are reported too.`,
  examples: [
    { title: 'headings that follow the agenda', text: `${FRONT('  - Opening\n  - Budget\n')}## 1. Opening\n\nWelcome.\n\n## 2. Budget.\n\nAdopted.\n`, messages: [] },
    {
      title: 'a heading that differs from its agenda entry',
      text: `${FRONT('  - Opening\n  - Budget\n')}## 1. Opening\n\nWelcome.\n\n## 2. Finance\n\nAdopted.\n`,
      messages: ['13:1 agenda item 2 is titled "Finance" but the agenda lists "Budget": make them the same'],
    },
    {
      title: 'an agenda item missing, the items after it numbered as adopted',
      text: `${FRONT('  - Opening\n  - Budget\n  - Elections\n')}## 1. Opening\n\nWelcome.\n\n## 3. Elections\n\nUpdates.\n`,
      messages: ['6:5 agenda item 2 "Budget" is missing: add `## 2. Budget` where it was discussed, or remove it from the agenda'],
    },
  ],
  check(context) {
    const { parsed } = context;
    const agenda = parsed.model.meta.agenda;
    const block = parsed.frontMatter;
    if (!agenda || !block) return;
    const items = parsed.headings.filter((heading) => heading.level === 2);
    const held = new Set<number>();
    for (const heading of items) {
      if (heading.agenda === null) {
        context.report({
          message: `agenda item "${heading.item.title}" is not in the front matter's agenda (${agenda.length} items): add it there or remove the heading`,
          range: heading.range,
          subject: null,
        });
        continue;
      }
      held.add(heading.agenda.index);
      if (!heading.agenda.sameTitle) {
        context.report({
          message: `agenda item ${heading.agenda.index + 1} is titled "${heading.item.title}" but the agenda lists "${agenda[heading.agenda.index]}": make them the same`,
          range: heading.range,
          subject: null,
        });
      }
    }
    // One error for each agenda entry without a heading; the items after it keep their numbers.
    agenda.forEach((entry, index) => {
      if (held.has(index)) return;
      const { start, end } = locateInFrontMatter(block, ['agenda', index]);
      context.report({
        message: `agenda item ${index + 1} "${entry}" is missing: add \`## ${index + 1}. ${entry}\` where it was discussed, or remove it from the agenda`,
        ...atText(parsed, [start, end]),
      });
    });
  },
};
