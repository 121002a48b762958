import { describe, expect, it } from 'vitest';
import commissionDgs from '../../src/model/registries/eu-commission-dgs.json' with { type: 'json' };
import institutions from '../../src/model/registries/eu-institutions.json' with { type: 'json' };
import memberStates from '../../src/model/registries/eu-member-states.json' with { type: 'json' };

interface RegistryActor {
  name: string;
  aliases: string[];
}
interface RegistryGroup extends RegistryActor {
  members: string[];
}
interface Registry {
  name: string;
  description: string;
  source: string;
  retrieved: string;
  actors: Record<string, RegistryActor>;
  groups: Record<string, RegistryGroup>;
}

/** How a registry code is written: an actor code, words of it separated by single spaces (`DG JUST`). */
const CODE = /^[A-Z][A-Za-z0-9]*(?:[-_/.&][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9]*(?:[-_/.&][A-Za-z0-9]+)*)*$/;

const registries: Record<string, Registry> = {
  'eu-institutions': institutions as Registry,
  'eu-commission-dgs': commissionDgs as Registry,
  'eu-member-states': memberStates as Registry,
};
const entries = Object.entries(registries);

/** Codes of actors and groups. */
function codesOf(registry: Registry): string[] {
  return [...Object.keys(registry.actors), ...Object.keys(registry.groups)];
}

/** Every code, name and alias with the code it stands for. */
function termsOf(registry: Registry): { term: string; code: string; kind: 'code' | 'name' | 'alias' }[] {
  const terms: { term: string; code: string; kind: 'code' | 'name' | 'alias' }[] = [];
  for (const [code, entry] of [...Object.entries(registry.actors), ...Object.entries(registry.groups)]) {
    terms.push({ term: code, code, kind: 'code' }, { term: entry.name, code, kind: 'name' });
    for (const alias of entry.aliases) terms.push({ term: alias, code, kind: 'alias' });
  }
  return terms;
}

/** Whether `text` has `word` as a whole word: how a description documents a deliberate clash. */
function mentionsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'u').test(text);
}

const PROTOCOL_ORDER: [string, string][] = [
  ['BE', 'Belgium'],
  ['BG', 'Bulgaria'],
  ['CZ', 'Czechia'],
  ['DK', 'Denmark'],
  ['DE', 'Germany'],
  ['EE', 'Estonia'],
  ['IE', 'Ireland'],
  ['EL', 'Greece'],
  ['ES', 'Spain'],
  ['FR', 'France'],
  ['HR', 'Croatia'],
  ['IT', 'Italy'],
  ['CY', 'Cyprus'],
  ['LV', 'Latvia'],
  ['LT', 'Lithuania'],
  ['LU', 'Luxembourg'],
  ['HU', 'Hungary'],
  ['MT', 'Malta'],
  ['NL', 'Netherlands'],
  ['AT', 'Austria'],
  ['PL', 'Poland'],
  ['PT', 'Portugal'],
  ['RO', 'Romania'],
  ['SI', 'Slovenia'],
  ['SK', 'Slovakia'],
  ['FI', 'Finland'],
  ['SE', 'Sweden'],
];

/**
 * Short forms of DGs that are another registry's code (HR is Croatia): never aliases. Short forms that are
 * also English words (JUST, HOME) are aliases: an alias in capitals is matched as written, as a code is.
 */
const SHORT_FORMS_NOT_ALIASED = ['HR'];

