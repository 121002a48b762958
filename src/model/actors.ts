import type { ActorRegistry as ActorRegistryInput } from '../schemas/generated/front-matter.js';
import type { Actor } from '../schemas/generated/minutes.js';
import { frontMatterSchema } from '../schemas/schemas.js';

export type ActorRegistry = Record<string, Actor>;

/** How an actor code is written: the pattern of `actors` keys in schemas/front-matter.schema.json. */
const ACTOR_CODE = new RegExp(frontMatterSchema.$defs.abbreviation.pattern);
const CAPITALIZED_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

/** Whether a token is written as an actor code may be (`COM`, `OSCE/ODIHR`, `Council`). */
export function isActorCodeLike(token: string): boolean {
  return ACTOR_CODE.test(token);
}

/** Whether a token is written as an acronym code: an actor code in capitals, two or more (`COM`, `DG-JUST`). */
export function looksLikeAcronymCode(token: string): boolean {
  return ACTOR_CODE.test(token) && token === token.toUpperCase() && /[A-Z0-9].*[A-Z0-9]/.test(token) && /^[A-Z]/.test(token);
}

/** Whether a token reads as a name: up to five capitalized words (`Irena Moozova`). */
export function isCapitalizedName(token: string): boolean {
  return CAPITALIZED_WORDS.test(token);
}

/** Normalizes the front matter form (code: name, or code: {name, aliases}) to `{name, aliases}`; skips malformed entries. */
export function normalizeActors(input: unknown): ActorRegistry {
  const registry: ActorRegistry = {};
  if (!isPlainObject(input)) return registry;
  for (const [code, value] of Object.entries(input as ActorRegistryInput)) {
    if (typeof value === 'string') {
      defineOwn<Actor>(registry, code, { name: value, aliases: [] });
    } else if (isPlainObject(value) && typeof value.name === 'string') {
      const strings = (list: unknown) => (Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : []);
      const actor: Actor = { name: value.name, aliases: strings(value.aliases) };
      if (Array.isArray(value.members)) actor.members = strings(value.members);
      if (typeof value.email === 'string') actor.email = value.email;
      defineOwn(registry, code, actor);
    }
  }
  return registry;
}

/** The registry in force: `base` (from configuration) extended and overridden by `own` (from the file). */
export function mergeActors(base: ActorRegistry, own: ActorRegistry): ActorRegistry {
  return { ...base, ...own };
}

/** Sets a key as an own property even when it is `__proto__`, so input never reaches a prototype. */
export function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A term found in text: where it stands, and what it stands for. */
export interface TermMatch<T> {
  start: number;
  end: number;
  value: T;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Finds terms (codes, names, abbreviations) in text as whole words by looking words up, not with an
 * alternation pattern: each word of the text is looked up among the terms that start with it, and the
 * longest term whose text is there wins (so `BE-Flanders` is one term, not `BE` and a word). Terms are
 * matched case-sensitively (codes) or not (names and aliases); a term may span several words and the
 * characters between them (`OSCE/ODIHR`, `DG JUST`, `Directorate-General for Justice`).
 */
export class TermIndex<T> {
  private readonly byFirstWord = new Map<string, { text: string; folded: boolean; value: T }[]>();
  private hasFolded = false;

  /** Adds a term; a term already added with the same text and case rule keeps its first value. */
  add(text: string, value: T, caseSensitive: boolean): void {
    const first = text.match(WORD)?.[0];
    if (!first || text.trim() !== text) return;
    const folded = !caseSensitive;
    const key = folded ? first.toLocaleLowerCase() : first;
    const term = { text: folded ? text.toLocaleLowerCase() : text, folded, value };
    const list = this.byFirstWord.get(key);
    if (!list) this.byFirstWord.set(key, [term]);
    else if (!list.some((other) => other.text === term.text && other.folded === folded)) {
      list.push(term);
      list.sort((a, b) => b.text.length - a.text.length);
    }
    this.hasFolded ||= folded;
  }

  get size(): number {
    return this.byFirstWord.size;
  }

