import { describe, expect, it } from 'vitest';
import { duplicateActionId } from '../../../src/lint/rules/duplicate-action-id.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('duplicate-action-id', () => {
  it('is an error by default', () => expect(duplicateActionId.defaultSeverity).toBe('error'));

  it('passes distinct ids', () => {
    const text = `${frontMatter()}## 1. A\n\n- [ ] COM: One (due 2019-05-01) {#one}\n- [ ] COM: Two (due 2019-05-01) {#two}\n`;
    expect(lintWithRule(text, 'duplicate-action-id')).toEqual([]);
  });

  it('reports the second action with an id already used', () => {
    const text = `${frontMatter()}## 1. A\n\n- [ ] COM: One (due 2019-05-01) {#one}\n- [ ] COM: Two (due 2019-05-01) {#one}\n`;
    expect(lintWithRule(text, 'duplicate-action-id').map((d) => [d.line, d.message])).toEqual([
      [12, 'action id "one" is already used on line 11: give this action another {#id}'],
    ]);
  });
});
