import { locateInFrontMatter } from '../../front-matter.js';
import { describeSchemaError } from '../../schema-messages.js';
import { validateFrontMatter } from '../../schemas.js';
import type { Rule } from '../rule.js';

export const frontMatter: Rule = {
  id: 'front-matter',
  description: 'The front matter follows schemas/front-matter.schema.json: title and date given, known keys, right types.',
  defaultSeverity: 'error',
  check(context) {
    const block = context.parsed.frontMatter;
    if (!block) {
      context.report({
        message: 'the file has no front matter: start it with a YAML block between `---` lines giving at least `title:` and `date:`',
        start: { line: 1, column: 1 },
      });
      return;
    }
    const validate = validateFrontMatter;
    if (validate(block.data)) return;
    const reported = new Set<string>();
    for (const error of validate.errors ?? []) {
      const problem = describeSchemaError(error, 'the front matter');
      if (!problem || reported.has(problem.message)) continue;
      reported.add(problem.message);
      const { start, end } = locateInFrontMatter(block, problem.path, problem.target);
      context.report({ message: problem.message, ...context.span(start, end) });
    }
  },
};
