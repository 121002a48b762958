import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/io/inputs.js';
import { formatText } from '../../src/render/format.js';
import { content, FIXTURES, nativeFixtures, parseOk, readText, SEED, withCertainFixes } from '../helpers.js';

// The native fixtures, and the real minutes of other communities and languages, as they were published.
const fixtures = [...(await nativeFixtures()), ...(await expandInputs([path.join(FIXTURES, 'readers'), path.join(FIXTURES, 'languages')])).files];

function format(text: string): string {
  const result = formatText(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.output;
}

describe('canonical Markdown', () => {
  it.each(fixtures.map((file) => [path.relative(FIXTURES, file), file]))('is idempotent and lossless on %s', async (_, file) => {
    const text = await readText(file!);
    if (!formatText(text).ok) return; // a file that does not parse (one real file's front matter is never closed) is left as it is
    const once = format(text);
    expect(format(once)).toBe(once);
    const fixed = withCertainFixes(text);
    expect(content(once)).toEqual(content(fixed));
    expect(parseOk(once).data).toEqual(parseOk(fixed).data);
  });

  it('renumbers the seed 1 to 10 and changes no other heading', async () => {
    const once = format(await readText(SEED));
    expect(parseOk(once).model.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(parseOk(once).model.items.map((item) => item.title)).toEqual(parseOk(await readText(SEED)).model.items.map((item) => item.title));
  });

  it('orders front matter keys as the schema does, keeps comments and extension keys, writes the date as ISO', () => {
    const text = '---\nx-room: 12\n# who chaired\nchair: COM\nactors:\n  COM: European Commission\ndate: 4 April 2019\ntitle: T\n---\n\n## 1. A\n\nx\n';
    expect(format(text)).toBe('---\ntitle: T\ndate: 2019-04-04\n# who chaired\nchair: COM\nactors:\n  COM: European Commission\nx-room: 12\n---\n\n## 1. A\n\nx\n');
  });

  it('writes ATX headings, - bullets, one blank line between blocks, and due dates as (due YYYY-MM-DD)', () => {
    const text = '---\ntitle: T\ndate: 2019-04-04\n---\nIntro\n=====\n\n\n\nText\n\nA\n---\n\n* [ ] COM: Act (due 11 April)\n* plain\n';
    expect(format(text)).toBe('---\ntitle: T\ndate: 2019-04-04\n---\n\n# Intro\n\nText\n\n## 1. A\n\n- [ ] COM: Act (due 2019-04-11)\n- plain\n');
  });

  it('numbers an agenda item written without a number', () => {
    expect(format('---\ntitle: T\ndate: 2019-04-04\n---\n\n## First\n\nx\n\n## Second\n\n### Detail\n\ny\n')).toBe(
      '---\ntitle: T\ndate: 2019-04-04\n---\n\n## 1. First\n\nx\n\n## 2. Second\n\n### 2.1 Detail\n\ny\n',
    );
  });
});
