// Generates, from the rule registry and the JSON Schemas in schemas/ (the public contract):
// - the `rules` keys of schemas/config.schema.json, one per rule of src/lint/rules/index.ts;
// - src/schemas/generated/<name>.ts: the TypeScript types of each schema (json-schema-to-typescript);
// - src/schemas/generated/validators.ts: standalone validators for the front matter and the configuration
//   (ajv with ajv-errors), so that `minutes lint` does not compile schemas at every start.
// `npm run gen:types` writes them; test/schema-types.test.ts fails when a committed file has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvErrors from 'ajv-errors';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { loadSource } from './load-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMAS = ['front-matter', 'minutes', 'config', 'actions', 'register'];
export const outputPath = (name) => `${root}src/schemas/generated/${name}.ts`;
export const schemaPath = (name) => `${root}schemas/${name}.schema.json`;

const readSchema = async (name) => JSON.parse(await readFile(schemaPath(name), 'utf8'));

/** schemas/config.schema.json with one `rules` key per rule that a configuration may set. */
export async function generateConfigSchema() {
  const { RULES } = await loadSource('src/lint/rules/index.ts');
  const schema = await readSchema('config');
  const properties = {};
  for (const rule of RULES.filter((rule) => rule.id !== 'parse-error')) {
    properties[rule.id] = rule.options
      ? {
          description: rule.description,
          anyOf: [{ $ref: '#/$defs/setting' }, { type: 'array', prefixItems: [{ $ref: '#/$defs/setting' }, rule.options.schema], minItems: 2, items: false }],
          errorMessage: { anyOf: 'must be off, warn or error, or [severity, options] with the options docs/rules.md lists' },
        }
      : { $ref: '#/$defs/setting', description: rule.description };
  }
  schema.properties.rules = {
    type: 'object',
    description: 'Rule ids mapped to off, warn or error (`minutes rules` lists them).',
    properties,
    additionalProperties: false,
  };
  schema.$defs = { ...schema.$defs, setting: { enum: ['off', 'warn', 'error'] } };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Map from output name (a file in src/schemas/generated/) to its generated source. */
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
  ajvErrors(ajv);
  ajv.addSchema(frontMatter);
  ajv.addSchema(config);
  const code = standaloneCode(ajv, { validateFrontMatter: frontMatter.$id, validateConfig: config.$id });
  return `// Generated from schemas/front-matter.schema.json and schemas/config.schema.json by scripts/gen-types.mjs:\n// do not edit, run \`npm run gen:types\`.\n// @ts-nocheck\n/* eslint-disable */\n${code}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(schemaPath('config'), await generateConfigSchema());
  console.log(`wrote ${schemaPath('config')}`);
  for (const [name, source] of await generateTypes()) {
    await writeFile(outputPath(name), source);
    console.log(`wrote ${outputPath(name)}`);
  }
}
