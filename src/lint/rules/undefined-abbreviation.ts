import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { acronymsIn } from '../../model/actors.js';
import { valueOffsets } from '../../syntax/value-offsets.js';
import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: Network meeting\ndate: 2019-04-04\nactors:\n  COM: European Commission\n  ODIHR:\n    name: OSCE Office for Democratic Institutions and Human Rights\n    aliases: [OSCE/ODIHR]\nglossary:\n  RAS: Rapid Alert System\n---\n\n## 1. Opening\n\n';

export const undefinedAbbreviation: Rule = {
  id: 'undefined-abbreviation',
  description: 'Acronyms in the text are actor codes or glossary entries; each unknown one is reported once, where first used.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Minutes are read by people who were not in the room. Every word in capitals (two capitals or more) is an actor code,
a glossary entry, or an acronym inside an actor's name or alias (OSCE in \`OSCE/ODIHR\`). Roman numerals and code spans
are skipped.`,
  examples: [
    { title: 'codes, glossary entries and acronyms in names', text: `${FRONT}COM presented the RAS; OSCE observers attended.\n`, messages: [] },
    {
      title: 'an acronym nobody explains',
      text: `${FRONT}COM presented the REC call, and the REC budget.\n`,
      messages: ['15:19 "REC" is neither an actor nor in the glossary: add it under `glossary:` (or `actors:`) in the front matter or minutes.config.yaml'],
    },
  ],
  check(context) {
    const { parsed } = context;
    const glossary = parsed.model.meta.glossary;
    // An unknown action owner is reported by unknown-actor; once is enough.
    const reported = new Set<string>(parsed.actions.flatMap((record) => record.owners.filter((owner) => owner.code === null).map((owner) => owner.written)));
    visit(parsed.tree as Nodes, 'text', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || node.value.length > 1_000_000) return;
      let offsets: ReturnType<typeof valueOffsets> | null = null;
      for (const { text, index } of acronymsIn(node.value)) {
        if (reported.has(text) || Object.hasOwn(glossary, text) || parsed.actors.knowsAcronym(text)) continue;
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
