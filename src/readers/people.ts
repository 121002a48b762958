import { acronymsIn, isActorCodeLike } from '../model/actors.js';
import type { ActorRegistry } from '../model/actors.js';

/** A person (or organisation) a reader found in the attendee list, a chair or scribe line, or a table of delegates. */
export interface Person {
  name: string;
  /** The code the source gives (TC39's abbreviations); null when the reader makes one up from the name. */
  code: string | null;
  /** Other ways the source writes the person: nicks, initials, first names. */
  aliases: string[];
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
const wordsOf = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The people of one meeting, from which a reader writes the actor registry of the minutes it makes:
 * each person under a code (the source's, or initials of the name: `GK` for Gregg Kellogg; a nick in
 * capitals for a one-word name), with the name and the other spellings the source uses as aliases, so
 * that owners and speakers written either way resolve to the same actor.
 */
export class People {
  private readonly list: Person[] = [];
  /** Each person's place in the list, so that when two people share a spelling the first one keeps it. */
  private readonly order = new Map<Person, number>();
  /** Folded name, code and aliases → person, and each word of a name → the people whose name has it. */
  private readonly bySpelling = new Map<string, Person>();
  private readonly byNameWord = new Map<string, Person[]>();

  /** Adds a person, or merges the spelling into the person already known by that name, code or alias. */
  add(name: string, options: { code?: string; aliases?: string[] } = {}): Person {
    const trimmed = name.trim();
    const known = this.exact(trimmed) ?? (options.code ? this.exact(options.code) : null);
    const person = known ?? { name: trimmed, code: null, aliases: [] };
    if (!known) {
      this.order.set(person, this.list.length);
      this.list.push(person);
      this.index(person, person.name);
      for (const word of new Set(wordsOf(person.name))) {
        const named = this.byNameWord.get(word);
        if (named) named.push(person);
        else this.byNameWord.set(word, [person]);
      }
    }
    if (options.code && person.code === null && isActorCodeLike(options.code)) {
      person.code = options.code;
      this.index(person, person.code);
    }
    for (const alias of [...(options.aliases ?? []), ...(known && fold(known.name) !== fold(trimmed) ? [trimmed] : [])]) this.alias(person, alias);
    return person;
  }

  get size(): number {
    return this.list.length;
  }

  /** The person written as `written`: by name, code or alias (any case), else by a first or last name only one person has. */
  find(written: string): Person | null {
    const exact = this.exact(written);
    if (exact) return exact;
    const words = wordsOf(written);
    if (words.length !== 1) return null;
    const matches = this.byNameWord.get(words[0]!) ?? [];
    return matches.length === 1 ? matches[0]! : null;
  }

  /**
   * The person an owner or speaker written as `written` stands for; the spelling becomes an alias, so
   * that the minutes' parser resolves it as the reader did. Null when no one (or more than one) matches.
   */
  resolve(written: string): Person | null {
    const person = this.find(written);
    if (person && !this.exact(written)) this.alias(person, written.trim());
    return person;
  }

  /**
   * The actor registry: code → name and aliases, codes unique. A made-up code that `clashes` (a word the
   * minutes use in capitals, such as `CI`) takes the next letters of the name instead (`CIH`).
   */
  registry(clashes: (code: string) => boolean = () => false): ActorRegistry {
    const registry: ActorRegistry = {};
    const taken = new Set<string>();
    const codes = new Map<Person, string>();
    // Codes the source gives first, so that a made-up code never takes one of them.
    for (const person of this.list) if (person.code !== null && !taken.has(person.code)) codes.set(person, claim(person.code, taken));
    for (const person of this.list) {
      if (codes.has(person)) continue;
      const candidates = madeUpCodes(person.name);
      const free = candidates.find((candidate) => !taken.has(candidate) && !clashes(candidate)) ?? candidates[0]!;
      codes.set(person, claim(free, taken));
    }
    for (const person of this.list) {
      const code = codes.get(person)!;
      const aliases = person.aliases.filter((alias) => alias !== code && fold(alias) !== fold(person.name));
      Object.defineProperty(registry, code, { value: { name: person.name, aliases }, enumerable: true, writable: true, configurable: true });
    }
    return registry;
  }

  private exact(written: string): Person | null {
    const key = fold(written);
    return key ? (this.bySpelling.get(key) ?? null) : null;
  }

  private alias(person: Person, alias: string): void {
    if (alias && fold(alias) !== fold(person.name) && !person.aliases.some((known) => fold(known) === fold(alias))) {
      person.aliases.push(alias);
      this.index(person, alias);
    }
  }

  private index(person: Person, spelling: string): void {
    const key = fold(spelling);
    if (!key) return;
    const holder = this.bySpelling.get(key);
    if (!holder || this.order.get(holder)! > this.order.get(person)!) this.bySpelling.set(key, person);
  }
}

/**
 * Codes for a name, best first: the initials of a name of several words (`David I. Lehn` → `DIL`), then
 * with more letters of the last word (`CIH`, `CIHR`); a one-word name in capitals (`roba` → `ROBA`).
 */
function madeUpCodes(name: string): string[] {
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '');
  const words = plain.split(/\s+/).map((word) => word.replace(/[^A-Za-z0-9]/g, '')).filter(Boolean);
  const valid = (code: string) => {
    const start = /^[A-Z]/.test(code) ? code : `P${code}`;
    return isActorCodeLike(start) ? start : 'P';
  };
  if (words.length < 2) return [valid(plain.toUpperCase().replace(/[^A-Z0-9]+/g, '-').replace(/^-+|-+$/g, ''))];
  const initials = words.map((word) => word[0]!).join('').toUpperCase();
  const last = words.at(-1)!.toUpperCase();
  return [initials, ...Array.from({ length: Math.min(3, last.length - 1) }, (_, index) => initials + last.slice(1, index + 2))].map(valid);
}

/** Whether a code would clash with a word the text writes in capitals (`CI` for continuous integration). */
export function capitalWordsOf(text: string): (code: string) => boolean {
  const words = new Set(acronymsIn(text).map((word) => word.text));
  return (code) => words.has(code);
}

function claim(code: string, taken: Set<string>): string {
  let candidate = code;
  for (let n = 2; taken.has(candidate); n++) candidate = `${code}${n}`;
  taken.add(candidate);
  return candidate;
}
