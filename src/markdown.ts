import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

/** The Markdown syntax minutes are written in: CommonMark, GFM (task lists, tables, autolinks) and YAML front matter. */
export const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  return markdownParser.parse(text);
}
