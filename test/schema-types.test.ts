import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { generateTypes, outputPath } from '../scripts/gen-types.mjs';

describe('TypeScript types generated from the JSON Schemas', () => {
  it('are up to date with schemas/ (run `npm run gen:types` after changing a schema)', async () => {
    const generated: Map<string, string> = await generateTypes();
    expect(generated.size).toBeGreaterThanOrEqual(3);
    for (const [name, source] of generated) {
      expect(await readFile(outputPath(name), 'utf8'), `src/generated/${name}.ts`).toBe(source);
    }
  });
});
