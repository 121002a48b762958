import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/inputs.js';
import { lintResult } from '../../src/lint/engine.js';
import { lintText } from '../../src/lint/fix.js';
import { parseMinutesBytes } from '../../src/model/parse.js';
import { formatText } from '../../src/render/format.js';
import { expectExactPlace, FIXTURES, frontMatter } from '../helpers.js';

const only = (id: string) => ({ overrides: { 'undefined-abbreviation': 'off' as const, [id]: 'error' as const } });
const at = (text: string, id: string) =>
  lintText(text, only(id))
    .diagnostics.filter((d) => d.ruleId === id)
    .map((d) => [d.line, d.column, d.endLine, d.endColumn, d.subject]);

describe('positions come from the syntax tree', () => {
  it('past a character reference: the date starts at column 18, not 14', () => {
    expect(at(`${frontMatter()}## 1. A\n\nR&amp;D meets on Thursday 5 April 2019.\n`, 'weekday-mismatch')).toEqual([[11, 18, 11, 39, 'Thursday 5 April 2019']]);
  });

  it('on a continuation line of a block quote: column 9, not 7', () => {
    expect(at(`${frontMatter()}## 1. A\n\n> The exercise is on\n> Thursday 5 April 2019.\n`, 'weekday-mismatch')).toEqual([[12, 3, 12, 24, 'Thursday 5 April 2019']]);
    expect(at(`${frontMatter()}## 1. A\n\n> The exercise is held on a day that is set for\n>     Thursday 5 April 2019.\n`, 'weekday-mismatch')).toEqual([[12, 7, 12, 28, 'Thursday 5 April 2019']]);
    expect(at(`${frontMatter()}## 1. A\n\n- > The exercise takes place\n  >   on Thursday 5 April 2019.\n`, 'weekday-mismatch')).toEqual([[12, 10, 12, 31, 'Thursday 5 April 2019']]);
  });

  it('past an escape and an entity, a due date is found where it is written, and fixed there by --fix and fmt alike', () => {
    const text = `${frontMatter()}## 1. A\n\n- [ ] COM: R&amp;D \\*plan\\* (due 11 April)\n`;
    expect(at(text, 'due-format')).toEqual([[11, 34, 11, 42, '11 April']]);
    const fixed = lintText(text, { fix: true }).output;
    expect(fixed).toBe(text.replace('11 April', '2019-04-11'));
    const formatted = formatText(text);
    expect(formatted.ok && formatted.output).toContain('- [ ] COM: R\\&D \\*plan\\* (due 2019-04-11)');
  });

  it('an unknown owner is reported where it is written, also after an entity', () => {
    expect(at(`${frontMatter()}## 1. A\n\n- [ ] COM &amp; ENISA: Act (due 2019-05-01)\n`, 'unknown-actor')).toEqual([[11, 17, 11, 22, 'ENISA']]);
  });

  it('an acronym on a continuation line of a list item, after a reference', () => {
    const diagnostics = lintText(`${frontMatter()}## 1. A\n\n- The &quot;call&quot; and\n    the REC.\n`).diagnostics.filter((d) => d.ruleId === 'undefined-abbreviation');
    expect(diagnostics.map((d) => [d.line, d.column, d.subject])).toEqual([[12, 9, 'REC']]);
  });

  it('refuses a report whose range is outside the document', async () => {
    const { RULES } = await import('../../src/lint/rules/index.js');
    const rule = RULES.find((candidate) => candidate.id === 'empty-item')!;
    const original = rule.check!;
    rule.check = (context) => context.report({ message: 'out', range: [0, context.parsed.text.length + 1], subject: null });
    try {
      expect(() => lintText(`${frontMatter()}## 1. A\n`)).toThrow(/outside the document/);
      rule.check = (context) => context.report({ message: 'wrong', range: [0, 3], subject: 'not this' });
      expect(() => lintText(`${frontMatter()}## 1. A\n`)).toThrow(/which holds "---"/);
    } finally {
      rule.check = original;
    }
  });
});

describe('every diagnostic on every fixture points at exactly its subject', async () => {
  // Native fixtures, hostile ones, and the real minutes of other communities read as if they were native:
  // the last are full of entities, escapes, quotes and lists, which is what this checks.
  const { files } = await expandInputs([FIXTURES]);
  it.each(files.map((file) => [path.relative(FIXTURES, file), file]))('%s', async (_, file) => {
    const bytes = await readFile(file!);
    const result = lintResult(parseMinutesBytes(bytes, { path: file }));
    const text = result.parsed?.text;
    if (!text) return;
    for (const diagnostic of result.diagnostics) expectExactPlace(text, diagnostic);
  });
});
