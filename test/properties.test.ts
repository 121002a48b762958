import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item, Minutes } from '../src/schemas/generated/minutes.js';
import { lintParsed } from '../src/lint/engine.js';
import { parseMinutes } from '../src/model/parse.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { validatorFor } from '../src/schemas/validator.js';
import { content, expectExactPlace, withCertainFixes } from './helpers.js';
import { formatText } from '../src/render/format.js';

// `npm test` runs a few hundred cases; `npm run test:fuzz` thousands. On failure fast-check prints the seed
// and path; FC_SEED=<seed> replays it.
const runs = Number(process.env.FC_RUNS ?? 150);
const seed = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
const settings = { numRuns: runs, ...(seed === undefined ? {} : { seed }) };
// Each case first lets the event loop run, so that the test runner's worker can answer its parent
// during thousands of cases (an `await` alone only runs microtasks).
const yieldToRunner = () => new Promise((resolve) => setImmediate(resolve));

const CODES = ['COM', 'EEAS', 'MS', 'EP', 'EDPB'];
const word = fc.constantFrom(
  'the', 'network', 'meeting', 'campaign', 'elections', 'disinformation', 'platforms', 'contact', 'point', 'report',
  'until', 'by', 'on', 'deadline', 'Commission', 'Member', 'States', 'RAS', '11', 'April', '13', 'March', '2019',
  'Friday', 'x', 'links', 'é', 'Ωmega', '42', ...CODES,
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((words) => `${words.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '));
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const due = fc.oneof(isoDate, fc.constantFrom('11 April', 'April 30, 2019', '2 May', 'soonish', '2019-02-30'));
const action = fc
  .record({
    done: fc.boolean(),
    owners: fc.subarray(CODES, { minLength: 0, maxLength: 3 }),
    text: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
    due: fc.option(due),
    id: fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/)),
  })
  .map(({ done, owners, text, due: d, id }) =>
    `- [${done ? 'x' : ' '}] ${owners.length ? `${owners.join(', ')}: ` : ''}${text}${d ? ` (due ${d})` : ''}${id ? ` {#${id}}` : ''}`,
  );
const block = fc.oneof(
  paragraph,
  paragraph.map((p) => `**Decision:** ${p}`),
  paragraph.map((p) => `Agreed: ${p}`),
  fc.array(action, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  paragraph.map((p) => `> ${p}`),
);
const item = fc.record({
  number: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  title: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
  blocks: fc.array(block, { maxLength: 4 }),
  subs: fc.array(fc.record({ title: word, blocks: fc.array(block, { maxLength: 2 }) }), { maxLength: 2 }),
});

/** A minutes document as people write them: sometimes wrongly numbered, with natural and impossible due dates. */
const minutesDocument = fc
  .record({
    date: isoDate,
    title: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' ')),
    actors: fc.subarray(CODES),
    items: fc.array(item, { maxLength: 6 }),
    preamble: fc.option(paragraph),
  })
  .map(({ date, title, actors, items, preamble }) => {
    const front = `---\ntitle: ${title}\ndate: ${date}\n${actors.length ? `actors:\n${actors.map((code) => `  ${code}: ${code} actor`).join('\n')}\n` : ''}---\n`;
    const body = items.map((it, index) => {
      const number = it.number === undefined ? index + 1 : it.number;
      const subs = it.subs.map((sub, k) => `### ${number}.${k + 1} ${sub.title}\n\n${sub.blocks.join('\n\n')}`);
      return [`## ${number}. ${it.title}`, ...it.blocks, ...subs].join('\n\n');
    });
    return `${[front, ...(preamble ? [preamble] : []), ...body].join('\n')}\n`;
  });

const TOKENS = ['---\n', '## ', '### ', '1. ', '01.', '- [ ] ', '- [x] ', 'COM: ', '(due ', '11 April', ')', '{#', '}', '\n', '\r\n', '\r', '> ', '`', '*', '_', '[', '](', 'javascript:', '<script>', '<!-- minutes-disable -->', 'title: ', 'date: 2019-04-04\n', 'actors:\n  COM: x\n', ': ', '\t', '&amp;', '|', '---|---\n', '\u0000', '\uFEFF', '\uD800', 'é', '[^1]', '    '];
/** Anything at all: random Unicode, or a soup of the tokens minutes and Markdown care about. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join('')),
  minutesDocument.chain((doc) => fc.integer({ min: 0, max: doc.length }).map((cut) => doc.slice(0, cut))),
);

const validate = validatorFor('minutes');
const withoutPositions = (model: Minutes) => {
  const strip = (items: Item[], prefix: string): unknown[] =>
    items.map((entry, index) => {
      const ordinal = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      const { line: _line, number: _number, items: subs, ...rest } = entry;
      return { ...rest, ordinal, actions: entry.actions.map(({ line: _l, ...a }) => a), decisions: entry.decisions.map(({ line: _l, ...d }) => d), deadlines: entry.deadlines.map(({ line: _l, ...d }) => d), dates: entry.dates.map(({ line: _l, ...d }) => d), items: strip(subs, ordinal) };
    });
  return { meta: model.meta, actors: model.actors, items: strip(model.items, '') };
};

describe('properties', () => {
  it('parsing any text gives a model or a diagnostic, never an exception; checks and renderers never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, minutesDocument), async (text) => {
        await yieldToRunner();
        const result = parseMinutes(text, { path: 'any.md' });
        if (!result.ok) {
          expect(result.problem.message.length).toBeGreaterThan(0);
          expect(result.problem.line).toBeGreaterThanOrEqual(1);
          return;
        }
        // Positions count from after a byte order mark, which parsing sets aside (result.text).
        expect(result.text).toBe(text.replace(/^\uFEFF/, ''));
        for (const diagnostic of lintParsed(result)) expectExactPlace(result.text, diagnostic);
        renderMarkdown(result);
        renderHtml(result);
      }),
      settings,
    );
  });

  it('every model exported as JSON validates against schemas/minutes.schema.json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, minutesDocument), async (text) => {
        await yieldToRunner();
        const result = parseMinutes(text);
        if (!result.ok) return;
        const json = JSON.parse(JSON.stringify(result.model));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      }),
      settings,
    );
  });

  it('fmt is idempotent and keeps every word and link of a minutes document', async () => {
    await fc.assert(
      fc.asyncProperty(minutesDocument, async (doc) => {
        await yieldToRunner();
        const formatted = formatText(doc);
        expect(formatted.ok).toBe(true);
        if (!formatted.ok) return;
        const once = formatted.output;
        const again = formatText(once);
        expect(again.ok && again.output).toBe(once);
        expect(content(once)).toEqual(content(withCertainFixes(doc)));
      }),
      settings,
    );
  });

  it('Markdown -> model -> canonical Markdown -> model gives the same model, positions and renumbering aside', async () => {
    await fc.assert(
      fc.asyncProperty(minutesDocument, async (doc) => {
        await yieldToRunner();
        const first = parseMinutes(doc);
        if (!first.ok) throw new Error(first.problem.message);
        const second = parseMinutes(renderMarkdown(first));
        if (!second.ok) throw new Error(second.problem.message);
        expect(withoutPositions(second.model)).toEqual(withoutPositions(first.model));
      }),
      settings,
    );
  });
});
