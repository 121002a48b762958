import { describe, expect, it } from 'vitest';
import { actionDue } from '../../../src/lint/rules/action-due.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('action-due', () => {
  it('is a warning by default', () => expect(actionDue.defaultSeverity).toBe('warn'));

  it('passes an open action with a due date and a done action without one', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2019-05-01)\n- [x] COM: Acted\n`, 'action-due')).toEqual([]);
  });

  it('reports an open action without a due date, as a warning', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act some day\n`, 'action-due');
    expect(diagnostics.map((d) => [d.line, d.severity === 2, d.message])).toEqual([
      [11, false, 'open action has no due date: end it with `(due YYYY-MM-DD)`'],
    ]);
  });
});
