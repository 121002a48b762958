import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { lintParsed } from '../../src/lint/engine.js';
import { parseMinutes } from '../../src/model/parse.js';
import { lintText } from '../../src/lint/fix.js';
import { RULES } from '../../src/lint/rules/index.js';
import { frontMatter, parseOk } from '../helpers.js';

const wrongNumbers = `${frontMatter()}## 1. A\n\nx\n\n## 5. B\n\nx\n\n## 9. C\n\nx\n`;

describe('rules', () => {
  it('each have a unique id, a one-line description and a default severity', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description).not.toContain('\n');
      expect(['error', 'warn', 'off']).toContain(rule.defaultSeverity);
    }
  });
});

describe('severities', () => {
  it('come from the rule, then the configuration, then the command line', () => {
    const parsed = parseOk(wrongNumbers);
    expect(lintParsed(parsed).filter((d) => d.ruleId === 'numbering').map((d) => d.severity)).toEqual([2, 2]);
    const config = { rules: { numbering: 'warn' as const } };
    expect(lintParsed(parsed, { config }).filter((d) => d.ruleId === 'numbering').map((d) => d.severity)).toEqual([1, 1]);
    expect(lintParsed(parsed, { config, overrides: { numbering: 'off' } }).filter((d) => d.ruleId === 'numbering')).toEqual([]);
  });
});

describe('directives', () => {
  it('minutes-disable-next-line silences the named rule on the next line only', () => {
    const text = wrongNumbers.replace('## 5. B', '<!-- minutes-disable-next-line numbering -->\n## 5. B');
    const lines = lintParsed(parseOk(text)).filter((d) => d.ruleId === 'numbering').map((d) => d.line);
    expect(lines).toEqual([18]);
  });

  it('minutes-disable silences until minutes-enable', () => {
    const text = wrongNumbers.replace('## 5. B', '<!-- minutes-disable numbering -->\n## 5. B').replace('## 9. C', '<!-- minutes-enable numbering -->\n## 9. C');
    const lines = lintParsed(parseOk(text)).filter((d) => d.ruleId === 'numbering').map((d) => d.line);
    expect(lines).toEqual([19]);
  });

  it('without a rule id applies to every rule, and does nothing inside a code block', () => {
    const all = wrongNumbers.replace('## 5. B', '<!-- minutes-disable -->\n## 5. B');
    expect(lintParsed(parseOk(all)).filter((d) => (d.line ?? 0) > 13)).toEqual([]);
    const shown = wrongNumbers.replace('## 5. B', '```\n<!-- minutes-disable -->\n```\n\n## 5. B');
    expect(lintParsed(parseOk(shown)).filter((d) => d.ruleId === 'numbering')).toHaveLength(2);
  });

  it('reports a directive that names a rule that does not exist', () => {
    const text = wrongNumbers.replace('## 5. B', '<!-- minutes-disable-next-line numbring -->\n## 5. B');
    const unknown = lintParsed(parseOk(text)).filter((d) => d.ruleId === 'unknown-rule');
    expect(unknown.map((d) => [d.line, d.message])).toEqual([
      [13, 'directive names "numbring", which is not a rule: did you mean `numbering`?'],
    ]);
  });
});

describe('configuration', () => {
  it('gives files a shared registry and glossary that they extend', () => {
    const config = parseConfig('actors:\n  ENISA: EU Agency for Cybersecurity\nglossary:\n  RAS: Rapid Alert System\n', 'minutes.config.yaml');
    const text = `${frontMatter()}## 1. A\n\nThe RAS met.\n\n- [ ] ENISA: Report (due 2019-05-01)\n`;
    const withConfig = lintText(text, { config }).diagnostics.map((d) => d.ruleId);
    expect(withConfig).toEqual([]);
    const without = lintText(text).diagnostics.map((d) => d.ruleId);
    expect(without).toEqual(['undefined-abbreviation', 'unknown-actor']);
  });

  it('rejects a configuration with mistakes, saying where', () => {
    expect(() => parseConfig('rules:\n  numbering: loud\nignroe: []\n', 'minutes.config.yaml')).toThrow(
      'minutes.config.yaml:2:14: `rules.numbering` must be one of `off`, `warn`, `error`\nminutes.config.yaml:3:1: unknown key `ignroe` in the configuration: did you mean `ignore`?',
    );
    expect(() => parseConfig('rules: [\n', 'c.yaml')).toThrow(/^c\.yaml:2:1: not valid YAML/);
  });

  it('refuses a rule id that is not a rule, at its line and column, with the closest id', () => {
    expect(() => parseConfig('# settings\nrules:\n  nubering: off\n', 'minutes.config.yaml')).toThrow(
      'minutes.config.yaml:3:3: unknown key `nubering` in `rules`: did you mean `numbering`?',
    );
    expect(() => parseConfig('rules:\n  parse-error: off\n', 'c.yaml')).toThrow('c.yaml:2:3: unknown key `parse-error` in `rules`');
    expect(Object.keys(parseConfig('rules:\n  unknown-rule: warn\n  numbering: off\n', 'c.yaml').rules)).toEqual(['unknown-rule', 'numbering']);
  });

  it('matches ignore patterns relative to its folder', () => {
    const config = parseConfig('ignore: ["drafts/**"]\n', '/archive/minutes.config.yaml');
    expect(config.isIgnored('/archive/drafts/2019-01.md')).toBe(true);
    expect(config.isIgnored('/archive/2019-01.md')).toBe(false);
  });
});

describe('a byte order mark at the start of the text', () => {
  it('is set aside: the same findings at the same places as without it, and the result says it was there', () => {
    const text = '---\ntitle: T\ndate: 2019-04-04\n---\n\n## 2. First\n\nText.\n';
    const plain = parseMinutes(text);
    const marked = parseMinutes(`\uFEFF${text}`);
    if (!plain.ok || !marked.ok) throw new Error('both parse');
    expect([plain.bom, marked.bom, marked.text]).toEqual([false, true, text]);
    const places = (parsed: typeof plain) => lintParsed(parsed).map((d) => [d.ruleId, d.range, d.line, d.column]);
    expect(places(marked)).toEqual(places(plain));
    expect(places(marked).find(([rule]) => rule === 'numbering')).toEqual(['numbering', [38, 40], 6, 4]);
  });
});
