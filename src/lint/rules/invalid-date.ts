import { isIsoShaped, isValidIsoDate } from '../../model/dates.js';
import { locateInFrontMatter } from '../../syntax/front-matter.js';
import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n## 1. Follow-up\n\n';

export const invalidDate: Rule = {
  id: 'invalid-date',
  description: 'Dates exist and can be read: the meeting date, and every action due date.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `A date that is not a day of the calendar (\`2019-02-30\`) or cannot be read (\`(due soonish)\`) is lost to every
follow-up list and calendar.`,
  examples: [
    { title: 'dates that exist', text: `${FRONT}- [ ] COM: Circulate the list (due 11 April 2019)\n`, messages: [] },
    {
      title: 'a day that does not exist, and a due date that cannot be read',
      text: `${FRONT}- [ ] COM: Circulate the list (due 2019-02-30)\n- [ ] COM: Book the room (due soonish)\n`,
      messages: ['10:36 due date cannot be used: 2019-02-30 is not a day of the calendar', '11:31 due date cannot be used: "soonish" cannot be read as a date; write it as YYYY-MM-DD'],
    },
  ],
  check(context) {
    const { parsed } = context;
    const date = parsed.data.date;
    if (parsed.frontMatter && typeof date === 'string' && isIsoShaped(date) && !isValidIsoDate(date)) {
      const { start, end } = locateInFrontMatter(parsed.frontMatter, ['date']);
      context.report({ message: `meeting date ${date} is not a day of the calendar: correct it`, ...atText(parsed, [start, end]) });
    }
    for (const record of parsed.actions) {
      const due = record.due;
      if (due?.problem) context.report({ message: `due date cannot be used: ${due.problem}`, ...atText(parsed, due.range) });
    }
  },
};
