import type { HeadingRecord } from '../../model/build.js';
import { canonicalToken, tokenMatches } from '../../model/headings.js';
import type { Rule, RuleContext } from '../rule.js';

export const numbering: Rule = {
  id: 'numbering',
  description: 'The Nth agenda item is numbered `N.`, sub-item M of item N `N.M`.',
  defaultSeverity: 'error',
  fixable: true,
  check(context) {
    // The first heading written with each number, to tell a repeated number from a merely wrong one.
    const firstWithNumber = new Map<string, HeadingRecord>();
    for (const heading of context.parsed.headings) {
      const key = heading.number ? `${heading.level}:${heading.number.number}` : null;
      if (key && !firstWithNumber.has(key)) firstWithNumber.set(key, heading);
      const expected = canonicalToken(heading.ordinal, heading.level);
      const kind = heading.level === 2 ? 'agenda item' : 'sub-item';
      if (heading.level === 3 && !heading.parent) {
        context.report({
          message: `sub-item "${heading.item.title}" comes before any agenda item: add a level-2 agenda heading above it or make it one`,
          start: heading.numberStart,
          end: heading.numberEnd,
        });
        continue;
      }
      if (!heading.number) {
        context.report({
          message: `${kind} "${heading.item.title}" has no number: write ${expected} before its title`,
          start: heading.numberStart,
          end: heading.numberEnd,
          fix: insertNumber(context, heading, expected),
        });
        continue;
      }
      const { token } = heading.number;
      if (tokenMatches(token, heading.ordinal, heading.level)) continue;
      const wellFormed = (heading.level === 2 ? /^[1-9]\d*$/ : /^[1-9]\d*\.[1-9]\d*$/).test(heading.number.number);
      const first = firstWithNumber.get(key!);
      const earlier = first !== heading ? first : undefined;
      const why = !wellFormed
        ? `has the malformed number \`${token}\``
        : earlier
          ? `repeats the number \`${token}\` of ${kind} ${earlier.ordinal}`
          : `is numbered \`${token}\``;
      context.report({
        message: `${kind} ${heading.ordinal} ${why}; expected \`${expected}\`: renumber it`,
        start: heading.numberStart,
        end: heading.numberEnd,
        fix: replaceNumber(context, heading, expected),
      });
    }
  },
};

function replaceNumber(context: RuleContext, heading: HeadingRecord, expected: string) {
  const { place, text } = context.parsed;
  const start = place.toOffset(heading.numberStart);
  const token = heading.number!.token;
  if (start === undefined || text.slice(start, start + token.length) !== token) return undefined;
  return { start, end: start + token.length, text: expected };
}

function insertNumber(context: RuleContext, heading: HeadingRecord, expected: string) {
  const first = heading.node.children[0];
  const start = first?.type === 'text' ? first.position?.start.offset : undefined;
  if (start === undefined) return undefined;
  return { start, end: start, text: `${expected} ` };
}
