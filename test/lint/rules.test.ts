import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/fix.js';
import { lintFiles } from '../../src/series/lint.js';
import { rulesDocument, rulesTable, TABLE_END, TABLE_START } from '../../src/lint/rules/docs.js';
import { RULES } from '../../src/lint/rules/index.js';
import { configSchema } from '../../src/schemas/schemas.js';
import { expectExactPlace, ROOT, runCli } from '../helpers.js';

/** Lints with one rule switched on (at its default severity, `error` when it is off by default). */
const withOnly = (id: string) => Object.fromEntries(RULES.map((rule) => [rule.id, rule.id === id ? (rule.defaultSeverity === 'off' ? 'error' : rule.defaultSeverity) : 'off'] as const));

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_, rule) => {
  it('documents itself: a description, an explanation, and examples of both kinds', () => {
    expect(rule.description).toMatch(/\.$/);
    expect(rule.docs.length).toBeGreaterThan(40);
    expect(rule.examples.some((example) => example.messages.length === 0)).toBe(true);
    expect(rule.examples.some((example) => example.messages.length > 0)).toBe(true);
    for (const example of rule.examples) expect(example.output !== undefined).toBe(rule.fixable && example.messages.length > 0 && example.output !== undefined);
    if (rule.fixable) expect(rule.examples.some((example) => example.output !== undefined)).toBe(true);
  });

  it.each(rule.examples.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    const config = { rules: withOnly(rule.id), ruleOptions: example.options ? { [rule.id]: example.options } : {} };
    if (example.files) {
      // A series rule: the files are one series (they share a folder).
      const results = lintFiles(example.files, { config });
      const messages = results.flatMap(({ path, diagnostics }) => diagnostics.filter((d) => d.ruleId === rule.id).map((d) => `${path}:${d.line}:${d.column} ${d.message}`));
      expect(messages).toEqual(example.messages);
      for (const { path, diagnostics } of results) {
        const text = example.files.find((file) => file.path === path)!.text;
        for (const diagnostic of diagnostics.filter((d) => d.ruleId === rule.id)) expectExactPlace(text, diagnostic);
      }
      return;
    }
    const result = lintText(example.text, { config, path: 'example.md' });
    const own = result.diagnostics.filter((d) => d.ruleId === rule.id);
    expect(own.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(example.messages);
    for (const diagnostic of own) expectExactPlace(example.text, diagnostic);
    if (example.output !== undefined) {
      const fixed = lintText(example.text, { config, fix: true });
      expect(fixed.output).toBe(example.output);
      expect(fixed.diagnostics.filter((d) => d.ruleId === rule.id)).toEqual([]);
    }
  });
});

describe('the registry', () => {
  it('has unique ids, and the configuration schema names every rule that can be set', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(configSchema.properties.rules.properties)).toEqual(ids.filter((id) => id !== 'parse-error'));
  });

  it('is what docs/rules.md and the README table say (run `npm run gen:docs` when this fails)', async () => {
    expect(await readFile(path.join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDocument(RULES));
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END)).trim();
    expect(table).toBe(rulesTable(RULES));
  });

  it('is what `minutes rules` prints, as text and as JSON', async () => {
    const text = await runCli(['rules']);
    expect(text.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.id));
    const json = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as { id: string; examples: unknown[] }[];
    expect(json.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(json[0]!.examples).toEqual(RULES[0]!.examples);
  });
});
