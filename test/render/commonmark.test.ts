import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/render/format.js';

/**
 * `minutes fmt` keeps the meaning of every CommonMark 0.31.2 example. Each example becomes the body of a
 * minutes file (front matter with a title and a date, `## 1. Example`, a blank line, the example); the
 * file is rendered before and after `fmt` with micromark and all of GFM (autolink literals included, raw
 * HTML allowed), since minutes files are read on forges and in editors that render GFM, and the two
 * renderings must be the same; formatting the output again must change nothing.
 *
 * The wrapper is the minutes format's own situation: an example is always a block after an agenda
 * heading and a blank line. No example reads differently in it than alone (micromark with GFM renders
 * each the same after `## 1. Example` and a blank line as on its own): a setext underline or a `---`
 * (examples 44, 45, 96, 98 begin with one) only follows the blank line, never the ATX heading, which
 * cannot be continued; front matter is only read at the very start of the file; link reference
 * definitions are found wherever they are; and indentation after a blank line starts an indented code
 * block as at the start of a document. So no example is left out.
 */

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

// commonmark-spec is CommonJS without types; the spec writes tabs as →.
const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
const examples = spec.tests.map((example) => ({ ...example, markdown: example.markdown.replaceAll('→', '\t') }));

const FRONT_MATTER = '---\ntitle: CommonMark example\ndate: 2024-01-01\n---\n\n';
const HEADING = '## 1. Example\n\n';

function format(text: string): string {
  const result = formatText(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.output;
}

/**
 * What a GFM reader sees of a minutes file: its body rendered with micromark and all of GFM, the
 * agenda numbers of its headings set aside and runs of white space taken as one space.
 *
 * - The front matter must come back byte for byte, and is then left out: micromark without the front
 *   matter extension would read it as a rule and a setext heading, the same on both sides.
 * - `fmt` numbers agenda items (level-2 headings, `2.`) and sub-items (level-3 headings, `2.1`) by their
 *   place: that is what it is for (the `numbering` rule's fix), not a change of meaning. So the number at
 *   the start of every `<h2>` and `<h3>` is set aside, on both sides. Besides the wrapper's own heading,
 *   this concerns the 23 examples with top-level level-2 or level-3 headings of their own, ATX or setext
 *   (59, 62, 68, 71, 73, 74, 76, 77, 80, 83, 84, 86, 89, 90, 91, 95, 96, 102, 103, 115, 141, 646, 647),
 *   which `fmt` numbers 2., 2.1, 3. and so on. No heading of any example begins with a number itself, so
 *   on the original's side only the wrapper's `1.` is set aside.
 */
function meaning(text: string): string {
  expect(text.startsWith(FRONT_MATTER)).toBe(true);
  const html = micromark(text.slice(FRONT_MATTER.length), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  expect(html).toMatch(/^<h2>\d+\. Example<\/h2>/);
  return html
    .replace(/<h2>\d+\. /g, '<h2>')
    .replace(/<h3>\d+\.\d+\.? /g, '<h3>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Formats a minutes file whose body is `body`, checks that its meaning is kept and that the output is canonical, and returns the output's body. */
function formatBody(body: string): string {
  const original = FRONT_MATTER + HEADING + body;
  const once = format(original);
  expect(meaning(once)).toBe(meaning(original));
  expect(format(once)).toBe(once);
  return once.slice(FRONT_MATTER.length);
}

describe('fmt keeps the meaning of the CommonMark 0.31.2 examples', () => {
  it('reads all 652 examples', () => {
    expect(examples).toHaveLength(652);
    expect(examples.map((example) => example.number)).toEqual(Array.from({ length: 652 }, (_, index) => index + 1));
  });

  it.each(examples.map((example) => [example.number, example.section, example.markdown] as const))('example %i (%s)', (_, __, markdown) => {
    formatBody(markdown);
  });
});

describe('fmt and GFM autolink literals', () => {
  // minutes reads no autolink literals, but a GFM reader does: an escape or a character reference that
  // keeps an address from being linked is kept (example 606 is one), and a word that may be an address
  // is written exactly as it was, without escapes the default serializer would add (`\\&b=2`).
  it.each([
    ['see https://example.eu/x', 'see https://example.eu/x'],
    ['write to secretariat@ec.europa.eu', 'write to secretariat@ec.europa.eu'],
    ['mail <secretariat@ec.europa.eu> or www.example.eu/a_b_c', 'mail <secretariat@ec.europa.eu> or www.example.eu/a_b_c'],
    ['<foo\\+@bar.example.com>', '<foo\\+@bar.example.com>'],
    ['see https://x.eu/?a=1&b=2&amp;c=3 or https://x.eu/~user/[x]', 'see https://x.eu/?a=1&b=2&amp;c=3 or https://x.eu/~user/[x]'],
    ['www\\.example.com', 'www\\.example.com'],
    ['http\\://example.eu and https\\://example.eu', 'http\\://example.eu and https\\://example.eu'],
    ['http://example.eu/a\\_b', 'http://example.eu/a\\_b'],
    ['foo\\.bar@example.com and foo@a.b\\.c', 'foo\\.bar@example.com and foo@a.b\\.c'],
    ['foo&#43;@bar.example.com', 'foo&#43;@bar.example.com'],
    ['\\*not emphasis\\* and a\\_b', '\\*not emphasis\\* and a_b'],
  ])('%s', (body, expected) => {
    expect(formatBody(`${body}\n`)).toBe(`${HEADING}${expected}\n`);
  });
});
