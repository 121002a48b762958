import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CompletionItem,
  CompletionRequest,
  CompletionTriggerKind,
  type DocumentSymbol,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  type Position,
  SymbolKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatText } from '../../src/render/format.js';
import { MEETING, range, startClient, type TestClient, uriOf } from './client.js';

// MEETING with a document section, and a due date in words for `fmt` to write as an ISO date.
const TEXT = MEETING.replace('## 1. Opening', '## Present\n\nCOM, EEAS\n\n## 1. Opening').replace('(due 2019-04-11)', '(due 11 April)');

let dir: string;
let client: TestClient;
let uri: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'minutes-lsp-'));
  client = await startClient({ cwd: dir, initializationOptions: { today: '2019-05-03' } });
  uri = uriOf(path.join(dir, 'meeting.md'));
  client.open(uri, TEXT);
  await client.diagnostics(uri);
});

afterAll(async () => {
  await client?.stop();
  await rm(dir, { recursive: true, force: true });
});

const hoverAt = async (line: number, character: number, target = uri) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position: { line, character } });

describe('minutes lsp: formatting, symbols, hover, completion', () => {
  it('formats the document as `minutes fmt` does, with one edit of the part that changes', async () => {
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toHaveLength(1);
    expect(edits![0]!.range).toEqual({ start: { line: 21, character: 3 }, end: { line: 28, character: 49 } });
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, TEXT), edits!);
    const expected = formatText(TEXT, { path: path.join(dir, 'meeting.md') });
    expect(expected.ok && formatted).toBe(expected.ok && expected.output);
    expect(formatted).toContain('## 2. Elections\n\n### 2.1 Contact points');
    expect(formatted).toContain('- [x] COM, EEAS: Circulate the list (due 2019-04-11)');
  });

  it('outlines the agenda: items, sub-items, document sections, actions and decisions', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const shape = (symbol: DocumentSymbol): unknown => ({
      name: symbol.name,
      kind: symbol.kind,
      ...(symbol.detail ? { detail: symbol.detail } : {}),
      range: [symbol.range.start.line, symbol.range.start.character, symbol.range.end.line, symbol.range.end.character],
      selection: [symbol.selectionRange.start.line, symbol.selectionRange.start.character, symbol.selectionRange.end.line, symbol.selectionRange.end.character],
      ...(symbol.children ? { children: symbol.children.map(shape) } : {}),
    });
    expect(symbols.map(shape)).toEqual([
      { name: 'Present', kind: SymbolKind.Module, range: [13, 0, 15, 9], selection: [13, 0, 13, 10] },
      { name: '1. Opening', kind: SymbolKind.Namespace, range: [17, 0, 19, 83], selection: [17, 0, 17, 13] },
      {
        name: '1. Elections',
        kind: SymbolKind.Namespace,
        detail: 'item 2',
        range: [21, 0, 28, 50],
        selection: [21, 0, 21, 15],
        children: [
          {
            name: '1.1 Contact points',
            kind: SymbolKind.Namespace,
            detail: 'item 2.1',
            range: [23, 0, 28, 50],
            selection: [23, 0, 23, 22],
            children: [
              { name: 'national networks include the RAS contact point.', kind: SymbolKind.Boolean, detail: 'decision', range: [25, 0, 25, 60], selection: [25, 0, 25, 60] },
              { name: 'NATO: Share the report', kind: SymbolKind.Event, detail: 'open, due 2019-05-15, {#report}', range: [27, 0, 27, 55], selection: [27, 6, 27, 55] },
              { name: 'COM, EEAS: Circulate the list', kind: SymbolKind.Event, detail: 'done, due 2019-04-11', range: [28, 0, 28, 50], selection: [28, 6, 28, 50] },
            ],
          },
        ],
      },
    ]);
  });

  it('gives a flat outline to a client without hierarchical symbols', async () => {
    const flat = await startClient({ cwd: dir, capabilities: {} });
    try {
      flat.open(uri, TEXT);
      await flat.diagnostics(uri);
      const symbols = (await flat.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as { name: string; containerName?: string }[];
      expect(symbols.map((symbol) => [symbol.name, symbol.containerName ?? null])).toEqual([
        ['Present', null],
        ['1. Opening', null],
        ['1. Elections', null],
        ['1.1 Contact points', '1. Elections'],
        ['national networks include the RAS contact point.', '1.1 Contact points'],
        ['NATO: Share the report', '1.1 Contact points'],
        ['COM, EEAS: Circulate the list', '1.1 Contact points'],
      ]);
    } finally {
      await flat.stop();
    }
  });

  it('hovers actors, due dates, deadlines and action ids', async () => {
    // An actor code in the front matter, an alias in the text.
    expect(await hoverAt(3, 13)).toEqual({ contents: { kind: 'markdown', value: '**COM**: European Commission\n\nalso written "Commission"' }, range: range(3, 12, 15) });
    expect(await hoverAt(19, 8)).toEqual({ contents: { kind: 'markdown', value: '**COM**: European Commission\n\nalso written "Commission"' }, range: range(19, 4, 14) });
    expect(await hoverAt(28, 12)).toEqual({ contents: { kind: 'markdown', value: '**EEAS**: European External Action Service' }, range: range(28, 11, 15) });
    expect(await hoverAt(27, 8)).toEqual({ contents: { kind: 'markdown', value: '`NATO` is not an actor of the registry' }, range: range(27, 6, 10) });
    // Due dates: weekday, and days left or overdue from today (2019-05-03 here).
    expect(await hoverAt(27, 40)).toEqual({ contents: { kind: 'markdown', value: '**Due** Wednesday 2019-05-15, 12 days left' }, range: range(27, 34, 44) });
    expect(await hoverAt(28, 44)).toEqual({ contents: { kind: 'markdown', value: '**Due** Thursday 2019-04-11, done' }, range: range(28, 41, 49) });
    // A deadline in the prose.
    expect(await hoverAt(19, 76)).toEqual({ contents: { kind: 'markdown', value: '**Deadline** Thursday 2019-04-11, 22 days overdue' }, range: range(19, 74, 82) });
    // An action id: its history (this file alone outside a series; see series.test.ts).
    expect(await hoverAt(27, 50)).toEqual({
      contents: { kind: 'markdown', value: '**Action `report`**: NATO: Share the report\n\nNow open, due 2019-05-15 (12 days left).\n\n- 2019-04-04 (this file, line 28): open, NATO, due 2019-05-15' },
      range: range(27, 46, 55),
    });
    expect(await hoverAt(17, 6)).toBeNull();
  });

  it('completes actor codes as owners and attendees, and glossary terms in the text', async () => {
    const lines = TEXT.split('\n');
    const labels = (items: CompletionItem[] | null) => (items ?? []).map((item) => item.label).sort();
    const complete = async (text: string, position: Position, triggerCharacter?: string) => {
      // As in an editor: the document as it was, then as it is being written (the front matter may not parse then).
      const other = uriOf(path.join(dir, `completion-${Math.random().toString(36).slice(2)}.md`));
      const document = client.open(other, TEXT);
      await client.diagnostics(other);
      client.change(document, text);
      await client.diagnostics(other, (params) => params.version === 2);
      const result = await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: other },
        position,
        context: triggerCharacter ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter } : { triggerKind: CompletionTriggerKind.Invoked },
      });
      client.close(other);
      return Array.isArray(result) ? result : (result?.items ?? null);
    };

    // After `- [ ] `: the actor codes, with their names.
    const owners = await complete([...lines.slice(0, 29), '- [ ] ', ''].join('\n'), { line: 29, character: 6 }, ' ');
    expect(labels(owners)).toEqual(['COM', 'EEAS']);
    expect(owners!.find((item) => item.label === 'COM')).toMatchObject({ detail: 'European Commission', documentation: 'also written Commission', textEdit: { range: range(29, 6, 6), newText: 'COM' } });
    // A second owner, partly written.
    const second = await complete([...lines.slice(0, 29), '- [ ] COM, EE', ''].join('\n'), { line: 29, character: 13 });
    expect(second!.find((item) => item.label === 'EEAS')).toMatchObject({ textEdit: { range: range(29, 11, 13), newText: 'EEAS' } });

    // In `attendees`, flow and block lists.
    const flow = await complete(TEXT.replace('attendees: [COM, EEAS]', 'attendees: [COM, '), { line: 3, character: 17 }, ' ');
    expect(labels(flow)).toEqual(['COM', 'EEAS']);
    const block = await complete(TEXT.replace('attendees: [COM, EEAS]', 'attendees:\n  - COM\n  - E'), { line: 5, character: 5 });
    expect(block!.find((item) => item.label === 'EEAS')).toMatchObject({ textEdit: { range: range(5, 4, 5), newText: 'EEAS' } });
    // Not in the other keys of the front matter.
    expect(await complete(TEXT, { line: 1, character: 10 })).toEqual([]);

    // Glossary terms (and actor codes) in the text, on request.
    const prose = await complete(TEXT.replace('Contributions are welcome', 'The RA contributions are welcome'), { line: 19, character: 48 });
    expect(prose!.find((item) => item.label === 'RAS')).toMatchObject({ detail: 'Rapid Alert System', textEdit: { range: range(19, 46, 48), newText: 'RAS' } });
    expect(labels(prose)).toEqual(['COM', 'EEAS', 'RAS']);
    // A space in the text asks for nothing.
    expect(await complete(TEXT, { line: 19, character: 4 }, ' ')).toEqual([]);
  });
});
