import { meetingName, meetingNumber, sameMeeting } from '../../series/series.js';
import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

export const seriesOrder: Rule = {
  id: 'series-order',
  description: 'Each meeting of a series has its own date and number, and numbers go up with the dates.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `The meetings of a series are ordered by date, then by the \`meeting\` key (several meetings may share a day). Two
minutes with the same date and the same \`meeting\` are one meeting written twice, and a meeting number lower than an
earlier meeting's is a typo in one of them.`,
  examples: [
    {
      title: 'two meetings on one day, numbered',
      text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 5\n'),
      files: [
        { path: '5.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 5\n') },
        { path: '6.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 6\n') },
      ],
      messages: [],
    },
    {
      title: 'a meeting written twice, and a number going backwards',
      text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 5\n'),
      files: [
        { path: 'a.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 5\n') },
        { path: 'b.md', text: meeting('2024-01-10', '## 1. A\n\nx\n', 'meeting: 5\n') },
        { path: 'c.md', text: meeting('2024-02-14', '## 1. A\n\nx\n', 'meeting: 4\n') },
      ],
      messages: [
        'b.md:3:1 these minutes have the date and the meeting of the meeting of 2024-01-10 (meeting 5), a.md: merge the two, or correct `date` or `meeting`',
        'c.md:5:1 meeting 4 comes after meeting 5 of the meeting of 2024-01-10 (meeting 5), b.md: correct `meeting` or `date`',
      ],
    },
  ],
  checkSeries(context) {
    const meetings = context.series.meetings;
    let highest: { number: number; index: number } | null = null;
    meetings.forEach((record, index) => {
      const previous = meetings[index - 1];
      if (previous && sameMeeting(previous, record)) {
        context.report(index, {
          message: `these minutes have the date and the meeting of ${meetingName(previous)}: merge the two, or correct \`date\` or \`meeting\``,
          place: record.places.date ?? record.places.start,
        });
      }
      const number = meetingNumber(record.meeting);
      if (number === null) return;
      if (highest && number < highest.number) {
        context.report(index, {
          message: `meeting ${number} comes after meeting ${highest.number} of ${meetingName(meetings[highest.index]!)}: correct \`meeting\` or \`date\``,
          place: record.places.meeting ?? record.places.start,
        });
      }
      if (!highest || number >= highest.number) highest = { number, index };
    });
  },
};
