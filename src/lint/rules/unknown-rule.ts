import type { Rule } from '../rule.js';

/** Reported by the engine, from the directives it reads: a rule id that names no rule. */
export const unknownRule: Rule = {
  id: 'unknown-rule',
  description: 'Directives such as `<!-- minutes-disable-next-line numbering -->` name existing rules.',
  defaultSeverity: 'error',
  fixable: false,
  docs: `A directive that names a rule that does not exist silences nothing: usually a typo. It is reported at the name,
with the closest rule id.`,
  examples: [
    {
      title: 'a directive with a known rule',
      text: '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n<!-- minutes-disable-next-line numbering -->\n## 7. Opening\n\nWelcome.\n',
      messages: [],
    },
    {
      title: 'a misspelt rule id',
      text: '---\ntitle: Network meeting\ndate: 2019-04-04\n---\n\n<!-- minutes-disable-next-line nubering -->\n## 1. Opening\n\nWelcome.\n',
      messages: ['6:32 directive names "nubering", which is not a rule: did you mean `numbering`?'],
    },
  ],
};
