import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompletionRequest, CompletionTriggerKind, DefinitionRequest, HoverRequest, type Location, ReferencesRequest } from 'vscode-languageserver/node.js';
import { loadConfig } from '../../src/config/config.js';
import { lintFiles } from '../../src/series/lint.js';
import { FIXTURES } from '../helpers.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { range, startClient, type TestClient, uriOf } from './client.js';

let dir: string;
let client: TestClient;
const file = (name: string) => path.join(dir, name);
const texts = new Map<string, string>();
/** The documents open in the client, by URI. */
const open = new Map<string, TextDocument>();
const openFile = (name: string) => {
  const uri = uriOf(file(name));
  open.set(uri, client.open(uri, texts.get(name)!));
  return uri;
};
const change = (uri: string, text: string) => open.set(uri, client.change(open.get(uri)!, text)).get(uri)!;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-lsp-series-'));
  await cp(path.join(FIXTURES, 'series'), dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.md')) texts.set(name, await readFile(file(name), 'utf8'));
  client = await startClient({ cwd: dir, initializationOptions: { today: '2024-03-01' } });
});

afterAll(async () => {
  await client?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Where `token` stands on a line (0-based) of a file of the series, as an LSP range. */
const tokenRange = (name: string, line: number, token: string) => {
  const character = texts.get(name)!.split('\n')[line]!.indexOf(token);
  expect(character).toBeGreaterThanOrEqual(0);
  return range(line, character, character + token.length);
};

describe('minutes lsp: meeting series', () => {
  it('adds the series rules, with the other files of the folder read from disk, as `minutes lint` does', async () => {
    const uri = openFile('2024-02-22.md');
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map((d) => [d.code, d.severity, d.range])).toEqual([['action-dropped', 2, range(16, 0, 26)]]);
    expect(published.diagnostics[0]!.message).toMatch(/^action "ras-handbook" \(EEAS: Share the RAS handbook with the network\) was open after the meeting of 2024-01-18/);
    // The same as the library's lint of the whole series.
    const config = await loadConfig(file('minutes.config.yaml'));
    const linted = lintFiles([...texts].map(([name, text]) => ({ path: file(name), text })), { config });
    const expected = linted.find((result) => result.path === file('2024-02-22.md'))!.diagnostics;
    expect(published.diagnostics.map((d) => [d.code, d.message, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      expected.map((d) => [d.ruleId, d.message, d.line, d.column, d.endLine, d.endColumn]),
    );
  });

  it('takes the text of open documents over the files on disk, and updates the other open documents of the series', async () => {
    const later = openFile('2024-03-21.md');
    const reopened = await client.diagnostics(later);
    expect(reopened.diagnostics.map((d) => [d.code, d.range])).toEqual([['action-reopened', range(21, 6, 108)]]);

    // In 2024-02-22, leave the note open instead of closing it: in 2024-03-21 it is no longer reopened.
    const uri = uriOf(file('2024-02-22.md'));
    const line = 21;
    const changed = texts.get('2024-02-22.md')!.split('\n');
    expect(changed[line]).toMatch(/^- \[x\] COM: Prepare a note/);
    changed[line] = changed[line]!.replace('[x]', '[ ]');
    change(uri, changed.join('\n'));
    await client.diagnostics(uri, (params) => params.version === 2);
    const updated = await client.diagnostics(later);
    expect(updated.version).toBe(1);
    expect(updated.diagnostics).toEqual([]);

    // Back as on disk: reopened again.
    change(uri, texts.get('2024-02-22.md')!);
    await client.diagnostics(uri, (params) => params.version === 3);
    expect((await client.diagnostics(later)).diagnostics.map((d) => d.code)).toEqual(['action-reopened']);
  });

  it('hovers an action id with its history across the series', async () => {
    const uri = uriOf(file('2024-02-22.md'));
    const at = tokenRange('2024-02-22.md', 20, '{#contact-points}');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 20, character: at.start.character + 3 } });
    expect(hover).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '**Action `contact-points`**: MS: Nominate the national contact points for the RAS',
          '',
          'Now done.',
          '',
          '- 2024-01-18 (2024-01-18.md, meeting 5, line 24): open, MS, due 2024-02-15',
          '- 2024-02-22 (this file, meeting 6, line 21): open, MS, due 2024-03-15',
          '- 2024-03-21 (2024-03-21.md, meeting 7, line 19): done, MS',
        ].join('\n'),
      },
      range: at,
    });
  });

  it('goes to the definition of an action id and finds its references across the files', async () => {
    const uri = uriOf(file('2024-03-21.md'));
    const position = { line: 18, character: tokenRange('2024-03-21.md', 18, '{#contact-points}').start.character + 5 };
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location;
    expect(definition).toEqual({ uri: uriOf(file('2024-01-18.md')), range: tokenRange('2024-01-18.md', 23, '{#contact-points}') });

    const all = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } });
    expect(all).toEqual([
      { uri: uriOf(file('2024-01-18.md')), range: tokenRange('2024-01-18.md', 23, '{#contact-points}') },
      { uri: uriOf(file('2024-02-22.md')), range: tokenRange('2024-02-22.md', 20, '{#contact-points}') },
      { uri, range: tokenRange('2024-03-21.md', 18, '{#contact-points}') },
    ]);
    const withoutDeclaration = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: false } });
    expect(withoutDeclaration).toEqual(all!.slice(1));

    // An id derived from the meeting and the item: defined by the action's text in the meeting that gave it.
    const derived = { line: 21, character: tokenRange('2024-03-21.md', 21, '{#2024-01-18-2-a2}').start.character + 4 };
    const origin = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: derived })) as Location;
    const note = texts.get('2024-01-18.md')!.split('\n')[24]!;
    expect(note).toMatch(/^- \[ \] COM: Prepare a note/);
    expect(origin).toEqual({ uri: uriOf(file('2024-01-18.md')), range: range(24, 6, note.length) });
    // From the action itself, in the file that gave it (not open in the editor: read from disk).
    const first = openFile('2024-01-18.md');
    await client.diagnostics(first);
    const fromOrigin = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: first }, position: { line: 24, character: 20 }, context: { includeDeclaration: false } });
    expect(fromOrigin).toEqual([
      { uri: uriOf(file('2024-02-22.md')), range: tokenRange('2024-02-22.md', 21, '{#2024-01-18-2-a2}') },
      { uri, range: tokenRange('2024-03-21.md', 21, '{#2024-01-18-2-a2}') },
      { uri: uriOf(file('2024-04-25.md')), range: tokenRange('2024-04-25.md', 19, '{#2024-01-18-2-a2}') },
    ]);
  });

  it('completes `{#` with the ids of the actions the series left open before this meeting', async () => {
    const uri = uriOf(file('2024-02-22.md'));
    const lines = texts.get('2024-02-22.md')!.split('\n');
    const at = tokenRange('2024-02-22.md', 20, '{#contact-points}');
    lines[20] = `${lines[20]!.slice(0, at.start.character)}{#`;
    change(uri, lines.join('\n'));
    await client.diagnostics(uri, (params) => params.version === 4);
    const result = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 20, character: at.start.character + 2 },
      context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: '#' },
    });
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    // Open after 2024-01-18: contact-points, ras-handbook, and the note (2024-01-18-2-a2), which this meeting already names.
    expect(items.map((item) => [item.label, item.detail, item.textEdit])).toEqual([
      ['contact-points', 'MS: Nominate the national contact points for the RAS', { range: range(20, at.start.character + 2, at.start.character + 2), newText: 'contact-points}' }],
      ['ras-handbook', 'EEAS: Share the RAS handbook with the network', { range: range(20, at.start.character + 2, at.start.character + 2), newText: 'ras-handbook}' }],
    ]);
    expect(items[0]!.documentation).toBe('open after the meeting of 2024-01-18, due 2024-02-15');
  });
});
