import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/lint/fix.js';
import { dueFormat } from '../../../src/lint/rules/due-format.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('due-format', () => {
  it('is a fixable warning by default', () => {
    expect(dueFormat.defaultSeverity).toBe('warn');
    expect(dueFormat.fixable).toBe(true);
  });

  it('passes ISO due dates', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2019-05-01)\n`, 'due-format')).toEqual([]);
  });

  it('reports natural due dates and fixes them to ISO, changing nothing else', () => {
    const text = `${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 11 April) {#x}\n- [ ] EEAS: Act (due April 30, 2019)\n`;
    const diagnostics = lintWithRule(text, 'due-format');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [11, 21, 'due date "11 April" is not in ISO form: write 2019-04-11'],
      [12, 22, 'due date "April 30, 2019" is not in ISO form: write 2019-04-30'],
    ]);
    const fixed = applyFixes(text, diagnostics).text;
    expect(fixed).toBe(text.replace('11 April', '2019-04-11').replace('April 30, 2019', '2019-04-30'));
    expect(lintWithRule(fixed, 'due-format')).toEqual([]);
  });
});
