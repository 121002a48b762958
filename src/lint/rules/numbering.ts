import type { HeadingRecord } from '../../model/build.js';
import { canonicalToken, tokenMatches } from '../../model/headings.js';
import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n';

export const numbering: Rule = {
  id: 'numbering',
  description: 'The Nth agenda item is numbered `N.`, sub-item M of item N `N.M`.',
  defaultSeverity: 'error',
  fixable: true,
  docs: `Agenda items are \`## N.\` headings and sub-items \`### N.M\` headings, numbered by their place, or, when the front
matter lists the adopted \`agenda\`, by the place the agenda gives them (an item missing from the minutes does not
shift the ones after it). A number that repeats an earlier one (the seed minutes run 1 to 6 and then 5, 6, 5, 6),
skips, is malformed (\`01.\`, \`5\` without its dot) or is missing is reported with the number expected; \`--fix\`
and \`minutes fmt\` renumber. Headings that are document sections (Present, Action items, Annex, …) are not
agenda items and carry no number.`,
  examples: [
    { title: 'items numbered by their place', text: `${FRONT}## 1. Opening\n\nWelcome.\n\n## 2. Elections\n\n### 2.1 Campaigns\n\nUpdates.\n`, messages: [] },
    {
      title: 'a repeated number',
      text: `${FRONT}## 1. Opening\n\nWelcome.\n\n## 1. Elections\n\nUpdates.\n`,
      messages: ['10:4 agenda item 2 repeats the number `1.` of agenda item 1; expected `2.`: renumber it'],
      output: `${FRONT}## 1. Opening\n\nWelcome.\n\n## 2. Elections\n\nUpdates.\n`,
    },
    {
      title: 'numbers that follow the adopted agenda when an item was not held, and a section without a number',
      text: `---\ntitle: Network meeting\ndate: 2019-04-04\nagenda:\n  - Opening\n  - Budget\n  - Elections\n---\n\n## Present\n\nCOM, EEAS.\n\n## 1. Opening\n\nWelcome.\n\n## 3. Elections\n\nUpdates.\n`,
      messages: [],
    },
    {
      title: 'a missing number and a wrong sub-item number',
      text: `${FRONT}## Opening\n\nWelcome.\n\n## 2. Elections\n\n### 2.2 Campaigns\n\nUpdates.\n`,
      messages: ['6:1 agenda item "Opening" has no number: write 1. before its title', '12:5 sub-item 2.1 is numbered `2.2`; expected `2.1`: renumber it'],
      output: `${FRONT}## 1. Opening\n\nWelcome.\n\n## 2. Elections\n\n### 2.1 Campaigns\n\nUpdates.\n`,
    },
  ],
  check(context) {
    const { parsed } = context;
    // The first heading written with each number, to tell a repeated number from a merely wrong one.
    const firstWithNumber = new Map<string, HeadingRecord>();
    for (const heading of parsed.headings) {
      const key = heading.number ? `${heading.level}:${heading.number.number}` : null;
      if (key && !firstWithNumber.has(key)) firstWithNumber.set(key, heading);
      const expected = canonicalToken(heading.ordinal, heading.level);
      const kind = heading.level === 2 ? 'agenda item' : 'sub-item';
      const where = heading.numberRange ?? heading.range;
      if (heading.level === 3 && !heading.parent) {
        context.report({
          message: `sub-item "${heading.item.title}" comes before any agenda item: add a level-2 agenda heading above it or make it one`,
          ...(heading.numberRange ? atText(parsed, heading.numberRange) : { range: heading.range, subject: null }),
        });
        continue;
      }
      if (!heading.number) {
        const at = heading.textStart;
        // `1. ` at the start of a setext heading's text would make it a list item: escape the dot there.
        const written = heading.level === 2 && !parsed.text.slice(heading.range[0], heading.range[0] + 4).trimStart().startsWith('#') ? expected.replace(/\.$/, '\\.') : expected;
        context.report({
          message: `${kind} "${heading.item.title}" has no number: write ${expected} before its title`,
          range: heading.range,
          subject: null,
          ...(at === null ? {} : { fix: { range: [at, at], text: `${written} ` } }),
        });
        continue;
      }
      // With an agenda, an item it does not list has no number to check: agenda-mismatch reports it.
      if (parsed.model.meta.agenda && heading.level === 2 && heading.agenda === null) continue;
      const { token } = heading.number;
      if (tokenMatches(token, heading.ordinal, heading.level)) continue;
      const wellFormed = (heading.level === 2 ? /^[1-9]\d*$/ : /^[1-9]\d*\.[1-9]\d*$/).test(heading.number.number);
      const first = firstWithNumber.get(key!);
      const earlier = first !== heading ? first : undefined;
      const why = !wellFormed ? `has the malformed number \`${token}\`` : earlier ? `repeats the number \`${token}\` of ${kind} ${earlier.ordinal}` : `is numbered \`${token}\``;
      context.report({
        message: `${kind} ${heading.ordinal} ${why}; expected \`${expected}\`: renumber it`,
        ...atText(parsed, where),
        fix: { range: where, text: expected },
      });
    }
  },
};
