import type { Heading, ListItem, Nodes, Root, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { remarkMinutesSyntax } from '../markdown-syntax.js';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { canonicalToken } from '../model/headings.js';
import type { ParsedMinutes } from '../parse.js';
import { canonicalFrontMatter } from './front-matter-yaml.js';

/** The fixed remark-stringify options of the canonical form (documented in docs/format.md). */
export const CANONICAL_OPTIONS: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  bulletOrdered: '.',
  listItemIndent: 'one',
  incrementListMarker: true,
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  ruleRepetition: 3,
  ruleSpaces: false,
  setext: false,
  closeAtx: false,
  quote: '"',
  resourceLink: false,
  tightDefinitions: false,
};

const stringifier = unified().use(remarkFrontmatter, ['yaml']).use(remarkMinutesSyntax).use(remarkStringify, CANONICAL_OPTIONS).freeze();

/**
 * The canonical Markdown of a parsed file: front matter keys in the schema's order with an ISO date,
 * agenda items and sub-items renumbered by their place, due dates as `(due YYYY-MM-DD)`, and everything
 * else as remark-stringify writes it with CANONICAL_OPTIONS. Formatting the result again changes nothing.
 */
export function renderMarkdown(parsed: ParsedMinutes): string {
  const tree = structuredClone(parsed.tree) as Root;
  const front = tree.children[0];
  if (front?.type === 'yaml' && parsed.frontMatter) front.value = canonicalFrontMatter(parsed.frontMatter.document);

  // The clone holds the same agenda headings and task items as the parse, in the same order.
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && (node.depth === 2 || node.depth === 3));
  headings.forEach((node, index) => {
    const record = parsed.headings[index];
    if (record) renumber(node, record.number?.token ?? null, canonicalToken(record.ordinal, record.level));
  });
  const tasks: ListItem[] = [];
  visit(tree, 'listItem', (node) => {
    if (typeof node.checked === 'boolean') tasks.push(node);
  });
  tasks.forEach((node, index) => {
    const due = parsed.actions[index]?.due;
    if (due?.date && due.raw !== due.date) replaceDue(node, due.raw, due.date);
  });
  return stringifier.stringify(tree);
}

function renumber(heading: Heading, written: string | null, expected: string): void {
  const first = heading.children[0];
  if (written === null) {
    if (first?.type === 'text') first.value = `${expected} ${first.value.trimStart()}`;
    else heading.children.unshift({ type: 'text', value: `${expected} ` });
    return;
  }
  if (first?.type !== 'text' || written === expected) return;
  const at = first.value.indexOf(written);
  if (at !== -1 && first.value.slice(0, at).trim() === '') {
    first.value = `${expected}${first.value.slice(at + written.length)}`;
  }
}

function replaceDue(item: ListItem, raw: string, iso: string): void {
  const paragraph = item.children[0];
  if (!paragraph || !('children' in paragraph)) return;
  const texts: Text[] = [];
  visit(paragraph as Nodes, 'text', (node) => {
    texts.push(node);
  });
  for (const node of texts.reverse()) {
    const at = node.value.lastIndexOf(raw);
    if (at !== -1 && /\(\s*due\b[\s:]*$/i.test(node.value.slice(0, at))) {
      node.value = node.value.slice(0, at) + iso + node.value.slice(at + raw.length);
      return;
    }
  }
}
