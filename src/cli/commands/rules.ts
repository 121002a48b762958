import { RULES } from '../../lint/rules/index.js';
import type { CliIO } from '../context.js';
import { EXIT } from '../context.js';

/** Lists every lint rule: id, default severity, whether --fix corrects it, and what it wants. */
export function rulesCommand(io: CliIO): number {
  const width = Math.max(...RULES.map((rule) => rule.id.length));
  for (const rule of RULES) {
    const flags = `${rule.defaultSeverity.padEnd(5)} ${rule.fixable ? 'fix' : '   '}`;
    io.stdout.write(`${rule.id.padEnd(width)}  ${flags}  ${rule.description}\n`);
  }
  return EXIT.ok;
}
