// Generates src/generated/<name>.ts from each of the JSON Schemas in schemas/, the public contract.
// `npm run gen:types` writes them; test/schema-types.test.ts fails when a committed file has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMAS = ['front-matter', 'minutes', 'config', 'actions'];
export const outputPath = (name) => `${root}src/generated/${name}.ts`;

/** Map from schema name to the TypeScript source generated from it. */
export async function generateTypes() {
  const out = new Map();
  for (const name of SCHEMAS) {
    let schema;
    try {
      schema = JSON.parse(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'));
    } catch (error) {
      if (error.code === 'ENOENT') continue;
      throw error;
    }
    const ts = await compile(schema, schema.title, {
      bannerComment: `// Generated from schemas/${name}.schema.json by scripts/gen-types.mjs: do not edit, run \`npm run gen:types\`.`,
      additionalProperties: false,
      unreachableDefinitions: true,
      declareExternallyReferenced: true,
      cwd: `${root}schemas`,
      format: true,
      style: { singleQuote: true, printWidth: 110 },
    });
    out.set(name, ts);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, ts] of await generateTypes()) {
    await writeFile(outputPath(name), ts);
    console.log(`wrote ${outputPath(name)}`);
  }
}
