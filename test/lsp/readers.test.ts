import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentFormattingRequest, DocumentSymbolRequest } from 'vscode-languageserver/node.js';
import { loadConfig } from '../../src/config/config.js';
import { lintText } from '../../src/lint/fix.js';
import { lintRead } from '../../src/readers/lint-read.js';
import { FIXTURES } from '../helpers.js';
import { startClient, type TestClient, uriOf } from './client.js';

let dir: string;
let client: TestClient;
const NAME = 'pwg-2019-04-29.md';

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-lsp-readers-'));
  await cp(path.join(FIXTURES, 'readers', 'w3c', NAME), path.join(dir, NAME));
  await writeFile(path.join(dir, 'minutes.config.yaml'), '# W3C minutes, read as `minutes lint` reads them with --from w3c.\nfrom: w3c\n');
  client = await startClient({ cwd: dir });
});

afterAll(async () => {
  await client?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('minutes lsp: minutes of another convention (`from:` in the configuration)', () => {
  it('publishes what `minutes lint` reports through the reader, placed in the text as written, and leaves formatting and the outline alone', async () => {
    const file = path.join(dir, NAME);
    const bytes = await readFile(file);
    const config = await loadConfig(path.join(dir, 'minutes.config.yaml'));
    const expected = lintRead(bytes, 'w3c', { path: file, config, overrides: {} }).report!.diagnostics;
    // Read as native minutes the same text draws other findings: the reader is what makes the difference.
    const native = lintText(bytes, { path: file, config }).diagnostics;
    expect(native.map((d) => d.ruleId)).not.toEqual(expected.map((d) => d.ruleId));

    const uri = uriOf(file);
    client.open(uri, bytes.toString('utf8'));
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      expected.map((d) => [d.ruleId, d.message, d.line, d.column, d.endLine, d.endColumn]),
    );
    expect(await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
  });
});
