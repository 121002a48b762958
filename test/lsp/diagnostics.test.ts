import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeActionRequest, DidChangeWatchedFilesNotification, DocumentSymbolRequest, FileChangeType, HoverRequest } from 'vscode-languageserver/node.js';
import { lintText } from '../../src/lint/fix.js';
import { ROOT } from '../helpers.js';
import { editsOf, FULL_CAPABILITIES, MEETING, range, startClient, type TestClient, uriOf } from './client.js';

const rulesDoc = (id: string) => `${pathToFileURL(path.join(ROOT, 'docs', 'rules.md')).href}#${id}`;

let dir: string;
let client: TestClient;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-lsp-'));
});

afterEach(async () => {
  await client?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('minutes lsp: diagnostics and fixes', () => {
  it('publishes exact ranges, severities, rule ids and documentation links; the quick fix and fix all clear them', async () => {
    client = await startClient({ cwd: dir });
    const file = path.join(dir, 'meeting.md');
    const uri = uriOf(file);
    let document = client.open(uri, MEETING);

    const first = await client.diagnostics(uri);
    expect(first.version).toBe(1);
    expect(first.diagnostics).toEqual([
      {
        range: range(17, 3, 5),
        severity: 1,
        code: 'numbering',
        codeDescription: { href: rulesDoc('numbering') },
        source: 'minutes',
        message: 'agenda item 2 repeats the number `1.` of agenda item 1; expected `2.`: renumber it',
      },
      {
        range: range(19, 4, 7),
        severity: 1,
        code: 'numbering',
        codeDescription: { href: rulesDoc('numbering') },
        source: 'minutes',
        message: 'sub-item 2.1 is numbered `1.1`; expected `2.1`: renumber it',
      },
      {
        range: range(23, 6, 10),
        severity: 1,
        code: 'unknown-actor',
        codeDescription: { href: rulesDoc('unknown-actor') },
        source: 'minutes',
        message: 'owner "NATO" is not a known actor: add it under `actors:` in the front matter or in minutes.config.yaml, or use a registered code',
      },
    ]);
    // The same places as `minutes lint` reports (1-based there).
    const linted = lintText(MEETING, { path: file }).diagnostics;
    expect(first.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      linted.map((d) => [d.line, d.column, d.endLine, d.endColumn]),
    );

    // The quick fix of the first numbering problem: the rule's own edit.
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: range(17, 4, 4),
      context: { diagnostics: [first.diagnostics[0]!], only: ['quickfix'] },
    });
    expect(actions).toHaveLength(1);
    const quickFix = actions![0]!;
    expect(quickFix).toMatchObject({ title: 'Replace `1.` with `2.` (numbering)', kind: 'quickfix', isPreferred: true, diagnostics: [first.diagnostics[0]] });
    expect(quickFix).toHaveProperty('edit.documentChanges.0.textDocument', { uri, version: 1 });
    expect(editsOf(quickFix, uri)).toEqual([{ range: range(17, 3, 5), newText: '2.' }]);
    document = client.edit(document, editsOf(quickFix, uri));
    expect(document.getText()).toContain('## 2. Elections');

    const second = await client.diagnostics(uri, (params) => params.version === 2);
    expect(second.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['numbering', range(19, 4, 7)],
      ['unknown-actor', range(23, 6, 10)],
    ]);

    // "Fix all" as a source action: the library's fix path, applied in passes.
    const fixAll = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: range(0, 0, 0),
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll!.map((action) => [action.title, 'kind' in action ? action.kind : null])).toEqual([['Fix all fixable minutes problems', 'source.fixAll.minutes']]);
    const fixAllEdits = editsOf(fixAll![0], uri);
    expect(fixAllEdits).toEqual([{ range: range(19, 4, 5), newText: '2' }]);
    document = client.edit(document, fixAllEdits);
    expect(document.getText()).toBe(lintText(MEETING, { path: file, fix: true }).output);

    const third = await client.diagnostics(uri, (params) => params.version === 3);
    expect(third.diagnostics.map((d) => d.code)).toEqual(['unknown-actor']);
    // Nothing left to fix: no quick fix where the unknown owner is.
    const none = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: range(23, 7, 7), context: { diagnostics: third.diagnostics } });
    expect(none).toEqual([]);

    // The owner written as a known code: the diagnostics clear.
    document = client.edit(document, [{ range: range(23, 6, 10), newText: 'EEAS' }]);
    const clean = await client.diagnostics(uri, (params) => params.version === 4);
    expect(clean.diagnostics).toEqual([]);

    // Closing the document clears its diagnostics.
    client.close(uri);
    const closed = await client.diagnostics(uri);
    expect(closed).toEqual({ uri, diagnostics: [] });
  });

  it('counts columns in UTF-16 code units, as LSP does: after an emoji and accented letters', async () => {
    client = await startClient({ cwd: dir });
    const file = path.join(dir, 'réunion.md');
    const uri = uriOf(file);
    const text = `${MEETING.split('## 1. Opening')[0]}## 1. Ouverture 🗳\n\n- [ ] COM: Préparer 🗳 la note — résumé (due 15 May)\n`;
    client.open(uri, text);
    const published = await client.diagnostics(uri);
    const line = text.split('\n').findIndex((each) => each.startsWith('- [ ] COM'));
    const start = text.split('\n')[line]!.indexOf('15 May');
    expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([['due-format', range(line, start, start + 6)]]);
    const [expected] = lintText(text, { path: file }).diagnostics;
    expect([expected!.line - 1, expected!.column - 1, expected!.endColumn - 1]).toEqual([line, start, start + 6]);
    const [fix] = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: range(line, start, start), context: { diagnostics: published.diagnostics } }))!;
    expect(editsOf(fix, uri)).toEqual([{ range: range(line, start, start + 6), newText: '2019-05-15' }]);
  });

  it('debounces changes: a burst of edits is linted once it rests, at its last version', async () => {
    client = await startClient({ cwd: dir, initializationOptions: { debounce: 1500 } });
    const uri = uriOf(path.join(dir, 'meeting.md'));
    let document = client.open(uri, MEETING);
    await client.diagnostics(uri);
    // Right after the first lint: the burst waits for the debounce, and is linted once.
    for (let index = 0; index < 5; index++) document = client.edit(document, [{ range: range(15, 0, 0), newText: 'x' }]);
    const burst = await client.diagnostics(uri);
    expect(burst.version).toBe(6);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.received.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([1, 6]);
    // After a rest as long as the debounce, a single edit is linted at once, not a debounce later.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const start = performance.now();
    document = client.edit(document, [{ range: range(15, 0, 0), newText: 'x' }]);
    expect((await client.diagnostics(uri)).version).toBe(7);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('honours minutes.config.yaml and reads it again when the client reports a change', async () => {
    const config = path.join(dir, 'minutes.config.yaml');
    await writeFile(config, 'actors:\n  NATO: North Atlantic Treaty Organization\nrules:\n  numbering: off\n');
    client = await startClient({ cwd: dir });
    const uri = uriOf(path.join(dir, 'meeting.md'));
    client.open(uri, MEETING);
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);

    await writeFile(config, 'rules:\n  unknown-actor: warn\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Changed }] });
    const reloaded = await client.diagnostics(uri);
    expect(reloaded.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['numbering', 1],
      ['numbering', 1],
      ['unknown-actor', 2],
    ]);

    // A configuration that cannot be used: one diagnostic that says why, at the top.
    await writeFile(config, 'rules:\n  numbring: off\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(config), type: FileChangeType.Changed }] });
    const broken = await client.diagnostics(uri);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ code: 'config', severity: 1, range: range(0, 0, 0) });
    expect(broken.diagnostics[0]!.message).toContain('minutes.config.yaml:2:3');
  });

  it('watches the configuration itself when the client does not', async () => {
    const config = path.join(dir, 'minutes.config.yaml');
    await writeFile(config, 'actors:\n  NATO: North Atlantic Treaty Organization\n');
    const { workspace: _ignored, ...capabilities } = FULL_CAPABILITIES;
    client = await startClient({ cwd: dir, capabilities });
    const uri = uriOf(path.join(dir, 'meeting.md'));
    client.open(uri, MEETING);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).toEqual(['numbering', 'numbering']);
    await writeFile(config, 'rules:\n  numbering: off\n');
    const reloaded = await client.diagnostics(uri);
    expect(reloaded.diagnostics.map((d) => d.code)).toEqual(['unknown-actor']);
  });

  it('gives a document that cannot be parsed one diagnostic where the parser says, and keeps serving', async () => {
    client = await startClient({ cwd: dir });
    const file = path.join(dir, 'broken.md');
    const uri = uriOf(file);
    const text = '---\ntitle: Broken\ndate: 2019-04-04\nattendees: [COM, EEAS\n---\n\n## 1. Opening\n';
    client.open(uri, text);
    const published = await client.diagnostics(uri);
    const [expected] = lintText(text, { path: file }).diagnostics;
    expect(expected!.ruleId).toBe('parse-error');
    expect(published.diagnostics).toEqual([
      {
        range: { start: { line: expected!.line - 1, character: expected!.column - 1 }, end: { line: expected!.endLine - 1, character: expected!.endColumn - 1 } },
        severity: 1,
        code: 'parse-error',
        codeDescription: { href: rulesDoc('parse-error') },
        source: 'minutes',
        message: expected!.message,
      },
    ]);
    expect(published.diagnostics[0]!.range.start.line).toBe(3);
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })).toEqual([]);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 13 } })).toBeNull();
    expect(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: range(0, 0, 0), context: { diagnostics: [] } })).toEqual([]);
  });
});
