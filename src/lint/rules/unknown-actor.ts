import { locateInFrontMatter } from '../../front-matter.js';
import { actionPlace, type Rule } from '../rule.js';

/** A value written like an actor code (capitals, at least two): COM, EEAS, DG-JUST. */
const CODE = /^[A-Z][A-Z0-9]*(?:[-_/.&]?[A-Z0-9]+)+$/;

export const unknownActor: Rule = {
  id: 'unknown-actor',
  description: 'Action owners, and a chair or attendees given as codes, are actors of the registry.',
  defaultSeverity: 'error',
  check(context) {
    const { parsed } = context;
    const hint = 'add it under `actors:` in the front matter or in minutes.config.yaml, or use a registered code';
    for (const record of parsed.actions) {
      for (const owner of record.unknownOwners) {
        context.report({
          message: `owner "${owner}" is not a known actor: ${hint}`,
          ...actionPlace(record),
        });
      }
    }
    if (!parsed.frontMatter) return;
    const check = (value: unknown, path: (string | number)[], role: string) => {
      if (typeof value === 'string' && CODE.test(value.trim()) && parsed.actors.resolve(value.trim()) === null) {
        const { start, end } = locateInFrontMatter(parsed.frontMatter!, path);
        context.report({ message: `${role} "${value.trim()}" is written as an actor code but is not a known actor: ${hint}`, ...context.span(start, end) });
      }
    };
    check(parsed.data.chair, ['chair'], 'chair');
    for (const key of ['attendees', 'apologies'] as const) {
      const list = parsed.data[key];
      if (Array.isArray(list)) list.forEach((value, index) => check(value, [key, index], key === 'attendees' ? 'attendee' : 'excused attendee'));
    }
  },
};
