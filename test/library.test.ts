import { describe, expect, it } from 'vitest';
import { readText, SEED } from './helpers.js';

describe('the built library (dist/index.js)', () => {
  it('parses and lints without spawning a process', async () => {
    // The bundle is what package users import; its types are those of src/index.ts.
    const library = (await import(String('../dist/index.js'))) as typeof import('../src/index.js');
    const result = library.parseMinutes(await readText(SEED), { path: 'seed.md' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.items).toHaveLength(10);
    expect(library.lintParsed(result).filter((d) => d.severity === 2).map((d) => d.ruleId)).toEqual([
      'numbering',
      'numbering',
      'numbering',
      'numbering',
    ]);
  });
});
