import { describe, expect, it } from 'vitest';
import { agendaMismatch } from '../../../src/lint/rules/agenda-mismatch.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

const agenda = 'agenda:\n  - Opening\n  - Budget\n  - Closing\n';

describe('agenda-mismatch', () => {
  it('is an error by default', () => expect(agendaMismatch.defaultSeverity).toBe('error'));

  it('passes headings that match the agenda in order, ignoring case and final punctuation', () => {
    const text = `${frontMatter(agenda)}## 1. Opening\n\nx\n\n## 2. budget.\n\nx\n\n## 3. Closing\n\nx\n`;
    expect(lintWithRule(text, 'agenda-mismatch')).toEqual([]);
  });

  it('passes a file without an agenda', () => {
    expect(lintWithRule(`${frontMatter()}## 1. Anything\n\nx\n`, 'agenda-mismatch')).toEqual([]);
  });

  it('reports a different title at its heading and a missing item at its agenda entry', () => {
    const text = `${frontMatter(agenda)}## 1. Opening\n\nx\n\n## 2. Finance\n\nx\n`;
    const diagnostics = lintWithRule(text, 'agenda-mismatch');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [10, 5, 'agenda item 3 "Closing" is missing: add `## 3. Closing` where it was discussed, or remove it from the agenda'],
      [17, 1, 'agenda item 2 is titled "Finance" but the agenda lists "Budget": make them the same'],
    ]);
  });

  it('reports a heading that is not on the agenda', () => {
    const text = `${frontMatter('agenda: [Opening]\n')}## 1. Opening\n\nx\n\n## 2. Extra\n\nx\n`;
    expect(lintWithRule(text, 'agenda-mismatch').map((d) => d.message)).toEqual([
      'agenda item "Extra" is not in the front matter\'s agenda (1 items): add it there or remove the heading',
    ]);
  });
});
