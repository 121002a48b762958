import { describe, expect, it } from 'vitest';
import { duplicateTitle } from '../../../src/lint/rules/duplicate-title.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('duplicate-title', () => {
  it('is a warning by default', () => expect(duplicateTitle.defaultSeverity).toBe('warn'));

  it('passes distinct titles, and equal sub-item titles under different items', () => {
    const text = `${frontMatter()}## 1. A\n\n### 1.1 Follow-up\n\nx\n\n## 2. B\n\n### 2.1 Follow-up\n\ny\n`;
    expect(lintWithRule(text, 'duplicate-title')).toEqual([]);
  });

  it('reports the second item with the same title', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. Budget\n\nx\n\n## 2. budget\n\ny\n`, 'duplicate-title');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [13, 'title "budget" repeats the title of item 1 (line 9): merge the two or tell them apart'],
    ]);
  });
});
