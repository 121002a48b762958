// A headless LSP client for the tests: spawns the built server (`node bin/minutes.js lsp --stdio`) and talks
// to it over its standard input and output with vscode-languageserver's own protocol connection.
import { type ChildProcess, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  type CodeAction,
  type Command,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BIN, ROOT } from '../helpers.js';

/** What a client such as VS Code says it can do: hierarchical symbols, versioned edits, watched files, markdown hovers. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
  },
  workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

export interface TestClient {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Every publishDiagnostics received, in order. */
  received: PublishDiagnosticsParams[];
  /** The next publishDiagnostics for a document (after those already taken) that satisfies `accept`. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string): TextDocument;
  /** Replaces a document's text (a full change) and returns the new document. */
  change(document: TextDocument, text: string): TextDocument;
  /** Applies edits to a document, sends them as incremental changes, and returns the new document. */
  edit(document: TextDocument, edits: TextEdit[]): TextDocument;
  close(uri: string): void;
  stop(): Promise<void>;
}

export const uriOf = (file: string) => pathToFileURL(file).href;

/** A range on one line. */
export const range = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });

/** A meeting with a repeated item number (and so a wrongly numbered sub-item) and an owner no registry knows. */
export const MEETING = `---
title: Network meeting
date: 2019-04-04
attendees: [COM, EEAS]
actors:
  COM:
    name: European Commission
    aliases: [Commission]
  EEAS: European External Action Service
glossary:
  RAS: Rapid Alert System
---

## 1. Opening

The Commission welcomed the participants. Contributions are welcome until 11 April.

## 1. Elections

### 1.1 Contact points

**Agreed:** national networks include the RAS contact point.

- [ ] NATO: Share the report (due 2019-05-15) {#report}
- [x] COM, EEAS: Circulate the list (due 2019-04-11)
`;

export async function startClient(options: { cwd?: string; capabilities?: ClientCapabilities; initializationOptions?: Record<string, unknown> } = {}): Promise<TestClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: PublishDiagnosticsParams[] = [];
  const taken = new Map<string, number>();
  const listeners = new Set<() => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    received.push(params);
    for (const listener of listeners) listener();
  });
  // The server registers its file watchers: accept.
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', (params: { message: string }) => {
    if (process.env.MINUTES_LSP_LOG) process.stderr.write(`server: ${params.message}\n`);
  });
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.cwd ? uriOf(options.cwd) : null,
    capabilities: options.capabilities ?? FULL_CAPABILITIES,
    initializationOptions: options.initializationOptions ?? {},
    workspaceFolders: options.cwd ? [{ uri: uriOf(options.cwd), name: 'minutes' }] : null,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  const client: TestClient = {
    connection,
    child,
    received,
    diagnostics(uri, accept = () => true) {
      return new Promise((resolve, reject) => {
        const timeout = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no diagnostics for ${uri} within 10 s (stderr: ${stderr})`));
        }, 10_000);
        function check() {
          for (let index = taken.get(uri) ?? 0; index < received.length; index++) {
            const params = received[index]!;
            if (params.uri !== uri) continue;
            taken.set(uri, index + 1);
            if (!accept(params)) continue;
            clearTimeout(timeout);
            listeners.delete(check);
            resolve(params);
            return;
          }
          taken.set(uri, Math.max(taken.get(uri) ?? 0, received.length));
        }
        listeners.add(check);
        check();
      });
    },
    open(uri, text) {
      const document = TextDocument.create(uri, 'markdown', 1, text);
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      return document;
    },
    change(document, text) {
      const next = TextDocument.create(document.uri, 'markdown', document.version + 1, text);
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: document.uri, version: next.version }, contentChanges: [{ text }] });
      return next;
    },
    edit(document, edits) {
      const next = TextDocument.create(document.uri, 'markdown', document.version + 1, TextDocument.applyEdits(document, edits));
      // Incremental changes, last first, as editors send them for several edits.
      const changes = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start)).map((edit) => ({ range: edit.range, text: edit.newText }));
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: document.uri, version: next.version }, contentChanges: changes });
      return next;
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
        await connection.sendNotification(ExitNotification.type).catch(() => undefined);
        await exited;
      }
      connection.dispose();
    },
  };
  return client;
}

/** The edits of a code action (or a workspace edit) for one document, whichever form the server chose. */
export function editsOf(action: CodeAction | Command | WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!action) return [];
  const edit: WorkspaceEdit | undefined = 'title' in action ? ('edit' in action ? action.edit : undefined) : action;
  if (!edit) return [];
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? change.edits.filter((e): e is TextEdit => 'range' in e) : []));
  }
  return edit.changes?.[uri] ?? [];
}
