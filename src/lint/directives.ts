import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../diagnostics.js';

/**
 * Inline switches in HTML comments, read from the syntax tree (so a directive shown inside a code block
 * does nothing):
 *   <!-- minutes-disable-next-line RULE [RULE…] -->  the line after the comment
 *   <!-- minutes-disable RULE [RULE…] -->            from here to <!-- minutes-enable RULE --> or the end
 * Without a rule id they apply to every rule.
 */
interface Switch {
  kind: 'disable' | 'enable' | 'disable-next-line';
  rules: string[] | null;
  line: number;
  endLine: number;
}

const DIRECTIVE = /<!--\s*minutes-(disable-next-line|disable|enable)\b([^]*?)-->/g;

export function readDirectives(tree: Nodes): Switch[] {
  const switches: Switch[] = [];
  visit(tree, 'html', (node) => {
    const start = node.position?.start.line ?? 1;
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const before = node.value.slice(0, match.index);
      const line = start + countLines(before);
      const endLine = line + countLines(match[0]);
      const ids = match[2]!.split(/[\s,]+/).filter(Boolean);
      switches.push({ kind: match[1] as Switch['kind'], rules: ids.length ? ids : null, line, endLine });
    }
  });
  return switches.sort((a, b) => a.line - b.line);
}

function countLines(text: string): number {
  return text.split(/\r\n|\r|\n/).length - 1;
}

const applies = (rules: string[] | null, ruleId: string) => rules === null || rules.includes(ruleId);

/** Whether the switches silence a diagnostic. Parse errors and front matter problems above any comment stay. */
export function isSuppressed(diagnostic: Diagnostic, switches: readonly Switch[]): boolean {
  const line = diagnostic.line ?? 1;
  let disabled = false;
  for (const entry of switches) {
    if (entry.line > line) break;
    if (!applies(entry.rules, diagnostic.ruleId)) continue;
    if (entry.kind === 'disable-next-line') {
      if (entry.endLine + 1 === line) return true;
    } else {
      disabled = entry.kind === 'disable';
    }
  }
  return disabled;
}

/** Rule ids named in directives that are not rules, to report them instead of ignoring a typo. */
export function unknownDirectiveRules(switches: readonly Switch[], known: (id: string) => boolean) {
  return switches.flatMap((entry) => (entry.rules ?? []).filter((id) => !known(id)).map((id) => ({ id, line: entry.line })));
}
