import { describe, expect, it } from 'vitest';
import { invalidDate } from '../../../src/lint/rules/invalid-date.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('invalid-date', () => {
  it('is an error by default', () => expect(invalidDate.defaultSeverity).toBe('error'));

  it('passes real dates in ISO and natural forms', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2020-02-29)\n- [ ] COM: Act (due 11 April)\n`, 'invalid-date')).toEqual([]);
  });

  it('reports an impossible meeting date at its value, and unreadable due dates at the date', () => {
    const text = `---\ntitle: T\ndate: 2019-02-30\n---\n\n## 1. A\n\n- [ ] COM: Act (due 2019-02-29)\n- [ ] COM: Act (due soonish)\n`;
    const diagnostics = lintWithRule(text, 'invalid-date');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 7, 'meeting date 2019-02-30 is not a day of the calendar: correct it'],
      [8, 21, 'due date cannot be used: 2019-02-29 is not a day of the calendar'],
      [9, 21, 'due date cannot be used: "soonish" cannot be read as a date; write it as YYYY-MM-DD'],
    ]);
  });
});
