import { RULES } from '../../lint/rules/index.js';
import type { CliIO } from '../context.js';
import { EXIT } from '../context.js';

export interface RulesOptions {
  format: 'text' | 'json';
}

/** Lists every lint rule from its metadata: id, default severity, whether --fix corrects it, and what it wants. */
export function rulesCommand(options: RulesOptions, io: CliIO): number {
  if (options.format === 'json') {
    const rules = RULES.map(({ id, description, defaultSeverity, fixable, docs, examples }) => ({ id, description, defaultSeverity, fixable, docs, examples }));
    io.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  for (const rule of RULES) {
    const flags = `${rule.defaultSeverity.padEnd(5)} ${rule.fixable ? 'fix' : '   '}`;
    io.stdout.write(`${rule.id.padEnd(width)}  ${flags}  ${rule.description}\n`);
  }
  return EXIT.ok;
}
