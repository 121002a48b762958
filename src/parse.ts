import type { Root, RootContent } from 'mdast';
import { location } from 'vfile-location';
import { ActorMatcher, mergeActors, normalizeActors, type ActorRegistry } from './actors.js';
import { createDiagnostic, type Diagnostic } from './diagnostics.js';
import { readFrontMatter, type FrontMatterBlock } from './front-matter.js';
import type { Minutes } from './generated/minutes.js';
import { deepestLineNesting, MAX_NESTING, nestingDepth, parseMarkdown } from './markdown.js';
import { buildBody, type ActionRecord, type DateRecord, type DecisionRecord, type HeadingRecord } from './model/build.js';
import { normalizeMeta } from './model/meta.js';
import { decodeSource, SourceError } from './source.js';

export interface ParseOptions {
  /** Path of the file, as it should appear in the model and in diagnostics; null for standard input. */
  path?: string | null;
  /** A registry the file extends (from minutes.config.yaml). */
  actors?: ActorRegistry;
  /** A glossary the file extends (from minutes.config.yaml). */
  glossary?: Record<string, string>;
}

/** A file that parsed: the model, and the syntax it came from for checks and fixes. */
export interface ParsedMinutes {
  ok: true;
  path: string | null;
  text: string;
  /** The file started with a UTF-8 byte order mark (not part of `text`). */
  bom: boolean;
  tree: Root;
  frontMatter: FrontMatterBlock | null;
  /** The front matter's keys, as parsed; empty without front matter. */
  data: Record<string, unknown>;
  model: Minutes;
  actors: ActorMatcher;
  headings: HeadingRecord[];
  /** The blocks before the first agenda heading. */
  preambleBlocks: RootContent[];
  actions: ActionRecord[];
  decisions: DecisionRecord[];
  dates: DateRecord[];
  lines: readonly string[];
  /** Converts between offsets in `text` and line/column points. */
  place: ReturnType<typeof location>;
}

/** A file that could not be parsed at all: unreadable bytes, broken YAML, front matter that is not a mapping. */
export interface FailedParse {
  ok: false;
  path: string | null;
  diagnostic: Diagnostic;
}

export type ParseResult = ParsedMinutes | FailedParse;

export const PARSE_ERROR = 'parse-error';

/** Parses minutes text into the typed model. Never throws for any input text. */
export function parseMinutes(text: string, options: ParseOptions = {}, bom = false): ParseResult {
  const path = options.path ?? null;
  const place = location(text);
  const crowded = deepestLineNesting(text);
  if (crowded.depth > MAX_NESTING) {
    return failed(path, `this line opens more than ${MAX_NESTING} nested lists or quotes; minutes reads at most ${MAX_NESTING}`, {
      line: crowded.line,
      column: 1,
    });
  }
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return failed(path, 'the document is nested too deeply to be read', { line: 1, column: 1 });
  }
  const depth = nestingDepth(tree);
  if (depth > MAX_NESTING) {
    return failed(path, `the document nests lists, quotes or inline markup ${depth} levels deep; minutes reads at most ${MAX_NESTING}`, { line: 1, column: 1 });
  }
  const frontMatter = readFrontMatter(tree, text);
  if (frontMatter.kind === 'error') {
    const { problem } = frontMatter;
    return failed(path, problem.message, { start: place.toPoint(problem.start)!, end: place.toPoint(problem.end) ?? place.toPoint(problem.start)! });
  }
  const block = frontMatter.kind === 'ok' ? frontMatter.block : null;
  const data = (block?.data ?? {}) as Record<string, unknown>;
  const actors = new ActorMatcher(mergeActors(options.actors ?? {}, normalizeActors(data.actors)));
  const meta = normalizeMeta(data, options.glossary ?? {});
  const lines = text.split(/\r\n|\r|\n/);
  const body = buildBody(tree, { actors, meetingDate: meta.date, sourceLines: lines });
  const model: Minutes = { file: path, meta, actors: actors.registry, preamble: body.preamble, items: body.items };
  return {
    ok: true,
    path,
    text,
    bom,
    tree,
    frontMatter: block,
    data,
    model,
    actors,
    headings: body.headings,
    preambleBlocks: body.preambleBlocks,
    actions: body.actions,
    decisions: body.decisions,
    dates: body.dates,
    lines,
    place,
  };
}

/** Parses the bytes of a file: refuses what is not UTF-8 text with a diagnostic, never an exception. */
export function parseMinutesBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  let decoded;
  try {
    decoded = decodeSource(bytes);
  } catch (error) {
    if (error instanceof SourceError) return failed(options.path ?? null, error.message, { line: 1, column: 1 });
    throw error;
  }
  return parseMinutes(decoded.text, options, decoded.bom);
}

function failed(path: string | null, message: string, place: Diagnostic['place']): FailedParse {
  return {
    ok: false,
    path,
    diagnostic: createDiagnostic({ ruleId: PARSE_ERROR, severity: 'error', message, place, file: path, parseError: true }),
  };
}
