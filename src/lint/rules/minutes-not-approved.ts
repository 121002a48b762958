import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

export const minutesNotApproved: Rule = {
  id: 'minutes-not-approved',
  description: 'Minutes are approved once a later meeting of the series has been held (`status: approved`).',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Minutes are normally approved at the next meeting. Once a later meeting of the series has been held, minutes still
\`status: draft\` are reported, at their status.`,
  examples: [
    {
      title: 'approved minutes, and a draft for the latest meeting',
      text: meeting('2024-01-10', '## 1. A\n\nx\n', 'status: approved\n'),
      files: [
        { path: 'a.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'status: approved\n') },
        { path: 'b.md', text: meeting('2024-02-14', '## 1. A\n\nx\n', 'status: draft\n') },
      ],
      messages: [],
    },
    {
      title: 'a draft after the next meeting',
      text: meeting('2024-01-10', '## 1. A\n\nx\n', 'status: draft\n'),
      files: [
        { path: 'a.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'status: draft\n') },
        { path: 'b.md', text: meeting('2024-02-14', '## 1. A\n\nx\n', 'status: draft\n') },
      ],
      messages: ['a.md:5:1 these minutes are still a draft, and the meeting of 2024-02-14, b.md, has been held since: approve them (`status: approved`)'],
    },
  ],
  checkSeries(context) {
    const meetings = context.series.meetings;
    meetings.forEach((record, index) => {
      if (record.status !== 'draft') return;
      // A later meeting held since: on a later day (same-day meetings approve nothing of each other).
      const next = meetings.slice(index + 1).find((later) => later.date === null || record.date === null || later.date > record.date);
      if (!next) return;
      context.report(index, {
        message: `these minutes are still a draft, and the meeting of ${next.date ?? 'an unknown date'}${next.file ? `, ${next.file.split(/[\\/]/).pop()}` : ''}, has been held since: approve them (\`status: approved\`)`,
        place: record.places.status ?? record.places.start,
      });
    });
  },
};
