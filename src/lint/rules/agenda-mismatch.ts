import { locateInFrontMatter } from '../../front-matter.js';
import type { Rule } from '../rule.js';

/** Titles compare without case, numbering, surrounding punctuation or repeated spaces. */
export function comparableTitle(title: string): string {
  return title
    .replace(/^\s*\d+(?:\.\d+)*[.)]?\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;]+$/, '')
    .trim()
    .toLocaleLowerCase();
}

export const agendaMismatch: Rule = {
  id: 'agenda-mismatch',
  description: 'When the front matter lists an `agenda`, the agenda headings match it, in order.',
  defaultSeverity: 'error',
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
          start: heading.node.position!.start,
          end: heading.node.position!.end,
        });
      } else if (comparableTitle(listed) !== comparableTitle(heading.item.title)) {
        context.report({
          message: `agenda item ${index + 1} is titled "${heading.item.title}" but the agenda lists "${listed}": make them the same`,
          start: heading.node.position!.start,
          end: heading.node.position!.end,
        });
      }
    });
    for (let index = items.length; index < agenda.length; index++) {
      const { start, end } = locateInFrontMatter(parsed.frontMatter, ['agenda', index]);
      context.report({
        message: `agenda entry "${agenda[index]}" has no heading: add \`## ${index + 1}. ${agenda[index]}\` or remove it from the agenda`,
        ...context.span(start, end),
      });
    }
  },
};
