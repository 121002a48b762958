// The parse floor: what any tool built on remark pays to read the corpus, one file after another —
// unified + remark-parse + remark-frontmatter + remark-gfm, and yaml for the front matter.
// `node bench/floor.mjs DIR`
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const entries = await readdir(process.argv[2], { recursive: true, withFileTypes: true });
const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => path.join(entry.parentPath, entry.name)).sort();
let nodes = 0;
for (const file of files) {
  const tree = processor.parse(await readFile(file, 'utf8'));
  const front = tree.children[0];
  if (front?.type === 'yaml') parseYaml(front.value);
  nodes += tree.children.length;
}
console.log(`${files.length} files, ${nodes} top-level nodes`);
