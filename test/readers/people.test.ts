import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { People } from '../../src/readers/people.js';

/** What People promises, written the slow, obvious way: the first person in the list any spelling of whom matches. */
class NaivePeople {
  readonly list: { name: string; code: string | null; aliases: string[] }[] = [];
  private readonly fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  private readonly words = (name: string) => this.fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

  exact(written: string) {
    const key = this.fold(written);
    if (!key) return null;
    return this.list.find((person) => this.fold(person.name) === key || (person.code !== null && this.fold(person.code) === key) || person.aliases.some((alias) => this.fold(alias) === key)) ?? null;
  }

  add(name: string, options: { code?: string; aliases?: string[] }) {
    const trimmed = name.trim();
    const known = this.exact(trimmed) ?? (options.code ? this.exact(options.code) : null);
    const person = known ?? { name: trimmed, code: null, aliases: [] };
    if (!known) this.list.push(person);
    if (options.code && person.code === null && /^[A-Z]/.test(options.code)) person.code = options.code;
    for (const alias of [...(options.aliases ?? []), ...(known && this.fold(known.name) !== this.fold(trimmed) ? [trimmed] : [])]) this.alias(person, alias);
  }

  resolve(written: string) {
    const person = this.find(written);
    if (person && !this.exact(written)) this.alias(person, written.trim());
  }

  private alias(person: { name: string; aliases: string[] }, alias: string) {
    if (alias && this.fold(alias) !== this.fold(person.name) && !person.aliases.some((known) => this.fold(known) === this.fold(alias))) person.aliases.push(alias);
  }

  find(written: string) {
    const exact = this.exact(written);
    if (exact) return exact;
    const words = this.words(written);
    if (words.length !== 1) return null;
    const matches = this.list.filter((person) => this.words(person.name).includes(words[0]!));
    return matches.length === 1 ? matches[0]! : null;
  }
}

describe('People', () => {
  it('finds a person by name, code, alias (any case, any accent) and by a first or last name only they have', () => {
    const people = new People();
    people.add('Gregg Kellogg', { aliases: ['gkellogg'] });
    people.add('Pierre-Antoine Champin', { code: 'PAC' });
    people.add('Gregg Smith');
    expect(people.find('GKELLOGG')?.name).toBe('Gregg Kellogg');
    expect(people.find('pac')?.name).toBe('Pierre-Antoine Champin');
    expect(people.find('Kellogg')?.name).toBe('Gregg Kellogg');
    expect(people.find('Gregg')).toBeNull();
    expect(people.find('Champín')?.name).toBe('Pierre-Antoine Champin');
  });

  it('answers as a plain search of the list would, whatever people, codes and aliases are added', () => {
    const word = fc.constantFrom('Anna', 'Novak', 'anna', 'Ivan', 'Herman', 'Ann', 'Dr', 'Müller', 'Muller', 'GK', 'gk', 'DE');
    const spelling = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), name: spelling, code: fc.option(fc.constantFrom('GK', 'AN', 'IH', 'DE'), { nil: undefined }), aliases: fc.array(spelling, { maxLength: 2 }) }),
      fc.record({ kind: fc.constant('resolve' as const), written: spelling }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), fc.array(spelling, { minLength: 1, maxLength: 5 }), (steps, queries) => {
        const people = new People();
        const naive = new NaivePeople();
        for (const action of steps) {
          if (action.kind === 'add') {
            people.add(action.name, { code: action.code, aliases: action.aliases });
            naive.add(action.name, { code: action.code, aliases: action.aliases });
          } else {
            people.resolve(action.written);
            naive.resolve(action.written);
          }
        }
        expect(people.size).toBe(naive.list.length);
        for (const written of [...queries, ...naive.list.map((person) => person.name)]) {
          expect(people.find(written)?.name ?? null).toBe(naive.find(written)?.name ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });
});
