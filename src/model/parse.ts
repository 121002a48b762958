import type { ErrorObject } from 'ajv';
import type { Root, RootContent } from 'mdast';
import { location } from 'vfile-location';
import type { Minutes } from '../schemas/generated/minutes.js';
import { readFrontMatter, type FrontMatterBlock } from '../syntax/front-matter.js';
import { deepestLineNesting, MAX_NESTING, nestingDepth, parseMarkdown } from '../syntax/markdown.js';
import { decodeSource, SourceError } from '../syntax/source.js';
import { ActorMatcher, mergeActors, type ActorRegistry } from './actors.js';
import { buildBody, type ActionRecord, type DateRecord, type DecisionRecord, type HeadingRecord, type Range } from './build.js';
import { checkFrontMatter } from './meta.js';

export interface ParseOptions {
  /** Path of the file, as it should appear in the model and in diagnostics; null for standard input. */
  path?: string | null;
  /** A registry the file extends (from minutes.config.yaml). */
  actors?: ActorRegistry;
  /** A glossary the file extends (from minutes.config.yaml). */
  glossary?: Record<string, string>;
}

/** Converts offsets in a file's text to 1-based lines and columns, and back: the one converter. */
export type Locator = ReturnType<typeof location>;

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
  /** What schemas/front-matter.schema.json refuses in `data`. */
  frontMatterErrors: ErrorObject[];
  model: Minutes;
  actors: ActorMatcher;
  headings: HeadingRecord[];
  /** The blocks before the first agenda heading. */
  preambleBlocks: RootContent[];
  actions: ActionRecord[];
  decisions: DecisionRecord[];
  dates: DateRecord[];
  locate: Locator;
}

/** Why a file could not be parsed at all, and where. */
export interface ParseProblem {
  message: string;
  range: Range;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A file that could not be parsed at all: unreadable bytes, broken YAML, front matter that is not a mapping, nesting too deep. */
export interface FailedParse {
  ok: false;
  path: string | null;
  problem: ParseProblem;
}

export type ParseResult = ParsedMinutes | FailedParse;

/** Parses minutes text into the typed model. Never throws for any input text. */
export function parseMinutes(text: string, options: ParseOptions = {}, bom = false): ParseResult {
  const path = options.path ?? null;
  const locate = location(text);
  const fail = (message: string, range: Range): FailedParse => {
    const start = locate.toPoint(range[0]) ?? { line: 1, column: 1 };
    const end = locate.toPoint(range[1]) ?? start;
    return { ok: false, path, problem: { message, range, line: start.line, column: start.column, endLine: end.line, endColumn: end.column } };
  };
  const crowded = deepestLineNesting(text);
  if (crowded.depth > MAX_NESTING) {
    const start = locate.toOffset({ line: crowded.line, column: 1 }) ?? 0;
    return fail(`this line opens more than ${MAX_NESTING} nested lists or quotes; minutes reads at most ${MAX_NESTING}`, [start, start]);
  }
  let tree: Root;
  try {
    tree = parseMarkdown(text);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return fail('the document is nested too deeply to be read', [0, 0]);
  }
  const depth = nestingDepth(tree);
  if (depth > MAX_NESTING) {
    return fail(`the document nests lists, quotes or inline markup ${depth} levels deep; minutes reads at most ${MAX_NESTING}`, [0, 0]);
  }
  const frontMatter = readFrontMatter(tree, text);
  if (frontMatter.kind === 'error') return fail(frontMatter.problem.message, [frontMatter.problem.start, frontMatter.problem.end]);
  const block = frontMatter.kind === 'ok' ? frontMatter.block : null;
  const data = (block?.data ?? {}) as Record<string, unknown>;
  const checked = checkFrontMatter(data, options.glossary ?? {});
  const actors = new ActorMatcher(mergeActors(options.actors ?? {}, checked.actors));
  const meta = checked.meta;
  const lineAt = (offset: number) => locate.toPoint(offset)?.line ?? 1;
  const body = buildBody(tree, { actors, meetingDate: meta.date, text, lineAt });
  const model: Minutes = { file: path, meta, actors: actors.registry, preamble: body.preamble, items: body.items };
  return {
    ok: true,
    path,
    text,
    bom,
    tree,
    frontMatter: block,
    data,
    frontMatterErrors: checked.errors,
    model,
    actors,
    headings: body.headings,
    preambleBlocks: body.preambleBlocks,
    actions: body.actions,
    decisions: body.decisions,
    dates: body.dates,
    locate,
  };
}

/** Parses the bytes of a file: refuses what is not UTF-8 text with a problem, never an exception. */
export function parseMinutesBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  let decoded: ReturnType<typeof decodeSource>;
  try {
    decoded = decodeSource(bytes);
  } catch (error) {
    if (error instanceof SourceError) return { ok: false, path: options.path ?? null, problem: { message: error.message, range: [0, 0], line: 1, column: 1, endLine: 1, endColumn: 1 } };
    throw error;
  }
  return parseMinutes(decoded.text, options, decoded.bom);
}
