// Generates, from the JSON Schemas in schemas/ (the public contract):
// - src/generated/<name>.ts: the TypeScript types of each schema (json-schema-to-typescript);
// - src/generated/validators.ts: standalone validators for the front matter and the configuration (ajv),
//   so that `minutes lint` does not compile schemas at every start.
// `npm run gen:types` writes them; test/schema-types.test.ts fails when a committed file has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMAS = ['front-matter', 'minutes', 'config', 'actions'];
export const outputPath = (name) => `${root}src/generated/${name}.ts`;

const readSchema = async (name) => JSON.parse(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'));

/** Map from output name (a file in src/generated/) to its generated source. */
export async function generateTypes() {
  const out = new Map();
  for (const name of SCHEMAS) {
    const schema = await readSchema(name);
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
  out.set('validators', await generateValidators());
  return out;
}

async function generateValidators() {
  const frontMatter = await readSchema('front-matter');
  const config = await readSchema('config');
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    // Count string lengths in UTF-16 units: the generated code then needs no runtime helper module.
    unicode: false,
    code: { source: true, esm: true },
    logger: { log() {}, warn() {}, error: console.error },
  });
  ajv.addSchema(frontMatter);
  ajv.addSchema(config);
  const code = standaloneCode(ajv, { validateFrontMatter: frontMatter.$id, validateConfig: config.$id });
  return `// Generated from schemas/front-matter.schema.json and schemas/config.schema.json by scripts/gen-types.mjs:\n// do not edit, run \`npm run gen:types\`.\n// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [name, source] of await generateTypes()) {
    await writeFile(outputPath(name), source);
    console.log(`wrote ${outputPath(name)}`);
  }
}
