import type { Rule } from '../rule.js';
import { meeting } from './series-examples.js';

const other = (date: string) => `---\ntitle: Election network\ndate: ${date}\nbody: Cyber resilience group\n---\n\n## 1. A\n\nx\n`;

export const seriesBody: Rule = {
  id: 'series-body',
  description: 'The minutes of a series are those of one body: the same `body` in each.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `A series is the minutes of one body, in one folder (or the folder a configuration's \`series:\` names). A file whose
\`body\` differs from the rest is probably in the wrong folder, or its \`body\` is misspelt.`,
  examples: [
    {
      title: 'one body',
      text: meeting('2024-01-10', '## 1. A\n\nx\n'),
      files: [
        { path: 'a.md', text: meeting('2024-01-10', '## 1. A\n\nx\n') },
        { path: 'b.md', text: meeting('2024-02-14', '## 1. A\n\nx\n') },
      ],
      messages: [],
    },
    {
      title: 'a file of another body',
      text: meeting('2024-01-10', '## 1. A\n\nx\n'),
      files: [
        { path: 'a.md', text: meeting('2024-01-10', '## 1. A\n\nx\n') },
        { path: 'b.md', text: meeting('2024-02-14', '## 1. A\n\nx\n') },
        { path: 'c.md', text: other('2024-03-20') },
      ],
      messages: ['c.md:4:1 `body` is "Cyber resilience group", but the rest of the series is "European cooperation network on elections": move the file, or correct `body`'],
    },
  ],
  checkSeries(context) {
    const counts = new Map<string, number>();
    for (const record of context.series.meetings) if (record.body) counts.set(record.body, (counts.get(record.body) ?? 0) + 1);
    const [usual, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
    if (usual === null || times < 2) return;
    context.series.meetings.forEach((record, index) => {
      if (!record.body || record.body === usual) return;
      context.report(index, {
        message: `\`body\` is "${record.body}", but the rest of the series is "${usual}": move the file, or correct \`body\``,
        place: record.places.body ?? record.places.start,
      });
    });
  },
};
