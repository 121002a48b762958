import type { Rule } from '../rule.js';

/** Reported by the engine, not checked: a file from which no model can be built (ESLint's fatal parse error). */
export const parseError: Rule = {
  id: 'parse-error',
  description: 'The file can be read: UTF-8 text, valid YAML front matter that is a mapping, nesting within limits.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `A file that cannot be read gives this one error, at the place the problem was found, and nothing else: bytes that
are not UTF-8 text (UTF-16, Latin-1, NUL bytes), front matter that is not valid YAML or not a mapping or never closed,
YAML alias bombs, and lists or quotes nested more than 500 levels deep. It cannot be switched off.`,
  examples: [
    { title: 'front matter that is a mapping', text: '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n## 1. Opening\n\nWelcome.\n', messages: [] },
    { title: 'front matter that is a list', text: '---\n- title\n- date\n---\n\n## 1. Opening\n', messages: ['2:1 front matter is a list; it must be a mapping of keys such as `title:` and `date:`'] },
  ],
};