describe('built-in registries', () => {
  describe.each(entries)('%s', (file, registry) => {
    it('has the shape of a registry', () => {
      expect(Object.keys(registry).sort()).toEqual(['actors', 'description', 'groups', 'name', 'retrieved', 'source']);
      expect(registry.name).toBe(file);
      expect(registry.description).toMatch(/^\S.*\S$/);
      expect(registry.description).not.toContain('\n');
      expect(registry.source).toMatch(/https:\/\/\S+\.europa\.eu\//);
      expect(registry.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${registry.retrieved}T00:00:00Z`).toISOString().slice(0, 10)).toBe(registry.retrieved);
      expect(Object.keys(registry.actors).length).toBeGreaterThan(0);
      for (const [code, actor] of Object.entries(registry.actors)) {
        expect(Object.keys(actor).sort(), code).toEqual(['aliases', 'name']);
        expect(typeof actor.name, code).toBe('string');
        expect(Array.isArray(actor.aliases), code).toBe(true);
      }
      for (const [code, group] of Object.entries(registry.groups)) {
        expect(Object.keys(group).sort(), code).toEqual(['aliases', 'members', 'name']);
        expect(Array.isArray(group.aliases), code).toBe(true);
        expect(group.members.length, code).toBeGreaterThan(0);
        for (const member of group.members) expect(Object.hasOwn(registry.actors, member), `${code} member ${member}`).toBe(true);
        expect(new Set(group.members).size, code).toBe(group.members.length);
      }
    });

    it('writes every code as a code, and every name and alias as trimmed, non-empty text', () => {
      for (const code of codesOf(registry)) expect(code).toMatch(CODE);
      for (const { term, code } of termsOf(registry)) {
        expect(typeof term, code).toBe('string');
        expect(term, code).toMatch(/^\S(?:.*\S)?$/);
        expect(term, code).not.toMatch(/\s{2}/);
      }
    });

    it('gives no code, name or alias to two codes (in any case)', () => {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const { term, code } of termsOf(registry)) {
        const key = term.toLocaleLowerCase();
        const claimed = owner.get(key);
        if (claimed !== undefined && claimed !== code) clashes.push(`${term}: ${claimed} and ${code}`);
        owner.set(key, claimed ?? code);
      }
      expect(clashes).toEqual([]);
    });

    it('aliases no DG short form that reads as an ordinary word', () => {
      const aliases = termsOf(registry)
        .filter(({ kind }) => kind === 'alias')
        .map(({ term }) => term.toLocaleLowerCase());
      for (const word of SHORT_FORMS_NOT_ALIASED) expect(aliases).not.toContain(word.toLocaleLowerCase());
    });
  });

  describe('across the files', () => {
    it('no code is in two files', () => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [file, registry] of entries) {
        for (const code of codesOf(registry)) {
          const key = code.toLocaleLowerCase();
          const other = seen.get(key);
          if (other !== undefined) clashes.push(`${code}: ${other} and ${file}`);
          seen.set(key, file);
        }
      }
      expect(clashes).toEqual([]);
    });

    it("no name or alias of one file is a code of another, unless that file's description says so", () => {
      const clashes: string[] = [];
      for (const [file, registry] of entries) {
        for (const { term, code, kind } of termsOf(registry)) {
          if (kind === 'code') continue;
          for (const [otherFile, other] of entries) {
            if (otherFile === file) continue;
            const hit = codesOf(other).find((otherCode) => otherCode.toLocaleLowerCase() === term.toLocaleLowerCase());
            if (hit !== undefined && !mentionsWord(registry.description, term)) clashes.push(`${file} ${code} "${term}" is ${otherFile} ${hit}`);
          }
        }
      }
      expect(clashes).toEqual([]);
    });

    it('no name or alias is claimed by two files', () => {
      const seen = new Map<string, string>();
      const clashes: string[] = [];
      for (const [file, registry] of entries) {
        const own = new Set(
          termsOf(registry)
            .filter(({ kind }) => kind !== 'code')
            .map(({ term }) => term.toLocaleLowerCase()),
        );
        for (const term of own) {
          const other = seen.get(term);
          if (other !== undefined) clashes.push(`"${term}": ${other} and ${file}`);
          seen.set(term, file);
        }
      }
      expect(clashes).toEqual([]);
    });
  });

  describe('eu-member-states', () => {
    const registry = memberStates as Registry;

    it('lists exactly the 27 Member States, in protocol order, by their English short names', () => {
      expect(Object.entries(registry.actors).map(([code, actor]) => [code, actor.name])).toEqual(PROTOCOL_ORDER);
    });

    it('groups all 27 as MS, "Member States"', () => {
      expect(Object.keys(registry.groups)).toEqual(['MS']);
      const group = registry.groups.MS!;
      expect(group.name).toBe('Member States');
      expect(group.aliases).toContain('Member State');
      expect(group.members).toEqual(PROTOCOL_ORDER.map(([code]) => code));
    });

    it('writes Greece EL, and has no GR or UK anywhere', () => {
      expect(registry.actors.EL?.name).toBe('Greece');
      for (const [, other] of entries) {
        const terms = termsOf(other).map(({ term }) => term);
        expect(terms).not.toContain('GR');
        expect(terms).not.toContain('UK');
      }
    });

    it('knows the common other names', () => {
      expect(registry.actors.CZ?.aliases).toContain('Czech Republic');
      expect(registry.actors.NL?.aliases).toContain('the Netherlands');
    });
  });

  describe('eu-institutions', () => {
    const registry = institutions as Registry;

    it('has the institutions, bodies and agencies a secretariat meets', () => {
      const required = ['COM', 'EP', 'Council', 'EUCO', 'PRES', 'EEAS', 'EESC', 'CoR', 'ECB', 'CJEU', 'ECA', 'EIB', 'EDPS', 'EDPB', 'ENISA', 'FRA', 'Europol', 'Eurojust', 'OLAF', 'JRC'];
      const alsoAsked = ['EPPO', 'Frontex', 'EMA', 'EFSA', 'ECDC', 'EEA', 'EBA', 'ESMA', 'EIOPA', 'EUIPO', 'EU-LISA', 'CEPOL', 'EUAA', 'ELA', 'ACER', 'BEREC', 'EMSA', 'EASA', 'ERA', 'ETF', 'Cedefop', 'Eurofound', 'EU-OSHA', 'EIGE', 'EUSPA', 'HaDEA', 'REA', 'EACEA', 'EISMEA', 'CINEA', 'ERCEA', 'SatCen', 'EDA', 'EUISS', 'OP', 'ESTAT'];
      for (const code of [...required, ...alsoAsked]) expect(Object.hasOwn(registry.actors, code), code).toBe(true);
    });

    it('names them in English, with the aliases minutes use', () => {
      expect(registry.actors.COM).toEqual({ name: 'European Commission', aliases: expect.arrayContaining(['Commission', 'the Commission']) });
      expect(registry.actors.EP?.aliases).toContain('Parliament');
      expect(registry.actors.Council?.name).toBe('Council of the European Union');
      expect(registry.actors.EUCO?.name).toBe('European Council');
      expect(registry.actors.PRES).toEqual({ name: 'Presidency of the Council of the EU', aliases: expect.arrayContaining(['Presidency', 'Council Presidency']) });
      expect(registry.actors['EU-LISA']?.aliases).toContain('eu-LISA');
      expect(registry.actors.ESTAT?.name).toBe('Eurostat');
      expect(registry.actors.OP?.aliases).toContain('Publications Office');
    });

    it('does not alias the Council as a bare "council"', () => {
      const aliases = Object.values(registry.actors).flatMap((actor) => actor.aliases.map((alias) => alias.toLocaleLowerCase()));
      expect(aliases).not.toContain('council');
      expect(aliases).not.toContain('the council');
    });
  });

  describe('eu-commission-dgs', () => {
    const registry = commissionDgs as Registry;
    const dgCodes = Object.keys(registry.actors).filter((code) => code.startsWith('DG '));

    it('has the directorates-general as DG codes, and the main services', () => {
      const short = ['AGRI', 'BUDG', 'CLIMA', 'CNECT', 'COMM', 'COMP', 'DEFIS', 'DIGIT', 'EAC', 'ECFIN', 'ECHO', 'EMPL', 'ENER', 'ENEST', 'ENV', 'FISMA', 'GROW', 'HERA', 'HOME', 'HR', 'INTPA', 'JUST', 'MARE', 'MENA', 'MOVE', 'REFORM', 'REGIO', 'RTD', 'SANTE', 'SCIC', 'TAXUD', 'TRADE'];
      for (const code of short.map((s) => `DG ${s}`)) expect(dgCodes, code).toContain(code);
      for (const code of ['DGT', 'SG', 'SJ']) expect(Object.hasOwn(registry.actors, code), code).toBe(true);
      expect(registry.actors['DG JUST']?.name).toBe('Directorate-General for Justice and Consumers');
      expect(registry.actors['DG CNECT']?.name).toBe('Directorate-General for Communications Networks, Content and Technology');
    });

    it('aliases each DG by its short form, but for the documented ones that read as words', () => {
      for (const code of dgCodes) {
        const short = code.slice('DG '.length);
        if (SHORT_FORMS_NOT_ALIASED.includes(short)) {
          expect(mentionsWord(registry.description, short), short).toBe(true);
          expect(registry.actors[code]?.aliases, code).not.toContain(short);
        } else {
          expect(registry.actors[code]?.aliases, code).toContain(short);
        }
      }
      expect(registry.actors['DG CNECT']?.aliases).toContain('CNECT');
      expect(registry.description).toContain('DG JUST');
    });

    it('keeps old codes of renamed and merged DGs as aliases', () => {
      expect(registry.actors['DG INTPA']?.aliases).toContain('DG DEVCO');
      expect(registry.actors['DG ENEST']?.aliases).toContain('DG NEAR');
      expect(registry.actors['DG SANTE']?.aliases).toContain('DG SANCO');
    });

    it('leaves Eurostat, the JRC and OLAF to eu-institutions', () => {
      for (const code of ['DG ESTAT', 'ESTAT', 'DG JRC', 'JRC', 'OLAF']) expect(Object.hasOwn(registry.actors, code), code).toBe(false);
      expect(registry.description).toMatch(/Eurostat.*JRC.*OLAF.*eu-institutions/);
    });
  });
});
