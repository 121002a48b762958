// remark-cli's configuration for the benchmark: the same syntax as minutes, and our front-matter schema
// checked by remark-lint-frontmatter-schema (bench/run.mjs writes the copy it reads to bench/.tmp, without `$schema`,
// since that plugin's ajv speaks draft-07).
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    remarkGfm,
    [remarkLintFrontmatterSchema, { schemas: { './bench/.tmp/front-matter.schema.json': ['**/*.md'] } }],
  ],
};
