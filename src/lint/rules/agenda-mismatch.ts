import { splitHeading } from '../../model/headings.js';
import { locateInFrontMatter } from '../../syntax/front-matter.js';
import { atText, type Rule } from '../rule.js';

/** Titles compare without case, surrounding punctuation or repeated spaces. */
export function comparableTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;]+$/, '')
    .trim()
    .toLocaleLowerCase();
}

/** An agenda entry's title: entries may be written with their numbers (`1. Opening`), as headings are. */
const agendaTitle = (entry: string) => comparableTitle(splitHeading(entry).title);

const FRONT = (agenda: string) => `---\ntitle: Network meeting\ndate: 2019-04-04\nagenda:\n${agenda}---\n\n`;

export const agendaMismatch: Rule = {
  id: 'agenda-mismatch',
  description: 'When the front matter lists an `agenda`, the agenda headings match it, in order.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `The agenda adopted at the start of a meeting is the order the minutes follow. With \`agenda:\` in the front matter,
each \`##\` heading is compared with the entry at its place (without case, numbers or final punctuation); headings
beyond the agenda and entries without a heading are reported.`,
  examples: [
    { title: 'headings that follow the agenda', text: `${FRONT('  - Opening\n  - Budget\n')}## 1. Opening\n\nWelcome.\n\n## 2. Budget.\n\nAdopted.\n`, messages: [] },
    {
      title: 'a heading that differs from its agenda entry',
      text: `${FRONT('  - Opening\n  - Budget\n')}## 1. Opening\n\nWelcome.\n\n## 2. Finance\n\nAdopted.\n`,
      messages: ['13:1 agenda item 2 is titled "Finance" but the agenda lists "Budget": make them the same'],
    },
    {
      title: 'an agenda entry without a heading',
      text: `${FRONT('  - Opening\n  - Budget\n')}## 1. Opening\n\nWelcome.\n`,
      messages: ['6:5 agenda entry "Budget" has no heading: add `## 2. Budget` or remove it from the agenda'],
    },
  ],
  check(context) {
    const { parsed } = context;
    const agenda = parsed.model.meta.agenda;
    if (!agenda || !parsed.frontMatter) return;
    const items = parsed.headings.filter((heading) => heading.level === 2);
    items.forEach((heading, index) => {
      const listed = agenda[index];
      if (listed === undefined) {
        context.report({
          message: `agenda item "${heading.item.title}" is not in the front matter's agenda (${agenda.length} items): add it there or remove the heading`,
          range: heading.range,
          subject: null,
        });
      } else if (agendaTitle(listed) !== comparableTitle(heading.item.title)) {
        context.report({
          message: `agenda item ${index + 1} is titled "${heading.item.title}" but the agenda lists "${listed}": make them the same`,
          range: heading.range,
          subject: null,
        });
      }
    });
    for (let index = items.length; index < agenda.length; index++) {
      const { start, end } = locateInFrontMatter(parsed.frontMatter, ['agenda', index]);
      context.report({
        message: `agenda entry "${agenda[index]}" has no heading: add \`## ${index + 1}. ${agenda[index]}\` or remove it from the agenda`,
        ...atText(parsed, [start, end]),
      });
    }
  },
};
