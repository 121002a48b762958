import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import type { ParsedMinutes } from '../model/parse.js';
import { remarkMinutesSyntax } from '../syntax/markdown-syntax.js';
import { canonicalFrontMatter } from './front-matter-yaml.js';
import { safetyHandlers, withSource } from './markdown-safety.js';

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

/**
 * A processor that serializes an mdast tree (with its front matter) as canonical Markdown, with extra
 * options if given; extra handlers go over the safety handlers of markdown-safety.ts, which keep the
 * source's escapes where a GFM reader would otherwise see a link (for trees registered with their source).
 */
export function canonicalStringifierWith(extra: StringifyOptions = {}) {
  return unified()
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkMinutesSyntax)
    .use(remarkStringify, { ...CANONICAL_OPTIONS, ...extra, handlers: { ...safetyHandlers, ...extra.handlers } })
    .freeze();
}

const canonicalStringifier = canonicalStringifierWith();

/**
 * The canonical Markdown of a parsed file, as it stands: front matter keys in the schema's order, and
 * everything else as remark-stringify writes it with CANONICAL_OPTIONS. What `minutes fmt` corrects
 * (numbers, due dates) is corrected before, by the rules' own fixes: see format.ts.
 */
export function renderMarkdown(parsed: ParsedMinutes): string {
  const front = parsed.tree.children[0];
  if (front?.type !== 'yaml' || !parsed.frontMatter) return canonicalStringifier.stringify(withSource(parsed.tree, parsed.text));
  // A shallow copy of the root: the parse's own tree is left as it was.
  const yaml = { ...front, value: canonicalFrontMatter(parsed.frontMatter.document) };
  return canonicalStringifier.stringify(withSource({ ...parsed.tree, children: [yaml, ...parsed.tree.children.slice(1)] }, parsed.text));
}
