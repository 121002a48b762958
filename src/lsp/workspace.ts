import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, ConfigResolver, parseOptionsOf, type ResolvedConfig } from '../config/config.js';
import type { Diagnostic } from '../lint/diagnostic.js';
import { lintText } from '../lint/fix.js';
import { parseMinutesBytes, type ParsedMinutes } from '../model/parse.js';
import { readingOf } from '../io/load.js';
import { lintRead } from '../readers/lint-read.js';
import { meetingRecordOf } from '../readers/map-positions.js';
import { readMinutes } from '../readers/read.js';
import { IncrementalMarkdown } from '../syntax/incremental-markdown.js';
import { applySeries } from '../series/lint.js';
import { type MeetingRecord, meetingRecord } from '../series/record.js';
import { compareMeetings, type Series } from '../series/series.js';

/** What the server knows of one version of an open document: its lint, its parse, its meeting record. */
export interface Analysis {
  uri: string;
  version: number;
  /** The file behind the document; null for a document that is not a file (an unsaved, untitled one). */
  path: string | null;
  /** The text analysed, with its line index: positions of this analysis are computed on it. */
  document: TextDocument;
  config: ResolvedConfig | null;
  /** Why the configuration cannot be used (a ConfigError's message); null when it can. */
  configError: string | null;
  /** The configuration's `ignore` patterns leave the file out: no diagnostics. */
  ignored: boolean;
  /** The document's own diagnostics, without the series rules. */
  own: Diagnostic[];
  /**
   * The reader the configuration's `from:` read the document with, when it is not native minutes (W3C,
   * TC39, …): its diagnostics are placed in the text as written, and there is no parse of that text to
   * fix, format, hover or outline.
   */
  reader: string | null;
  /** The parse; null when the document cannot be parsed (`own` then holds its one parse-error). */
  parsed: ParsedMinutes | null;
  record: MeetingRecord | null;
  /** The series the file belongs to (its folder, or the configuration's `series:`); null outside any. */
  seriesKey: string | null;
}

const CONFIG_FILE = /^minutes\.config\.ya?ml$/;
const MARKDOWN = /\.(?:md|markdown)$/i;
/** At most this many files are read for one series. */
const MAX_SERIES_FILES = 10_000;

/** The path of a `file:` URI; null for other schemes. */
export function filePath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The minutes around the open documents: configurations (nearest `minutes.config.yaml`), and the other files
 * of each document's series, read from disk once and kept as meeting records (no syntax tree), while the
 * open documents' text takes precedence over what is on disk. Only a document that changed is linted again.
 */
export class Workspace {
  private configs = new ConfigResolver();
  /** Records of files on disk, by absolute path; null for a file that does not parse. */
  private readonly disk = new Map<string, Promise<MeetingRecord | null>>();
  /** The files of each series, by series key. */
  private readonly listings = new Map<string, Promise<string[]>>();
  /** The latest analysis of each open document, by URI. */
  readonly analyses = new Map<string, Analysis>();
  /** Each open document's parser, which reads again only the part of the text a change touched. */
  private readonly parsers = new Map<string, IncrementalMarkdown>();
  /** Told the path of each configuration file used (the server watches them when the client does not). */
  onConfigLoaded: ((file: string) => void) | null = null;

  /** The configuration of a file, or why it cannot be used. */
  async configFor(file: string): Promise<{ config: ResolvedConfig | null; error: string | null }> {
    try {
      const config = await this.configs.forFile(file);
      if (config.path) this.onConfigLoaded?.(path.resolve(config.path));
      return { config, error: null };
    } catch (error) {
      if (error instanceof ConfigError) return { config: null, error: error.message };
      throw error;
    }
  }

  /** Forgets what was kept of a document that was closed. */
  closed(uri: string): void {
    this.analyses.delete(uri);
    this.parsers.delete(uri);
  }

  /** Lints the current text of an open document, with its configuration. */
  async analyze(document: TextDocument): Promise<Analysis> {
    const file = filePath(document.uri);
    const { config, error } = await this.configFor(file ?? path.join(process.cwd(), 'untitled.md'));
    const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
    const analysis: Analysis = {
      uri: document.uri,
      version: document.version,
      path: file,
      document: snapshot,
      config,
      configError: error,
      ignored: false,
      own: [],
      reader: null,
      parsed: null,
      record: null,
      seriesKey: null,
    };
    if (!config) return analysis;
    if (file && config.isIgnored(file)) return { ...analysis, ignored: true };
    analysis.seriesKey = file ? config.seriesOf(file) : null;
    let reading: string | null;
    try {
      reading = await readingOf(undefined, config);
    } catch (problem) {
      if (problem instanceof ConfigError) return { ...analysis, configError: problem.message };
      throw problem;
    }
    if (reading !== null) {
      const read = lintRead(new TextEncoder().encode(snapshot.getText()), reading, { path: file, config, overrides: {} });
      if (read.report) return { ...analysis, own: read.report.diagnostics, record: read.report.record, reader: read.reader ?? reading };
    }
    const incremental = this.parsers.get(document.uri) ?? new IncrementalMarkdown();
    this.parsers.set(document.uri, incremental);
    const result = lintText(snapshot.getText(), { path: file, config, incremental });
    analysis.own = result.diagnostics;
    analysis.parsed = result.parsed;
    analysis.record = result.parsed ? meetingRecord(result.parsed) : null;
    return analysis;
  }

