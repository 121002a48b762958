import path from 'node:path';
import { ActorMatcher, isActorCodeLike, isCapitalizedName, mergeActors, type ActorRegistry } from '../../model/actors.js';
import { isValidIsoDate, readDate } from '../../model/dates.js';
import { builtInActors } from '../../model/registries.js';
import type { ReaderInput, ReadNote, ReadOptions, ReadResult } from '../reader.js';
import { definedTerms, registriesNamed } from './actors.js';
import type { Block } from './blocks.js';
import { applyConventions } from './conventions.js';
import { readMeta } from './meta.js';
import { type FrontMatterData, writeMinutes } from './write.js';

export interface Composition {
  /** The reader's name, recorded in `x-imported-from`. */
  reader: string;
  input: ReaderInput;
  options: ReadOptions | undefined;
  /** The text the blocks point into: the input's text, or the text a binary document was read as. */
  source: string;
  blocks: Block[];
  /** What the reader already has to say (pages it could not read, …). */
  notes?: ReadNote[];
}

/**
 * The steps every document reader ends with: the meeting read from the opening lines, the actors from
 * the built-in EU registries and the text's own definitions, the format's conventions for actions and
 * attendees, then the canonical minutes with `--title`, `--date`, `--body` supplying what the document
 * lacks, and a note for what is still missing.
 */
export function composeMinutes({ reader, input, options = {}, source, blocks, notes = [] }: Composition): ReadResult {
  const meta = readMeta(blocks, source);
  const registries = registriesNamed(source);
  const builtIn = builtInActors(registries);
  const own: ActorRegistry = {};
  const glossary: Record<string, string> = {};
  for (const term of definedTerms(source)) {
    if (Object.hasOwn(builtIn, term.term)) continue;
    if (term.actor) own[term.term] = { name: term.expansion, aliases: [] };
    else if (term.quoted) glossary[term.term] = term.expansion;
  }
  const matcher = new ActorMatcher(mergeActors(builtIn, own));
  const attendees = applyConventions(blocks, source, matcher);

  const title = options.title ?? meta.title;
  const date = isoDate(options.date) ?? meta.date;
  const front: FrontMatterData = {};
  if (title) front.title = title;
  if (date) front.date = date;
  const body = options.body ?? meta.body;
  if (body) front.body = body;
  if (meta.location) front.location = meta.location;
  if (meta.chair) front.chair = matcher.resolve(meta.chair) ?? meta.chair;
  if (meta.secretary) front.secretary = meta.secretary;
  const present = meta.attendees ?? (attendees.length > 0 ? attendees : undefined);
  if (present) front.attendees = present;
  if (meta.apologies) front.apologies = meta.apologies;
  if (registries.length > 0) front.extends = registries;
  if (Object.keys(own).length > 0) front.actors = Object.fromEntries(Object.entries(own).map(([code, actor]) => [code, actor.name]));
  if (Object.keys(glossary).length > 0) front.glossary = glossary;
  front['x-imported-from'] = { file: input.path ? path.basename(input.path) : null, reader };

  const found: ReadNote[] = [...notes];
  if (!title) found.push({ message: 'the document gives no title: name it with --title', offset: 0 });
  if (!date) found.push({ message: 'the document gives no meeting date: give it with --date YYYY-MM-DD', offset: 0 });
  if (options.date && !isoDate(options.date)) found.push({ message: `--date "${options.date}" is not a date: give it as YYYY-MM-DD`, offset: 0 });

  const { text, map } = writeMinutes(source, front, blocks, {
    ownerPrefix(prefix) {
      const tokens = prefix.split(/\s*(?:,|;|&|\band\b)\s*/).filter(Boolean);
      if (tokens.length > 0 && tokens.every((token) => matcher.resolve(token) !== null || /^[A-Z][A-Z0-9/-]+$/.test(token))) return 'owners';
      return tokens.every((token) => isActorCodeLike(token) || isCapitalizedName(token)) ? 'misread' : 'plain';
    },
  });
  return { text, map, source, notes: found };
}

/** The meeting date given on the command line, as YYYY-MM-DD; undefined when not given or not a date. */
function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (isValidIsoDate(value)) return value;
  const reading = readDate(value, null);
  return reading.ok && !reading.approximate ? reading.date : undefined;
}
