import { describe, expect, it } from 'vitest';
import { frontMatter as rule } from '../../../src/lint/rules/front-matter.js';
import { lintWithRule } from '../../helpers.js';

const lint = (yaml: string) => lintWithRule(`---\n${yaml}---\n\n## 1. A\n\nx\n`, 'front-matter');

describe('front-matter', () => {
  it('is an error by default', () => expect(rule.defaultSeverity).toBe('error'));

  it('passes a complete front matter with extension keys', () => {
    const yaml = 'title: T\ndate: 2019-04-04\nstatus: draft\nlanguage: fr-BE\nattendees: [COM]\nx-room: 12\nactors:\n  COM: {name: Commission, aliases: [EC]}\n';
    expect(lint(yaml)).toEqual([]);
  });

  it('reports each violation at the YAML node that is wrong', () => {
    const diagnostics = lint('title: T\ndate: 4 April 2019\nstatus: final\ntitel: typo\nactors:\n  com: Commission\n');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 7, '`date` must be an ISO date such as 2019-04-04 (YYYY-MM-DD)'],
      [4, 9, '`status` must be one of `draft`, `approved`'],
      [5, 1, 'unknown key `titel` in the front matter: did you mean `title`?'],
      [7, 3, '`com` in `actors` is not a valid code: start with a capital letter, then letters, digits or - _ / . &, words separated by single spaces (such as COM, OSCE/ODIHR or DG JUST)'],
    ]);
  });

  it('reports a missing title at the mapping, not at the --- line', () => {
    const [diagnostic] = lint('date: 2019-04-04\n');
    expect([diagnostic!.line, diagnostic!.column, diagnostic!.message]).toEqual([2, 1, 'the front matter is missing `title`: add it']);
  });

  it('reports a file without front matter', () => {
    expect(lintWithRule('## 1. A\n\nx\n', 'front-matter').map((d) => d.message)).toEqual([
      'the file has no front matter: start it with a YAML block between `---` lines giving at least `title:` and `date:`',
    ]);
  });
});
