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
      const aliases = Array.isArray(value.aliases) ? value.aliases.filter((a): a is string => typeof a === 'string') : [];
      defineOwn(registry, code, { name: value.name, aliases });
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

/** Characters that may not touch a code, name or alias for it to count as a whole word. */
const WORD_CHAR = String.raw`[\p{L}\p{N}_]`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for any of `terms` as whole words, longest first; null for no terms. */
export function wholeWordPattern(terms: string[], flags: string): RegExp | null {
  const unique = [...new Set(terms.filter((t) => t.trim() !== ''))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  return new RegExp(`(?<!${WORD_CHAR})(?:${unique.map(escapeRegExp).join('|')})(?!${WORD_CHAR})`, flags);
}

/**
 * Finds actors in text: a code as a whole word, case-sensitive (`EP`, `EP's`, `OSCE/ODIHR` for ODIHR),
 * or a name or alias as whole words, case-insensitive.
 */
export class ActorMatcher {
  readonly registry: ActorRegistry;
  private readonly codePattern: RegExp | null;
  private readonly namePattern: RegExp | null;
  private readonly byName = new Map<string, string>();

  constructor(registry: ActorRegistry) {
    this.registry = registry;
    const codes = Object.keys(registry);
    this.codePattern = wholeWordPattern(codes, 'gu');
    for (const [code, actor] of Object.entries(registry)) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = name.toLocaleLowerCase();
        if (!this.byName.has(key)) this.byName.set(key, code);
      }
    }
    this.namePattern = wholeWordPattern([...this.byName.keys()], 'giu');
  }

  /** Codes of the actors named in `text`, in no particular order. */
  mentions(text: string, into: Set<string> = new Set()): Set<string> {
    if (this.codePattern) for (const match of text.matchAll(this.codePattern)) into.add(match[0]);
    if (this.namePattern) {
      for (const match of text.matchAll(this.namePattern)) {
        const code = this.byName.get(match[0].toLocaleLowerCase());
        if (code) into.add(code);
      }
    }
    return into;
  }

  /** The code for a code, name or alias written as an owner; null when it names no registered actor. */
  resolve(token: string): string | null {
    if (Object.hasOwn(this.registry, token)) return token;
    return this.byName.get(token.toLocaleLowerCase()) ?? null;
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
      for (const actor of Object.values(this.registry)) {
        for (const name of [actor.name, ...actor.aliases]) {
          for (const word of acronymsIn(name)) this.nameAcronyms.add(word.text);
        }
      }
    }
    return this.nameAcronyms;
  }
}

const ACRONYM = /(?<![\p{L}\p{N}_])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\p{L}\p{N}_])/gu;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/** Words written in capitals (two capitals or more, digits allowed: EEAS, G7 is not, REC, COVID19), Roman numerals aside. */
export function acronymsIn(text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  for (const match of text.matchAll(ACRONYM)) {
    if (!ROMAN_NUMERAL.test(match[0])) found.push({ text: match[0], index: match.index });
  }
  return found;
}
