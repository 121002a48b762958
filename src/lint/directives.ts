import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Range } from '../model/build.js';
import type { Locator } from '../model/parse.js';
import { valueOffsets } from '../syntax/value-offsets.js';

/**
 * Inline switches in HTML comments, read from the syntax tree (so a directive shown inside a code block
 * does nothing):
 *   <!-- minutes-disable-next-line RULE [RULE…] -->  the line after the comment
 *   <!-- minutes-disable RULE [RULE…] -->            from here to <!-- minutes-enable RULE --> or the end
 * Without a rule id they apply to every rule.
 */
export interface Switch {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** The rule ids named, each with where it is written; null for every rule. */
  rules: { id: string; range: Range }[] | null;
  line: number;
  endLine: number;
}

const DIRECTIVE = /<!--\s*minutes-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;
const RULE_ID = /[^\s,]+/g;

export function readDirectives(tree: Nodes, text: string, locate: Locator): Switch[] {
  const switches: Switch[] = [];
  visit(tree, 'html', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !node.value.includes('minutes-')) return;
    const offsets = valueOffsets(node.value, text, start, end);
    const at = (index: number) => (index < node.value.length ? offsets.starts[index]! : end);
    for (const match of node.value.matchAll(DIRECTIVE)) {
      const idsAt = match.index + match[0].indexOf(match[2]!, 4 + match[1]!.length);
      const rules = [...match[2]!.matchAll(RULE_ID)].map((id) => ({
        id: id[0],
        range: [at(idsAt + id.index), offsets.ends[idsAt + id.index + id[0].length - 1]!] as Range,
      }));
      switches.push({
        kind: match[1] as Switch['kind'],
        rules: rules.length ? rules : null,
        line: locate.toPoint(at(match.index))?.line ?? 1,
        endLine: locate.toPoint(at(match.index + match[0].length - 1))?.line ?? 1,
      });
    }
  });
  return switches.sort((a, b) => a.line - b.line);
}

const applies = (entry: Switch, ruleId: string) => entry.rules === null || entry.rules.some((rule) => rule.id === ruleId);

/** Whether the switches silence a diagnostic on `line` from `ruleId`. */
export function isSuppressed(ruleId: string, line: number, switches: readonly Switch[]): boolean {
  let disabled = false;
  for (const entry of switches) {
    if (entry.line > line) break;
    if (!applies(entry, ruleId)) continue;
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
  return switches.flatMap((entry) => (entry.rules ?? []).filter((rule) => !known(rule.id)));
}
