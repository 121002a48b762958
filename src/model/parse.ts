import type { ErrorObject } from 'ajv';
import type { Root, RootContent } from 'mdast';
import type { IncrementalMarkdown } from '../syntax/incremental-markdown.js';
import { location } from 'vfile-location';
import type { Minutes } from '../schemas/generated/minutes.js';
import { readFrontMatter, type FrontMatterBlock } from '../syntax/front-matter.js';
import { deepestLineNesting, MAX_NESTING, nestingDepth, parseMarkdown } from '../syntax/markdown.js';
import { decodeSource, SourceError } from '../syntax/source.js';
import { ActorMatcher, defineOwn, mergeActors, type ActorRegistry } from './actors.js';
import { buildBody, DOCUMENT_SECTIONS, type ActionRecord, type DateRecord, type DecisionRecord, type DefinitionRecord, type HeadingRecord, type Range } from './build.js';
import { dateSettings, readDate } from './dates.js';
import { comparableTitle } from './headings.js';
import { checkFrontMatter } from './meta.js';
import { builtInActors } from './registries.js';

export interface ParseOptions {
  /** Path of the file, as it should appear in the model and in diagnostics; null for standard input. */
  path?: string | null;
  /** A registry the file extends (from minutes.config.yaml). */
  actors?: ActorRegistry;
  /** A glossary the file extends (from minutes.config.yaml). */
  glossary?: Record<string, string>;
  /** Built-in registries the file extends besides its own `extends` (from minutes.config.yaml). */
  extends?: readonly string[];
  /** The language of a file whose front matter does not say (from minutes.config.yaml). */
  language?: string;
  /** The order of numeric dates of a file whose front matter does not say (from minutes.config.yaml). */
  dateOrder?: 'dmy' | 'mdy';
  /** Heading titles that are document sections, besides the built-in ones (from minutes.config.yaml). */
  sections?: readonly string[];
  /**
   * The parser of this document's earlier versions (an editor's buffer), which reads again only what
   * changed since; the tree is the same as without it.
   */
  incremental?: IncrementalMarkdown;
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
  definitions: DefinitionRecord[];
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

/**
 * Parses minutes text into the typed model. Never throws for any input text. A byte order mark at the
 * start is set aside (`bom`), as when the file's bytes are read: offsets, lines and columns count from
 * the character after it, in `text` of the result.
 */
export function parseMinutes(text: string, options: ParseOptions = {}, bom = false): ParseResult {
  if (text.charCodeAt(0) === 0xfeff) return parseMinutes(text.slice(1), options, true);
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
    return fail(`lists and quotes nest more than ${MAX_NESTING} levels deep here (a list item counts two: its list and itself); minutes reads at most ${MAX_NESTING}`, [start, start]);
  }
  let tree: Root;
  try {
    tree = options.incremental ? options.incremental.parse(text) : parseMarkdown(text);
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
  const meta = checked.meta;
  const { builtIn, actors } = matcherFor([...new Set([...(options.extends ?? []), ...(meta.extends ?? [])])], options.actors, checked.actors);
  const settings = dateSettings(meta.language ?? options.language, meta.dates?.order ?? options.dateOrder);
  // A meeting date written in words is reported (and fixed) by the front-matter rule; the rest of the
  // model uses the day it names.
  if (meta.date === null && typeof data.date === 'string') {
    const reading = readDate(data.date, null, settings);
    if (reading.ok && !reading.approximate) meta.date = reading.date;
  }
  const lineAt = (offset: number) => locate.toPoint(offset)?.line ?? 1;
  const sections = new Set([...DOCUMENT_SECTIONS, ...(options.sections ?? [])].map(comparableTitle));
  const body = buildBody(tree, { actors, meetingDate: meta.date, agenda: meta.agenda ?? null, settings, sections, text, lineAt });
  const model: Minutes = {
    file: path,
    meta,
    actors: registryInForce(actors.registry, builtIn, body),
    preamble: body.preamble,
    items: body.items,
    sections: body.sections,
    definitions: body.definitions.map(({ term, expansion, range }) => ({ term, expansion, line: lineAt(range[0]) })),
  };
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
    definitions: body.definitions,
    locate,
  };
}

const NO_ACTORS: ActorRegistry = {};
/** Matchers of the registries in force without a file's own actors, per configuration and built-in registries. */
const sharedMatchers = new WeakMap<ActorRegistry, Map<string, { builtIn: ActorRegistry; actors: ActorMatcher }>>();

/**
 * The actors in force in a file: the built-in registries it extends, the configuration's, its own.
 * Building a matcher over a few hundred names costs more than reading a short file, so files with no
 * actors of their own share one per configuration (a matcher is never changed once built).
 */
function matcherFor(extended: string[], configured: ActorRegistry = NO_ACTORS, own: ActorRegistry): { builtIn: ActorRegistry; actors: ActorMatcher } {
  const build = () => {
    const builtIn = builtInActors(extended);
    return { builtIn, actors: new ActorMatcher(mergeActors(mergeActors(builtIn, configured), own)) };
  };
  if (Object.keys(own).length > 0) return build();
  let byExtends = sharedMatchers.get(configured);
  if (!byExtends) {
    byExtends = new Map();
    sharedMatchers.set(configured, byExtends);
  }
  const key = extended.join('\n');
  let shared = byExtends.get(key);
  if (!shared) {
    shared = build();
    byExtends.set(key, shared);
  }
  return shared;
}

/**
 * The registry the model shows: every actor the configuration and the front matter define, and of the
 * built-in registries' actors those the file names (a built-in registry holds a hundred actors; listing
 * them all in every export would say nothing about the meeting).
 */
function registryInForce(registry: ActorRegistry, builtIn: ActorRegistry, body: ReturnType<typeof buildBody>): ActorRegistry {
  const named = new Set<string>();
  const sections = [body.preamble, ...body.sections, ...body.items.flatMap((item) => [item, ...item.items])];
  for (const section of sections) {
    for (const code of section.mentions) named.add(code);
    for (const action of section.actions) for (const owner of action.owners) named.add(owner);
  }
  const shown: ActorRegistry = {};
  for (const [code, actor] of Object.entries(registry)) {
    if (!Object.hasOwn(builtIn, code) || builtIn[code] !== actor || named.has(code)) defineOwn(shown, code, actor);
  }
  return shown;
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
