import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, SEED_TEXT } from '../helpers.js';
import { DOCUMENTS } from './read.js';

const TITLE = 'Meeting of the European cooperation network on elections';

describe('minutes import of documents', () => {
  it('imports the seed, which minutes lint then finds the four numbering errors in', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutes-import-'));
    const out = path.join(dir, 'seed.md');
    const imported = await runBin(['import', SEED_TEXT, '--date', '2019-04-04', '--title', TITLE, '-o', out]);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    const lint = await runBin(['lint', out, '--format', 'json']);
    expect(lint.code).toBe(1);
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string; severity: number }[] }[];
    expect(result!.messages.filter((message) => message.severity === 2).map((message) => message.ruleId)).toEqual(['numbering', 'numbering', 'numbering', 'numbering']);
  });

  it('names on stderr what the document lacks', async () => {
    const run = await runBin(['import', SEED_TEXT]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('the document gives no title: name it with --title');
    expect(run.stderr).toContain('the document gives no meeting date: give it with --date YYYY-MM-DD');
  });

  it('writes the follow-ups of the prose as open tasks with --infer-actions', async () => {
    const run = await runBin(['import', SEED_TEXT, '--date', '2019-04-04', '--title', TITLE, '--infer-actions']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Member States were invited to share all the relevant materials.\n\n- [ ] MS: Share all the relevant materials\n');
    const lint = await runBin(['lint', '-', '--stdin-filename', 'seed.md', '--format', 'json'], { input: run.stdout });
    const [result] = JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[];
    expect(result!.messages.map((message) => message.ruleId)).not.toContain('untracked-follow-up');
  });

  it('reads PDF and Word documents, picked by their content', async () => {
    const pdf = await runBin(['import', path.join(DOCUMENTS, 'committee-2019-04-04.pdf')]);
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toContain('- [ ] COM, EP: Publish the joint election information leaflet (due 30 April 2019)');
    const docx = await runBin(['import', path.join(DOCUMENTS, 'election-network-autonumber.docx')]);
    expect(docx.code).toBe(0);
    expect(docx.stdout).toContain('## 5. Role of social media platforms');
  });

  it.each([
    ['password.pdf', 'the PDF is protected by a password: remove the protection (or print it to a new PDF) and import that'],
    ['damaged.pdf', 'the PDF is damaged and cannot be read (Invalid PDF structure): export or download it again'],
    ['scanned.pdf', 'the PDF has no text, only images (a scan?): run it through OCR first (for example ocrmypdf) and import the result'],
    ['not-a-zip.docx', 'the file is not a Word document: a .docx is a ZIP archive, and this file is not one'],
    ['password.docx', 'the Word document is protected by a password: remove the password in Word (File > Info > Protect Document) and save it again'],
  ])('refuses %s with one clear message, exit 1, nothing written', async (name, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutes-import-'));
    const file = path.join(DOCUMENTS, 'bad', name);
    const run = await runBin(['import', file, '-o', path.join(dir, 'out.md')]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${file}:1:1: ${message}\n` });
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps the text it read a PDF as out of the output, and the source it came from in the front matter', async () => {
    const run = await runBin(['import', path.join(DOCUMENTS, 'election-network.pdf')]);
    expect(run.stdout).toContain('x-imported-from:\n  file: election-network.pdf\n  reader: pdf\n');
    expect(await readFile(path.join(DOCUMENTS, 'election-network.md'), 'utf8')).toContain('## 5. Role of social media');
  });
});
