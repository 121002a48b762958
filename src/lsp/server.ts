import { type FSWatcher, watch } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { format } from 'node:util';
import {
  CodeActionKind,
  type ClientCapabilities,
  CompletionTriggerKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  type Diagnostic as LspDiagnostic,
  FileChangeType,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { builtInActors } from '../model/registries.js';
import type { ParsedMinutes } from '../model/parse.js';
import type { MeetingRecord } from '../series/record.js';
import type { Series } from '../series/series.js';
import { codeActions, FIX_ALL_KIND, formatEdits } from './actions.js';
import { MessageFraming } from './framing.js';
import { complete, TRIGGER_CHARACTERS } from './completion.js';
import { configDiagnostic, internalDiagnostic, toLspDiagnostic } from './diagnostics.js';
import { hover, localToday } from './hover.js';
import { definition, references } from './navigation.js';
import { documentSymbols, flatSymbols } from './symbols.js';
import { type Analysis, filePath, Workspace } from './workspace.js';

declare const MINUTES_VERSION: string;

/**
 * Changes closer together than this are linted together, once the document has rested this long. A change
 * after a rest at least as long is linted at once: the debounce gathers bursts of typing without making a
 * single edit (a quick fix, a paste, a keystroke after a pause) wait for it.
 */
const DEBOUNCE_MS = 50;
/** How long the first diagnostics of a document wait for the other files of its series to be read. */
const SERIES_WAIT_MS = 250;

/** Settings a client may pass as `initializationOptions`. */
interface ServerSettings {
  /** Milliseconds between the last change and the lint (default 50). */
  debounce?: number;
  /** The day due dates count from, YYYY-MM-DD (default: today); for tests. */
  today?: string;
}

/**
 * Runs the language server on a pair of streams (`minutes lsp --stdio`: standard input and output). The
 * server exits when its input closes (the client went away) or after `shutdown` and `exit`; the promise
 * settles with the exit code should the process live on (it does not: vscode-languageserver ends it).
 */
export function startServer(input: Readable, output: Writable): Promise<number> {
  // Only well-framed messages reach the protocol connection; what is dropped is logged once it is there.
  const dropped = { warn: (_what: string) => {} };
  const framed = new MessageFraming((what) => dropped.warn(what));
  input.pipe(framed);
  // The connection ends the process when its input ends: so must the framing when standard input goes.
  input.on('close', () => framed.end());
  input.on('error', () => framed.end());
  const connection = createConnection(framed, output);
  dropped.warn = (what) => connection.console.warn(`minutes: ignored ${what}`);
  // Standard output carries the protocol: anything printed goes to the client's log instead.
  const log = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = log;
  console.info = log;
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  const report = (what: string, error: unknown) => connection.console.error(`minutes: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.on('uncaughtException', (error) => report('unexpected error', error));
  process.on('unhandledRejection', (error) => report('unexpected error', error));

  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  let capabilities: ClientCapabilities = {};
  let debounce = DEBOUNCE_MS;
  let today: string | null = null;
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Set<string>();
  const waiters = new Map<string, ((analysis: Analysis | null) => void)[]>();
  /** The latest parse of each document that succeeded, and its record: what completion knows while the text does not parse. */
  const lastParsed = new Map<string, ParsedMinutes>();
  const lastRecord = new Map<string, MeetingRecord>();
  /** What was last sent for each document, so that a series update sends only what changed. */
  const published = new Map<string, string>();

  const isCurrent = (analysis: Analysis) => workspace.analyses.get(analysis.uri) === analysis && documents.get(analysis.uri)?.version === analysis.version;

  function send({ uri, version }: Pick<Analysis, 'uri' | 'version'>, diagnostics: LspDiagnostic[], onlyIfChanged = false) {
    const key = JSON.stringify(diagnostics);
    if (onlyIfChanged && published.get(uri) === key) return;
    published.set(uri, key);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function diagnosticsOf(analysis: Analysis, series: Series | null): LspDiagnostic[] {
    if (analysis.configError !== null) return [configDiagnostic(analysis.configError)];
    if (analysis.ignored) return [];
    return workspace.diagnostics(analysis, series).map(toLspDiagnostic);
  }

  async function seriesOf(analysis: Analysis): Promise<Series | null> {
    try {
      return await workspace.series(analysis);
    } catch (error) {
      report('cannot read the series', error);
      return null;
    }
  }

  /** Publishes a document's diagnostics; its series' findings too once the other files are read (at once when they were). */
  async function publish(analysis: Analysis, onlyIfChanged = false) {
    const pending = seriesOf(analysis);
    let timer: NodeJS.Timeout | undefined;
    const early = await Promise.race([pending, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), SERIES_WAIT_MS)))]);
    clearTimeout(timer);
    if (!isCurrent(analysis)) return;
    if (early !== undefined) return send(analysis, diagnosticsOf(analysis, early), onlyIfChanged);
    send(analysis, diagnosticsOf(analysis, null), onlyIfChanged);
    const series = await pending;
    if (isCurrent(analysis)) send(analysis, diagnosticsOf(analysis, series), true);
  }

  /** The other open documents of a series see a change of one of its meetings. */
  async function publishSeries(key: string | null, except: string | null) {
    for (const other of [...workspace.analyses.values()]) {
      if (other.uri !== except && (key === null || other.seriesKey === key)) await publish(other, true);
    }
  }

  async function analyze(uri: string) {
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    running.add(uri);
    let analysis: Analysis;
    try {
      analysis = await workspace.analyze(document);
    } catch (error) {
      report(`cannot check ${uri}`, error);
      send({ uri, version }, [internalDiagnostic(error)]);
      return settle(uri, null);
    } finally {
      running.delete(uri);
    }
    if (documents.get(uri)?.version !== version) return; // a later change is scheduled
    const previous = workspace.analyses.get(uri);
    workspace.analyses.set(uri, analysis);
    if (analysis.parsed) {
      lastParsed.set(uri, analysis.parsed);
      lastRecord.set(uri, analysis.record!);
    }
    settle(uri, analysis);
    await publish(analysis);
    // The other open documents of the series, when this meeting's record changed.
    const key = analysis.seriesKey;
    const others = key !== null && [...workspace.analyses.values()].some((other) => other.uri !== uri && other.seriesKey === key);
    if (others && JSON.stringify(previous?.record ?? null) !== JSON.stringify(analysis.record)) await publishSeries(key, uri);
  }

  function schedule(uri: string, delay: number) {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        analyze(uri).catch((error) => report('cannot check a document', error));
      }, delay),
    );
  }

  function settle(uri: string, analysis: Analysis | null) {
    const list = waiters.get(uri);
    waiters.delete(uri);
    for (const resolve of list ?? []) resolve(analysis);
  }

  /** The analysis of a document's current version: at once, or when the pending lint has run. */
  function current(uri: string): Promise<Analysis | null> {
    const document = documents.get(uri);
    if (!document) return Promise.resolve(null);
    const analysis = workspace.analyses.get(uri);
    if (analysis?.version === document.version) return Promise.resolve(analysis);
    return new Promise((resolve) => {
      waiters.set(uri, [...(waiters.get(uri) ?? []), resolve]);
      if (!timers.has(uri) && !running.has(uri)) schedule(uri, 0);
    });
  }

  /** Runs a request's handler; a failure is logged and answered with `fallback`, never a crashed server. */
  const guard =
    <P, R>(name: string, fallback: R, handler: (params: P) => Promise<R> | R) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        report(`${name} failed`, error);
        return fallback;
      }
    };

  function reloadConfigurations() {
    workspace.reset();
    for (const document of documents.all()) schedule(document.uri, 0);
  }

  // Configuration files are watched by the client when it can (workspace/didChangeWatchedFiles); by the
  // server itself otherwise, each file it has read.
  let watchConfigs = false;
  const watchers = new Map<string, FSWatcher>();
  workspace.onConfigLoaded = (file) => {
    if (!watchConfigs || watchers.has(file)) return;
    try {
      let timer: NodeJS.Timeout | undefined;
      const watcher = watch(file, { persistent: false }, () => {
        clearTimeout(timer);
        timer = setTimeout(reloadConfigurations, 100);
      });
      watcher.on('error', () => watchers.delete(file));
      watchers.set(file, watcher);
    } catch {
      // A file that cannot be watched is read again when the client reports a save.
    }
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const settings = (params.initializationOptions ?? {}) as ServerSettings;
    if (typeof settings.debounce === 'number' && settings.debounce >= 0) debounce = settings.debounce;
    if (typeof settings.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(settings.today)) today = settings.today;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentFormattingProvider: true,
        documentSymbolProvider: { label: 'minutes' },
        hoverProvider: true,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
        definitionProvider: true,
        referencesProvider: true,
      },
      serverInfo: { name: 'minutes', version: typeof MINUTES_VERSION === 'string' ? MINUTES_VERSION : '0.0.0-dev' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/minutes.config.{yaml,yml}' }],
      });
    } else {
      watchConfigs = true;
    }
  });

  connection.onDidChangeWatchedFiles(
    guard('watched files', undefined, async ({ changes }) => {
      let config = false;
      let minutes = false;
      for (const change of changes) {
        const file = filePath(change.uri);
        if (!file) continue;
        const kind = workspace.fileChanged(file, change.type !== FileChangeType.Changed);
        config ||= kind === 'config';
        minutes ||= kind === 'minutes';
      }
      if (config) reloadConfigurations();
      else if (minutes) await publishSeries(null, null);
    }),
  );

  const lastChange = new Map<string, number>();
  documents.onDidChangeContent(({ document }) => {
    const { uri } = document;
    const now = performance.now();
    const rested = now - (lastChange.get(uri) ?? Number.NEGATIVE_INFINITY) >= debounce && !timers.has(uri) && !running.has(uri);
    lastChange.set(uri, now);
    schedule(uri, !workspace.analyses.has(uri) || rested ? 0 : debounce);
  });

  documents.onDidSave(({ document }) => {
    const file = filePath(document.uri);
    if (file && workspace.fileChanged(file, false) === 'config') reloadConfigurations();
  });

  documents.onDidClose(({ document }) => {
    const { uri } = document;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const analysis = workspace.analyses.get(uri);
    workspace.closed(uri);
    lastChange.delete(uri);
    lastParsed.delete(uri);
    lastRecord.delete(uri);
    published.delete(uri);
    settle(uri, null);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    if (analysis?.path) {
      // The series reads the file from disk again, as it was last saved.
      workspace.forget(analysis.path);
      if (analysis.seriesKey) publishSeries(analysis.seriesKey, uri).catch((error) => report('cannot update the series', error));
    }
  });

  const versioned = () => Boolean(capabilities.workspace?.workspaceEdit?.documentChanges);

  connection.onCodeAction(
    guard('code actions', [], async (params) => {
      const analysis = await current(params.textDocument.uri);
      return analysis ? codeActions(analysis, params, versioned()) : [];
    }),
  );

  connection.onDocumentFormatting(
    guard('formatting', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      // Minutes of another convention (`from:`) are not rewritten as native minutes: `minutes import` converts them.
      if ((await current(document.uri))?.reader) return [];
      const file = filePath(document.uri);
      const { config } = await workspace.configFor(file ?? `${process.cwd()}/untitled.md`);
      return formatEdits(document, file, config);
    }),
  );

  connection.onDocumentSymbol(
    guard('document symbols', [], async (params) => {
      const analysis = await current(params.textDocument.uri);
      if (!analysis) return [];
      const symbols = documentSymbols(analysis);
      return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatSymbols(symbols, analysis.uri);
    }),
  );

  connection.onHover(
    guard('hover', null, async (params) => {
      const analysis = await current(params.textDocument.uri);
      if (!analysis?.parsed) return null;
      return hover(analysis, await seriesOf(analysis), params.position, today ?? localToday());
    }),
  );

  connection.onCompletion(
    guard('completion', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      // The latest analysis, even a keystroke old: completion needs its registry, glossary and series, not exact offsets.
      const analysis = workspace.analyses.get(params.textDocument.uri) ?? (await current(params.textDocument.uri));
      if (!document || !analysis) return [];
      const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
      // While the front matter is being written it often does not parse: the last parse that did, or the configuration, says who the actors are.
      const parsed = analysis.parsed ?? lastParsed.get(analysis.uri) ?? null;
      const registry = parsed?.actors.registry ?? { ...builtInActors(analysis.config?.extends ?? []), ...analysis.config?.actors };
      const glossary = parsed?.model.meta.glossary ?? analysis.config?.glossary ?? {};
      const record = analysis.record ?? (parsed ? lastRecord.get(analysis.uri) : null) ?? null;
      return complete({ document, position: params.position, registry, glossary, record, series: record ? await seriesOf({ ...analysis, record }) : null, trigger });
    }),
  );

  connection.onDefinition(
    guard('definition', null, async (params) => {
      const analysis = await current(params.textDocument.uri);
      if (!analysis?.parsed) return null;
      return definition(workspace, analysis, await seriesOf(analysis), params.position);
    }),
  );

  connection.onReferences(
    guard('references', [], async (params) => {
      const analysis = await current(params.textDocument.uri);
      if (!analysis?.parsed) return [];
      return references(workspace, analysis, await seriesOf(analysis), params.position, params.context.includeDeclaration);
    }),
  );

  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => framed.on('end', () => resolve(0)));
}