  /**
   * The series of an analysed document: its record with those of the other minutes of its series, as the
   * editor holds them when they are open, else as on disk. Null outside a series (or when it does not parse).
   */
  async series(analysis: Analysis): Promise<Series | null> {
    const { record, seriesKey: key, config } = analysis;
    if (!record || !key || !config || !analysis.path) return null;
    const open = new Map<string, MeetingRecord>();
    for (const other of this.analyses.values()) {
      if (other.uri !== analysis.uri && other.path && other.record && other.seriesKey === key) open.set(other.path, other.record);
    }
    const meetings = [record];
    const files = await this.seriesFiles(key, config);
    for (const file of files) {
      if (file === analysis.path) continue;
      const other = open.get(file) ?? (await this.diskRecord(file));
      if (other) meetings.push(other);
    }
    const listed = new Set(files);
    for (const [file, other] of open) if (file !== analysis.path && !listed.has(file)) meetings.push(other);
    return { key, meetings: meetings.sort(compareMeetings) };
  }

  /**
   * A document's diagnostics: its own, and within a series of two meetings or more, the series rules'
   * findings, less what an action carried from an earlier meeting need not repeat (as `minutes lint` does).
   */
  diagnostics(analysis: Analysis, series: Series | null): Diagnostic[] {
    if (!series || !analysis.record || !analysis.config || series.meetings.length < 2) return analysis.own;
    const combined = applySeries(series, new Map([[analysis.record, analysis.own]]), { config: analysis.config });
    return combined.get(analysis.record) ?? analysis.own;
  }

  /** The URI to point at for a file: the open document's own URI when it is open. */
  uriOf(file: string): string {
    for (const analysis of this.analyses.values()) if (analysis.path === file) return analysis.uri;
    return pathToFileURL(file).href;
  }

  /**
   * A file changed on disk (the client's watched files, or a save): says whether it was a configuration
   * (everything is read again) or minutes (that file's record is read again).
   */
  fileChanged(file: string, created: boolean): 'config' | 'minutes' | null {
    if (CONFIG_FILE.test(path.basename(file))) {
      this.reset();
      return 'config';
    }
    if (!MARKDOWN.test(file)) return null;
    this.disk.delete(file);
    if (created) this.listings.clear();
    return 'minutes';
  }

  /** Forgets a file's record on disk (it was saved or closed): it is read again when needed. */
  forget(file: string): void {
    this.disk.delete(file);
  }

  /** Forgets every configuration, listing and record: after a configuration changed. */
  reset(): void {
    this.configs = new ConfigResolver();
    this.disk.clear();
    this.listings.clear();
  }

  private diskRecord(file: string): Promise<MeetingRecord | null> {
    let found = this.disk.get(file);
    if (!found) {
      found = (async () => {
        // One file a turn of the event loop: requests are answered while a long series is read.
        await nextTurn();
        const bytes = await readFile(file);
        const { config } = await this.configFor(file);
        if (!config) return null;
        const reading = await readingOf(undefined, config).catch(() => null);
        const options = { path: file, ...parseOptionsOf(config) };
        // Read through the configuration's `from:` reader as `minutes lint` would, places in the file as written.
        const parsed = reading === null ? parseMinutesBytes(bytes, options) : readMinutes(bytes, { from: reading, parse: options }).result;
        return parsed.ok ? meetingRecordOf(parsed) : null;
      })().catch(() => null);
      this.disk.set(file, found);
    }
    return found;
  }

  /** The minutes files of a series: `*.md` of its folder (and below, when `series: {folder}` gathers them), not ignored. */
  private seriesFiles(key: string, config: ResolvedConfig): Promise<string[]> {
    let found = this.listings.get(key);
    if (!found) {
      found = (async () => {
        const recursive = config.seriesOf(path.join(key, 'folder', 'file.md')) === key;
        const kept: string[] = [];
        for (const file of await listMarkdown(key, recursive)) {
          const { config: own } = await this.configFor(file);
          if (own && !own.isIgnored(file) && own.seriesOf(file) === key) kept.push(file);
        }
        return kept;
      })().catch(() => []);
      this.listings.set(key, found);
    }
    return found;
  }
}

/** The `*.md` files of a folder, and of its subfolders when `recursive` (skipping node_modules and dot-folders). */
async function listMarkdown(dir: string, recursive: boolean, found: string[] = []): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (found.length >= MAX_SERIES_FILES) break;
    const full = path.join(dir, entry.name);
    if (entry.isFile() && MARKDOWN.test(entry.name)) found.push(full);
    else if (recursive && entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') await listMarkdown(full, true, found);
  }
  return found;
}
