import { ActorMatcher } from '../../model/actors.js';
import { builtInActors } from '../../model/registries.js';

/** The built-in registries an imported document is read with, in the order written into `extends`. */
const DOCUMENT_REGISTRIES = ['eu-institutions', 'eu-commission-dgs', 'eu-member-states'] as const;

/** A short code (`IT`, `EL`, `HR`) or one word that is also English (`Council`, `Commission`) is no evidence that a document speaks of a registry's actors. */
const weakEvidence = (matched: string) => /^[A-Z]{2}$/.test(matched) || (!/\s/.test(matched) && matched !== matched.toUpperCase());

/** The built-in registries whose actors the text names (by a name, an alias or a code longer than two letters). */
export function registriesNamed(text: string): string[] {
  return DOCUMENT_REGISTRIES.filter((name) => {
    const matcher = new ActorMatcher(builtInActors([name]));
    return matcher.matches(text).some((match) => !weakEvidence(text.slice(match.start, match.end)));
  });
}

export interface DefinedTerm {
  term: string;
  expansion: string;
  /** Whether the term names a body or group that acts (a Commission, an agency, a delegation), rather than a thing. */
  actor: boolean;
  /** Defined in quotes (`("COM")`), a form the model does not read by itself. */
  quoted: boolean;
}

/** Words of the names of bodies and groups that act in minutes. */
const BODY_WORDS =
  /\b(?:Commission|Council|Parliament|Presidency|Secretariat|Agency|Authority|Office|Board|Committee|Service|Ministry|Directorate|Unit|Network|Group|Association|Delegation|Institute|Centre|Center|Organi[sz]ation|Foundation|Bank|Court|Observatory|Bureau|Federation|Union|Member States?|Government|Department|Team|Platform|Forum|Chair|Rapporteur)\b/;

const QUOTED_TERM = /\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?|the\s+)?["“„'‘]\s*(?:the\s+)?([A-Z][A-Za-z0-9/&.-]{1,15})\s*["”“'’]\s*\)/gu;
const PLAIN_TERM = /\(([A-Z][A-Za-z0-9]*[A-Z0-9](?:[-/][A-Za-z0-9]+)*)\)/gu;
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*|of|for|and|on|the|in|de|des|du|la|le|et|für|und|der)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|on|the|in|de|des|du|la|le|et|für|und|der)){0,9})\s*$/u;

/**
 * Terms the text defines in parentheses: `the European Data Protection Board (EDPB)`, `the European
 * Commission ("COM")`, `… (hereinafter "the Agency")`. The model reads the plain form by itself; the quoted
 * form and the actors among both are what the reader adds to the front matter.
 */
export function definedTerms(text: string): DefinedTerm[] {
  const found = new Map<string, DefinedTerm>();
  const take = (term: string, index: number) => {
    if (found.has(term)) return;
    // The name stands in the same sentence and paragraph as its definition.
    const window = text.slice(Math.max(0, index - 160), index);
    const boundary = Math.max(window.lastIndexOf('\n\n'), ...[...window.matchAll(/[.;:!?]\s/g)].map((match) => match.index + 1));
    const before = window.slice(boundary + 1).replace(/\s+/g, ' ');
    const name = NAME_BEFORE.exec(before)?.[1]?.replace(/^(?:(?:of|for|and|on|the|in|de|des|du|la|le|et|für|und|der)\s+)+/i, '').trim();
    if (!name || name.length < 3 || !/^\p{Lu}/u.test(name)) return;
    const capitals = term.replace(/[^A-Z]/g, '');
    const initials = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
    // A plain `(ABBR)` defines only when the capitals spell the name; a quoted one always does.
    const quoted = text[index + 1] !== term[0];
    if (!quoted && !initials.includes(capitals.slice(0, 2))) return;
    found.set(term, { term, expansion: name, actor: BODY_WORDS.test(name), quoted });
  };
  for (const match of text.matchAll(QUOTED_TERM)) take(match[1]!, match.index);
  for (const match of text.matchAll(PLAIN_TERM)) take(match[1]!, match.index);
  return [...found.values()];
}
