import { describe, expect, it } from 'vitest';
import { undefinedAbbreviation } from '../../../src/lint/rules/undefined-abbreviation.js';
import { frontMatter, lintWithRule } from '../../helpers.js';

describe('undefined-abbreviation', () => {
  it('is a warning by default', () => expect(undefinedAbbreviation.defaultSeverity).toBe('warn'));

  it('passes actor codes, glossary entries, acronyms inside actor names, Roman numerals and code spans', () => {
    const text = `${frontMatter('glossary:\n  RAS: Rapid Alert System\n')}## 1. A\n\nCOM and EEAS discussed the RAS in Part II. See \`HTTP\`.\n`;
    expect(lintWithRule(text, 'undefined-abbreviation')).toEqual([]);
  });

  it('reports each unknown acronym once, where it is first used', () => {
    const text = `${frontMatter()}## 1. A\n\nThe REC call and the\nXQZ point. REC again.\n`;
    const diagnostics = lintWithRule(text, 'undefined-abbreviation');
    expect(diagnostics.map((d) => [d.line, d.column, d.severity === 2, d.message.split(':')[0]])).toEqual([
      [11, 5, false, '"REC" is neither an actor nor in the glossary'],
      [12, 1, false, '"XQZ" is neither an actor nor in the glossary'],
    ]);
  });
});
