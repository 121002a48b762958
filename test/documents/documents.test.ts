import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOf, scoreDocument } from './score.js';
import { DOCUMENTS, readDocumentFile } from './read.js';

/**
 * The test documents of scripts/make-test-documents.mjs: real minutes of the fixtures printed to PDF by
 * Chromium (one in two columns), their text as pdftotext extracts it, and Word documents made by pandoc
 * (one numbered by Word). Reading each must give back the original's items, actions and decisions.
 */
const documents = readdirSync(DOCUMENTS)
  .filter((file) => /\.(?:pdf|docx|txt)$/.test(file))
  .sort();

const originalOf = (file: string) => path.join(DOCUMENTS, `${file.replace(/(?:-columns|-autonumber)?\.(?:pdf\.txt|pdf|docx)$/, '')}.md`);

/**
 * Where the readers fall short of 0.9, the score they reach, so that it only goes up (docs/readers.md,
 * "How they are tested"):
 * - pdftotext reads a table set in two narrow columns line by line across its cells (`Share the RAS`,
 *   `18`, `Open`, `handbook with the`, …): the cells of a row cannot be put together again;
 * - W3C minutes are a stream of one-line `Name: text` paragraphs in which a `Resolution:` paragraph
 *   follows a vote (`+1`) without more space than between lines: in a PDF, and more in its text,
 *   paragraphs run together and the resolution is no longer at the start of one;
 * - in text, a heading in lower case (`1.1 media type`) or set in the same type as the text is a line
 *   like any other.
 */
const SHORTFALLS: Record<string, Partial<Record<'items' | 'actions' | 'decisions', number>>> = {
  'committee-2019-02-21-columns.pdf.txt': { actions: 0 },
  'w3c-pwg-2019-04-29.pdf': { decisions: 0.7 },
  'w3c-pwg-2019-04-29.pdf.txt': { items: 0.75, decisions: 0.4 },
  'apache-board-2018-04-11.pdf.txt': { items: 0.85, decisions: 0.8 },
  'tc39-2020-07-22-columns.pdf.txt': { items: 0.85 },
};

describe.each(documents)('%s', (file) => {
  it('gives back the items, actions and decisions of the original (F1 ≥ 0.9 each)', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, file));
    const scores = scoreDocument(modelOf(read.text), modelOf(readFileSync(originalOf(file), 'utf8')));
    for (const kind of ['items', 'actions', 'decisions'] as const) expect(scores[kind].f1, kind).toBeGreaterThanOrEqual(SHORTFALLS[file]?.[kind] ?? 0.9);
  });
});

describe('Word documents', () => {
  it('read the numbers Word draws for its headings, restarts included', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, 'election-network-autonumber.docx'));
    const model = modelOf(read.text);
    expect(model.items.map((item) => item.number)).toEqual(['1', '2', '3', '4', '5', '6', '5', '6', '5', '6']);
    // The number is in the text the map points into, as Word shows it.
    expect(read.source).toContain('5.\tRole of social media platforms');
  });

  it('keep typed numbers, checkboxes as tasks and bold labels as decisions', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, 'committee-2019-01-24.docx'));
    const model = modelOf(read.text);
    expect(model.items.map((item) => `${item.number} ${item.title}`)).toEqual(['1 Welcome', '2 Work programme', '3 Any other business']);
    expect(model.items[1]!.decisions.map((decision) => decision.text)).toEqual(['the network adopts its work programme for 2019.']);
    expect(model.items[1]!.actions.map((action) => `${action.status} ${action.owners.join(',')}`)).toEqual(['done SEC', 'open MS', 'open COM']);
  });
});

describe('PDF files', () => {
  it('leave out running headers, footers and page numbers', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, 'election-network.pdf'));
    expect(read.source).toContain('Page 2 of');
    expect(read.text).not.toMatch(/Page \d of|Ares\(2019\)/);
  });

  it('read two columns one after the other, and tables of actions as tasks', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, 'committee-2019-02-21-columns.pdf'));
    const model = modelOf(read.text);
    expect(model.items.map((item) => item.title)).toEqual(['Rapid Alert System', 'Table-top exercise']);
    expect(model.items[0]!.actions.map((action) => `${action.owners.join(',')}: ${action.text} ${action.due}`)).toEqual([
      'EEAS: Share the RAS handbook with the network 2019-03-18',
      'MS,EEAS: Connect the national contact points to the RAS 2019-03-29',
    ]);
    expect(model.meta).toMatchObject({ title: 'Election network, second meeting', date: '2019-02-21', location: 'Brussels' });
  });

  it('map the minutes back into the text the PDF was read as', async () => {
    const read = await readDocumentFile(path.join(DOCUMENTS, 'election-network.pdf'));
    const at = read.text.indexOf('## 5. Engagement');
    const { range } = read.map.rangeToSource(at + 3, at + 5);
    expect(read.source.slice(range[0], range[1] + 11)).toBe('5. Engagement');
  });
});
