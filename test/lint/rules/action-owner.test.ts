import { describe, expect, it } from 'vitest';
import { actionOwner } from '../../../src/lint/rules/action-owner.js';
import { expectExactPlace, frontMatter, lintWithRule } from '../../helpers.js';

describe('action-owner', () => {
  it('is an error by default', () => expect(actionOwner.defaultSeverity).toBe('error'));

  it('passes an action with an owner', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] COM: Act (due 2019-05-01)\n`, 'action-owner')).toEqual([]);
  });

  it('reports a task-list item with no owner at the item', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. A\n\n- [ ] Circulate the minutes (due 2019-05-01)\n- plain item\n`, 'action-owner');
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[11, 7]]);
    expect(diagnostics[0]!.message).toMatch(/^action has no owner/);
  });

  it('points at the text of a task written on the line after its checkbox, with LF or CRLF line endings', () => {
    for (const newline of ['\n', '\r\n']) {
      const text = `${frontMatter()}## 1. A\n\n- [x] ${newline}Circulate the minutes\n`.replaceAll('\n', newline).replaceAll('\r\r', '\r');
      const [diagnostic] = lintWithRule(text, 'action-owner');
      expect([diagnostic!.line, diagnostic!.column]).toEqual([12, 1]);
      expect(expectExactPlace(text, diagnostic!)).toBeUndefined();
    }
  });
});
