import { describe, expect, it } from 'vitest';
import { weekdayMismatch } from '../../../src/lint/rules/weekday-mismatch.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('weekday-mismatch', () => {
  it('is an error by default', () => expect(weekdayMismatch.defaultSeverity).toBe('error'));

  it('passes a weekday that matches its date', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\nThe exercise is on Friday 5 April 2019.\n`, 'weekday-mismatch')).toEqual([]);
  });

  it('reports a weekday that contradicts its date, at the date', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. A\n\nThe exercise is on Thursday 5 April 2019.\n`, 'weekday-mismatch');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [11, 20, '"Thursday 5 April 2019": 2019-04-05 is a Friday, not a Thursday: correct the weekday or the date'],
    ]);
  });
});
