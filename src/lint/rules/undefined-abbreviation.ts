import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { acronymsIn } from '../../actors.js';
import type { Rule } from '../rule.js';

export const undefinedAbbreviation: Rule = {
  id: 'undefined-abbreviation',
  description: 'Acronyms in the text are actor codes or glossary entries; each unknown one is reported once, where first used.',
  defaultSeverity: 'warn',
  check(context) {
    const { parsed } = context;
    const glossary = parsed.model.meta.glossary;
    // An unknown action owner is reported by unknown-actor; once is enough.
    const reported = new Set<string>(parsed.actions.flatMap((record) => record.unknownOwners));
    visit(parsed.tree as Nodes, 'text', (node) => {
      const start = node.position?.start;
      if (!start || node.value.length > 1_000_000) return;
      for (const { text, index } of acronymsIn(node.value)) {
        if (reported.has(text) || Object.hasOwn(glossary, text) || parsed.actors.knowsAcronym(text)) continue;
        reported.add(text);
        const before = node.value.slice(0, index);
        const newline = before.lastIndexOf('\n');
        let point = { line: start.line, column: start.column + index };
        if (newline !== -1) {
          // Continuation lines lose their indentation in the tree: take it from the source line.
          const line = start.line + before.split('\n').length - 1;
          const source = parsed.lines[line - 1] ?? '';
          point = { line, column: source.length - source.trimStart().length + index - newline };
        }
        context.report({
          message: `"${text}" is neither an actor nor in the glossary: add it under \`glossary:\` (or \`actors:\`) in the front matter or minutes.config.yaml`,
          start: point,
          end: { line: point.line, column: point.column + text.length },
        });
      }
    });
  },
};
