import { describe, expect, it } from 'vitest';
import { dueBeforeMeeting } from '../../../src/lint/rules/due-before-meeting.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('due-before-meeting', () => {
  it('is an error by default', () => expect(dueBeforeMeeting.defaultSeverity).toBe('error'));

  it('passes open actions due on or after the meeting, and done actions due before it', () => {
    const text = `${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2019-04-04)\n- [x] COM: Acted (due 2019-03-01)\n`;
    expect(lintWithRule(text, 'due-before-meeting')).toEqual([]);
  });

  it('reports an open action due before the meeting, at its due date', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2019-03-01)\n`, 'due-before-meeting');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [11, 21, 'open action is due 2019-03-01, before the meeting of 2019-04-04: correct the date, or mark it done with [x]'],
    ]);
  });
});
