import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/lint/fix.js';
import { numbering } from '../../../src/lint/rules/numbering.js';
import { frontMatter, lintWithRule, readText, SEED } from '../../helpers.js';

const lint = (body: string) => lintWithRule(frontMatter() + body, 'numbering');

describe('numbering', () => {
  it('is an error by default and fixable', () => {
    expect(numbering.defaultSeverity).toBe('error');
    expect(numbering.fixable).toBe(true);
  });

  it('passes items numbered 1., 2. with sub-items 2.1 and 2.2', () => {
    expect(lint('## 1. A\n\nx\n\n## 2. B\n\n### 2.1 C\n\nx\n\n### 2.2. D\n\nx\n')).toEqual([]);
  });

  it('reports the four repeated numbers of the seed at their headings, and nothing else', async () => {
    const diagnostics = lintWithRule(await readText(SEED), 'numbering');
    expect(diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [128, 4, 'agenda item 7 repeats the number `5.` of agenda item 5; expected `7.`: renumber it'],
      [140, 4, 'agenda item 8 repeats the number `6.` of agenda item 6; expected `8.`: renumber it'],
      [163, 4, 'agenda item 9 repeats the number `5.` of agenda item 5; expected `9.`: renumber it'],
      [174, 4, 'agenda item 10 repeats the number `6.` of agenda item 6; expected `10.`: renumber it'],
    ]);
    expect(diagnostics.every((d) => d.severity === 2 && d.ruleId === 'numbering')).toBe(true);
  });

  it('reports wrong, missing and malformed numbers with what was expected', () => {
    const diagnostics = lint('## 1. A\n\nx\n\n## 3. B\n\nx\n\n## C\n\nx\n\n## 04. D\n\n### 4.2 E\n\nx\n\n## 5 F\n\nx\n');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'agenda item 2 is numbered `3.`; expected `2.`: renumber it',
      'agenda item "C" has no number: write 3. before its title',
      'agenda item 4 has the malformed number `04.`; expected `4.`: renumber it',
      'sub-item 4.1 is numbered `4.2`; expected `4.1`: renumber it',
      'agenda item 5 is numbered `5`; expected `5.`: renumber it',
    ]);
  });

  it('fixes every number, and a second pass finds nothing', () => {
    const text = `${frontMatter()}## 1. A\n\nx\n\n## 3. B\n\nx\n\n## C\n\nx\n\n## 04. D\n\n### 4.2 E\n\nx\n`;
    const fixed = applyFixes(text, lintWithRule(text, 'numbering')).text;
    expect(fixed).toBe(`${frontMatter()}## 1. A\n\nx\n\n## 2. B\n\nx\n\n## 3. C\n\nx\n\n## 4. D\n\n### 4.1 E\n\nx\n`);
    expect(lintWithRule(fixed, 'numbering')).toEqual([]);
  });

  it('reports a sub-item before any agenda item', () => {
    expect(lint('### 1.1 Early\n\nx\n').map((d) => d.message)).toEqual([
      'sub-item "Early" comes before any agenda item: add a level-2 agenda heading above it or make it one',
    ]);
  });
});
