import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { acronymsIn } from '../../model/actors.js';
import common from '../../model/registries/common-abbreviations.json' with { type: 'json' };
import { valueOffsets } from '../../syntax/value-offsets.js';
import { atText, type Rule } from '../rule.js';

const FRONT =
  '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n  ODIHR:\n    name: OSCE Office for Democratic Institutions and Human Rights\n    aliases: [OSCE/ODIHR]\nglossary:\n  RAS: Rapid Alert System\n---\n\n## 1. Opening\n\n';

const COMMON = new Set(Object.keys(common.abbreviations));

/**
 * Words in capitals that are not abbreviations but words written loud: labels of minutes (NOTE, WHEREAS,
 * RESOLVED) and headings in capitals. A word of six letters or more with vowels among them reads as a
 * word too (WHEREAS, IMPORTANT); acronyms that long are rare, and a missed one costs less than noise.
 */
const LOUD_WORDS = new Set([
  'NOTE', 'NOTES', 'WHEREAS', 'RESOLVED', 'AGREED', 'DECIDED', 'DECISION', 'DECISIONS', 'ACTION', 'ACTIONS', 'ITEM', 'ITEMS', 'DRAFT', 'FINAL',
  'URGENT', 'IMPORTANT', 'YES', 'NO', 'NOT', 'AND', 'OR', 'THE', 'ALL', 'NONE', 'OPEN', 'DONE', 'CLOSED', 'PENDING', 'NEW', 'TODO', 'UPDATE',
  'SUMMARY', 'AGENDA', 'MINUTES', 'PRESENT', 'ABSENT', 'APOLOGIES', 'ATTENDEES', 'PROPOSED', 'RESOLUTION', 'CONSENSUS', 'QUESTION', 'ANSWER',
  'WARNING', 'CAUTION', 'TIP', 'INFO', 'OK',
]);
const WORD_LIKE = /^(?=(?:[^AEIOUY]*[AEIOUY]){2})[A-Z]{6,}$/;

export const undefinedAbbreviation: Rule = {
  id: 'undefined-abbreviation',
  description: 'Acronyms in the text are actor codes, glossary entries, defined in the text, or common; each unknown one is reported once, where first used.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Minutes are read by people who were not in the room. Every word in capitals (two capitals or more) is an actor
code (of the file, the configuration or a built-in registry it extends, codes with several words such as \`DG JUST\`
and \`BE-Flanders\` taken whole), a glossary entry, an acronym inside an actor's name or alias (OSCE in
\`OSCE/ODIHR\`), an abbreviation the text defines (\`the Rapid Alert System (RAS)\`, \`RAS (Rapid Alert System)\`,
\`Anna Novak (AN)\`), or a common one that needs no glossary (AOB, CET, FAQ, PDF, URL, API, JSON, HTML, …: the
\`common\` option, on by default, \`rules: { undefined-abbreviation: [warn, { common: false }] }\` to switch it off).
Roman numerals, code spans and words written in capitals for emphasis (NOTE, WHEREAS, RESOLVED) are skipped.`,
  options: {
    schema: { type: 'object', additionalProperties: false, properties: { common: { type: 'boolean' } } },
    defaults: { common: true },
  },
  examples: [
    { title: 'codes, glossary entries, definitions and acronyms in names', text: `${FRONT}COM presented the RAS; OSCE observers attended. The Network of Election Contacts (NEC) met. NOTE: the AOB was short.\n`, messages: [] },
    {
      title: 'an acronym nobody explains',
      text: `${FRONT}COM presented the REC call, and the REC budget.\n`,
      messages: ['15:19 "REC" is neither an actor nor in the glossary: add it under `glossary:` (or `actors:`) in the front matter or minutes.config.yaml'],
    },
    {
      title: 'common abbreviations switched off',
      text: `${FRONT}COM will send the PDF.\n`,
      options: { common: false },
      messages: ['15:19 "PDF" is neither an actor nor in the glossary: add it under `glossary:` (or `actors:`) in the front matter or minutes.config.yaml'],
    },
  ],
  check(context) {
    const { parsed, options } = context;
    const glossary = parsed.model.meta.glossary;
    const defined = new Set(parsed.definitions.map((definition) => definition.term));
    const knownWord = (word: string) =>
      Object.hasOwn(glossary, word) || defined.has(word) || parsed.actors.knowsAcronym(word) || (options.common !== false && COMMON.has(word)) || LOUD_WORDS.has(word) || WORD_LIKE.test(word);
    // `DIGIT-SEMIC` is known as a whole, or when each of its parts is (`EU-US`).
    const known = (word: string) => knownWord(word) || (/[-/]/.test(word) && word.split(/[-/]/).every(knownWord));
    // An unknown action owner is reported by unknown-actor; once is enough.
    const reported = new Set<string>(
      parsed.actions.flatMap((record) => record.owners.filter((owner) => owner.code === null).flatMap((owner) => [owner.written, ...acronymsIn(owner.written).map((word) => word.text)])),
    );
    visit(parsed.tree as Nodes, 'text', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || node.value.length > 1_000_000) return;
      const acronyms = acronymsIn(node.value).filter(({ text }) => !reported.has(text) && !known(text));
      if (acronyms.length === 0) return;
      // Actors written with several words (`DG JUST`, `BE-Flanders`) are taken whole.
      const actors = parsed.actors.matches(node.value);
      let offsets: ReturnType<typeof valueOffsets> | null = null;
      for (const { text, index } of acronyms) {
        if (reported.has(text) || actors.some((match) => match.start <= index && index + text.length <= match.end)) continue;
        reported.add(text);
        offsets ??= valueOffsets(node.value, parsed.text, start, end);
        context.report({
          message: `"${text}" is neither an actor nor in the glossary: add it under \`glossary:\` (or \`actors:\`) in the front matter or minutes.config.yaml`,
          ...atText(parsed, [offsets.starts[index]!, offsets.ends[index + text.length - 1]!]),
        });
      }
    });
  },
};
