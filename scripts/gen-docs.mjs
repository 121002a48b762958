// Generates the rules' documentation from their metadata (src/lint/rules/): docs/rules.md and the rule
// table of README.md (between its markers). `npm run gen:docs` writes them; test/lint/rules.test.ts fails
// when either has drifted.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadSource } from './load-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { RULES } = await loadSource('src/lint/rules/index.ts');
const { rulesDocument, rulesTable, TABLE_START, TABLE_END } = await loadSource('src/lint/rules/docs.ts');

await writeFile(`${root}docs/rules.md`, rulesDocument(RULES));
const readme = await readFile(`${root}README.md`, 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start === -1 || end === -1) throw new Error(`README.md has no ${TABLE_START} … ${TABLE_END} markers`);
await writeFile(`${root}README.md`, `${readme.slice(0, start + TABLE_START.length)}\n${rulesTable(RULES)}\n${readme.slice(end)}`);
console.log('wrote docs/rules.md and the rule table of README.md');