  /** Every term in `text`, left to right, longest first where terms overlap; none inside another. */
  find(text: string): TermMatch<T>[] {
    const found: TermMatch<T>[] = [];
    if (this.byFirstWord.size === 0) return found;
    const lower = this.hasFolded ? text.toLocaleLowerCase() : text;
    // Lower-casing keeps offsets for the scripts minutes meets; if it does not, match case-sensitively only.
    const foldable = lower.length === text.length;
    let after = 0;
    for (const word of text.matchAll(WORD)) {
      const start = word.index;
      if (start < after) continue;
      const exact = this.byFirstWord.get(word[0]);
      const folded = foldable && this.hasFolded ? this.byFirstWord.get(lower.slice(start, start + word[0].length)) : undefined;
      const match = longest(exact, text, lower, start, false) ?? (foldable ? longest(folded, text, lower, start, true) : null);
      if (!match) continue;
      found.push({ start, end: start + match.text.length, value: match.value });
      after = start + match.text.length;
    }
    return found;
  }
}

function longest<T>(terms: { text: string; folded: boolean; value: T }[] | undefined, text: string, lower: string, start: number, folded: boolean) {
  if (!terms) return null;
  for (const term of terms) {
    if (term.folded !== folded) continue;
    const end = start + term.text.length;
    if ((folded ? lower : text).startsWith(term.text, start) && !(end < text.length && WORD_CHAR.test(text[end]!))) return term;
  }
  return null;
}

/**
 * Finds actors in text: a code as a whole word, case-sensitive (`EP`, `EP's`, `OSCE/ODIHR`, `DG JUST`),
 * or a name or alias as whole words, case-insensitive. A code that is a group (`MS`) stands for its members.
 */
export class ActorMatcher {
  readonly registry: ActorRegistry;
  private readonly terms = new TermIndex<string>();
  private readonly byName = new Map<string, string>();

  constructor(registry: ActorRegistry) {
    this.registry = registry;
    for (const code of Object.keys(registry)) this.terms.add(code, code, true);
    for (const [code, actor] of Object.entries(registry)) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = name.toLocaleLowerCase();
        if (!this.byName.has(key)) this.byName.set(key, code);
        // An alias in capitals (`JUST` for DG JUST) is matched as written, as a code is: never the word "just".
        this.terms.add(name, code, looksLikeAcronymCode(name));
      }
    }
  }

  /** Where actors are named in `text`, and which. */
  matches(text: string): TermMatch<string>[] {
    return this.terms.find(text);
  }

  /** Codes of the actors named in `text`, in no particular order. */
  mentions(text: string, into: Set<string> = new Set()): Set<string> {
    for (const match of this.terms.find(text)) into.add(match.value);
    return into;
  }

  /** The code for a code, name or alias written as an owner; null when it names no registered actor. */
  resolve(token: string): string | null {
    if (Object.hasOwn(this.registry, token)) return token;
    return this.byName.get(token.toLocaleLowerCase()) ?? null;
  }

  /** The codes a group stands for (`MS`: the member states); empty for an actor that is not a group. */
  membersOf(code: string): readonly string[] {
    return Object.hasOwn(this.registry, code) ? (this.registry[code]!.members ?? []) : [];
  }

  /** Whether a word is an acronym the registry explains (a code, or part of a name or alias such as OSCE). */
  knowsAcronym(word: string): boolean {
    if (Object.hasOwn(this.registry, word)) return true;
    return this.acronymsInNames().has(word);
  }

  private nameAcronyms: Set<string> | null = null;
  private acronymsInNames(): Set<string> {
    if (!this.nameAcronyms) {
      this.nameAcronyms = new Set();
      for (const [code, actor] of Object.entries(this.registry)) {
        for (const name of [code, actor.name, ...actor.aliases]) {
          for (const word of acronymsIn(name)) {
            this.nameAcronyms.add(word.text);
            for (const part of word.text.split(/[-/]/)) this.nameAcronyms.add(part);
          }
        }
      }
    }
    return this.nameAcronyms;
  }
}

const ACRONYM = /(?<![\p{L}\p{N}_])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?:[-/][A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)*(?![\p{L}\p{N}_])/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * Words written in capitals (two capitals or more, digits allowed: EEAS, G7 is not, REC, COVID19), Roman
 * numerals aside; joined by hyphens or slashes they are one (`DIGIT-SEMIC`, `OSCE/ODIHR`).
 */
export function acronymsIn(text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    if (!ROMAN_NUMERAL.test(match[0])) found.push({ text: match[0], index: match.index });
  }
  return found;
}
