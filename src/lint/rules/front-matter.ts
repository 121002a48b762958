import { isIsoShaped, readDate } from '../../model/dates.js';
import { describeSchemaError } from '../../schemas/messages.js';
import { locateInFrontMatter } from '../../syntax/front-matter.js';
import { atText, type Rule } from '../rule.js';

export const frontMatter: Rule = {
  id: 'front-matter',
  description: 'The front matter follows schemas/front-matter.schema.json: title and date given, known keys, right types.',
  defaultSeverity: 'error',
  fixable: true,
  docs: `The front matter is the meeting's record card: \`title\` and \`date\` are required, every key is one the schema knows
(or starts with \`x-\`), and each value has its type. Each problem is reported at the key or value that is wrong, and a
key that looks like a misspelt one says which. A meeting date written in words (\`18 April 2024\`) is fixed to
\`2024-04-18\`.`,
  examples: [
    { title: 'title, date and known keys', text: '---\ntitle: Network meeting\ndate: 2019-04-04\nstatus: draft\nx-room: S3\n---\n\n## 1. Opening\n\nWelcome.\n', messages: [] },
    {
      title: 'a misspelt key and a value out of its list',
      text: '---\ntitle: Network meeting\ndate: 2019-04-04\nlangauge: en\nstatus: final\n---\n\n## 1. Opening\n\nWelcome.\n',
      messages: ['4:1 unknown key `langauge` in the front matter: did you mean `language`?', '5:9 `status` must be one of `draft`, `approved`'],
    },
    {
      title: 'a meeting date written in words',
      text: '---\ntitle: Network meeting\ndate: 4 April 2019\n---\n\n## 1. Opening\n\nWelcome.\n',
      messages: ['3:7 `date` must be an ISO date such as 2019-04-04 (YYYY-MM-DD)'],
      output: '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n## 1. Opening\n\nWelcome.\n',
    },
    { title: 'no front matter', text: '## 1. Opening\n\nWelcome.\n', messages: ['1:1 the file has no front matter: start it with a YAML block between `---` lines giving at least `title:` and `date:`'] },
  ],
  check(context) {
    const { parsed } = context;
    const block = parsed.frontMatter;
    if (!block) {
      context.report({
        message: 'the file has no front matter: start it with a YAML block between `---` lines giving at least `title:` and `date:`',
        range: [0, 0],
        subject: null,
      });
      return;
    }
    const reported = new Set<string>();
    for (const error of parsed.frontMatterErrors) {
      const problem = describeSchemaError(error, 'the front matter');
      if (!problem || reported.has(problem.message)) continue;
      reported.add(problem.message);
      const { start, end } = locateInFrontMatter(block, problem.path, problem.target);
      const fix = problem.path.length === 1 && problem.path[0] === 'date' ? isoDateFix(parsed.data.date, [start, end]) : undefined;
      context.report({ message: problem.message, ...atText(parsed, [start, end]), ...(fix ? { fix } : {}) });
    }
  },
};

/** A meeting date written in words, readable without doubt, becomes its ISO form. */
function isoDateFix(value: unknown, range: [number, number]) {
  if (typeof value !== 'string' || isIsoShaped(value)) return undefined;
  const reading = readDate(value, null);
  return reading.ok ? { range, text: reading.date } : undefined;
}
