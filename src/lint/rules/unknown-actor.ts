import { looksLikeAcronymCode } from '../../model/actors.js';
import { locateInFrontMatter } from '../../syntax/front-matter.js';
import { atOwner, atText, type Rule } from '../rule.js';

const FRONT = (extra = '') => `---\ntitle: Network meeting\ndate: 2019-04-04\n${extra}actors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n`;
const HINT = 'add it under `actors:` in the front matter or in minutes.config.yaml, or use a registered code';

export const unknownActor: Rule = {
  id: 'unknown-actor',
  description: 'Action owners, and a chair or attendees given as codes, are actors of the registry.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `Follow-up lists, reminders and \`--owner\` filters work on actor codes. An owner that is not in the registry (the
front matter's \`actors\`, or the configuration's) is reported at the owner; so is a \`chair\`, \`attendees\` or
\`apologies\` entry written as a code (in capitals) that is not registered.`,
  examples: [
    { title: 'registered owners, by code or by name', text: `${FRONT()}- [ ] COM: Circulate the list (due 2019-04-11)\n- [ ] European Commission: Book the room (due 2019-04-11)\n`, messages: [] },
    {
      title: 'an owner and an attendee that are not registered',
      text: `${FRONT('attendees: [COM, ENISA]\n')}- [ ] COM, EEAS: Circulate the list (due 2019-04-11)\n`,
      messages: [
        '4:18 attendee "ENISA" is written as an actor code but is not a known actor: add it under `actors:` in the front matter or in minutes.config.yaml, or use a registered code',
        '11:12 owner "EEAS" is not a known actor: add it under `actors:` in the front matter or in minutes.config.yaml, or use a registered code',
      ],
    },
  ],
  check(context) {
    const { parsed } = context;
    // A person or delegation the text defines (`Anna Novak (AN)`) may own actions under that code.
    const defined = new Set(parsed.definitions.map((definition) => definition.term));
    for (const record of parsed.actions) {
      for (const owner of record.owners) {
        if (owner.code === null && !defined.has(owner.written)) context.report({ message: `owner "${owner.written}" is not a known actor: ${HINT}`, ...atOwner(parsed, owner) });
      }
    }
    const block = parsed.frontMatter;
    if (!block) return;
    const check = (value: unknown, path: (string | number)[], role: string) => {
      if (typeof value === 'string' && looksLikeAcronymCode(value.trim()) && parsed.actors.resolve(value.trim()) === null) {
        const { start, end } = locateInFrontMatter(block, path);
        context.report({ message: `${role} "${value.trim()}" is written as an actor code but is not a known actor: ${HINT}`, ...atText(parsed, [start, end]) });
      }
    };
    check(parsed.data.chair, ['chair'], 'chair');
    for (const key of ['attendees', 'apologies'] as const) {
      const list = parsed.data[key];
      if (!Array.isArray(list)) continue;
      for (const [index, value] of list.entries()) check(value, [key, index], key === 'attendees' ? 'attendee' : 'excused attendee');
    }
  },
};
