import { describe, expect, it } from 'vitest';
import { emptyItem } from '../../../src/lint/rules/empty-item.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('empty-item', () => {
  it('is a warning by default', () => expect(emptyItem.defaultSeverity).toBe('warn'));

  it('passes items with text or sub-items', () => {
    expect(lintWithRule(`${frontMatter()}## 1. A\n\nx\n\n## 2. B\n\n### 2.1 C\n\ny\n`, 'empty-item')).toEqual([]);
  });

  it('reports an item with nothing under it', () => {
    const diagnostics = lintWithRule(`${frontMatter()}## 1. A\n\n## 2. B\n\ny\n`, 'empty-item');
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([[9, 'agenda item "A" is empty: record what was said, or write "No discussion."']]);
  });
});
