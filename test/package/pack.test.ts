// The package a secretariat installs: `npm pack` it, install the tarball into an empty project, and run
// there the commands of the README's section on using minutes in a repository of minutes. This needs
// the npm registry (for the package's dependencies).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { bash, codeBlocks, readRootFile, run, SEED_ERRORS, SEED_NAME, section, show, USING_HEADING, userEnv, writeMinutes } from './project.js';

const pkg = JSON.parse(await readRootFile('package.json')) as { name: string; version: string; devDependencies: Record<string, string> };
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The README's commands, in order, with what each must give in a project whose `minutes/` holds the committee and the seed. */
const COMMANDS: { command: string; code: number; check?: (stdout: string, project: string) => void | Promise<void> }[] = [
  { command: `npm install --save-dev ${pkg.name}`, code: 0 },
  { command: 'npx minutes --version', code: 0, check: (stdout) => expect(stdout.trim()).toBe(pkg.version) },
  {
    command: 'npx minutes lint minutes/',
    code: 1,
    check: (stdout) => {
      expect(stdout).toContain(`minutes/${SEED_NAME}\n`);
      for (const line of SEED_ERRORS) expect(stdout).toContain(`  ${line}\n`);
      expect(stdout).toContain('✖ 4 problems (4 errors, 0 warnings)');
    },
  },
  { command: 'npx minutes fmt --check minutes/', code: 1, check: (stdout) => expect(stdout.trim()).toBe(`minutes/${SEED_NAME}`) },
  {
    command: 'npx minutes export minutes/*.md --format html -o site',
    code: 0,
    check: async (_stdout, project) => {
      const index = await readFile(path.join(project, 'site', 'index.html'), 'utf8');
      for (const page of ['2019-01-24', '2019-02-21', '2019-04-04', SEED_NAME.replace(/\.md$/, '')]) {
        expect(existsSync(path.join(project, 'site', `${page}.html`)), page).toBe(true);
        expect(index).toContain(`${page}.html`);
      }
    },
  },
  {
    command: 'npx minutes actions minutes/ --overdue',
    code: 0,
    check: (stdout) => {
      // Every due date of the fixtures is in 2019: all open entries are overdue.
      expect(stdout).toMatch(/^!\s+2019-02-15\s+MS\s+open\s+Nominate national contact points/m);
      expect(stdout).toMatch(/^(\d+) entries, \1 overdue \(!\)$/m);
    },
  },
];

let tmp: string;
let tarball: string;
let files: string[];

beforeAll(async () => {
  for (const built of ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts']) {
    if (!existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm test\` does)`);
  }
  tmp = await mkdtemp(path.join(tmpdir(), 'minutes-pack-'));
  // --ignore-scripts: dist/ is built (by `npm test`'s pretest); `prepare` would rebuild it under the other test files.
  const command = `npm pack --ignore-scripts --json --pack-destination ${tmp}`;
  const packed = await run('npm', command.split(' ').slice(1), { cwd: ROOT });
  expect(packed.code, show(command, packed)).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; size: number; files: { path: string }[] }[];
  tarball = path.join(tmp, info!.filename);
  files = info!.files.map((file) => file.path).sort();
  expect(info!.size, 'packed size').toBeLessThan(1_000_000);
}, 120_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships only what runs: the command, the bundles and their type declarations, the schemas and the docs', async () => {
    const outside = files.filter((file) => !/^(bin|dist|schemas|docs)\//.test(file) && !['package.json', 'README.md'].includes(file) && !/^LICEN[CS]E/.test(file));
    expect(outside).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    const schemas = (await readdir(path.join(ROOT, 'schemas'))).filter((name) => name.endsWith('.json'));
    expect(files.filter((file) => file.startsWith('schemas/'))).toEqual(schemas.map((name) => `schemas/${name}`).sort());
    expect(files).toEqual(expect.arrayContaining(['bin/minutes.js', 'dist/cli.js', 'dist/index.js', 'dist/file-worker.js', 'dist/index.d.ts', 'docs/rules.md', 'docs/ci.md']));
  });
});

describe('installed into an empty project', () => {
  let project: string;

  beforeAll(async () => {
    project = path.join(tmp, 'secretariat');
    await mkdir(project);
    const init = await run('npm', ['init', '-y'], { cwd: project });
    expect(init.code, show('npm init -y', init)).toBe(0);
    await writeMinutes(project, { seed: true });
  });

  it("runs the README's commands as the section says", { timeout: 240_000 }, async () => {
    const readme = section(await readRootFile('README.md'), USING_HEADING);
    const [block] = codeBlocks(readme, 'sh');
    expect(block?.trim().split('\n')).toEqual(COMMANDS.map((step) => step.command));
    // Never let npx fetch a package called `minutes` from the registry: the command must come from the install.
    const env = userEnv({ npm_config_yes: 'false', npm_config_audit: 'false', npm_config_fund: 'false' });
    for (const { command, code, check } of COMMANDS) {
      // The registry's `meeting-minutes` is this tarball.
      const script = command === `npm install --save-dev ${pkg.name}` ? `npm install --save-dev ${JSON.stringify(tarball)}` : command;
      const result = await bash(script, { cwd: project, env, timeout: 180_000 });
      expect(result.code, show(script, result)).toBe(code);
      // No dependency has an install script for npm 11 to hold back. The package's own `prepare` is listed
      // only because this install is from a file: npm counts `prepare` for git, folder and file sources,
      // not for the registry (npm help install-scripts).
      const held = [...result.stderr.matchAll(/^npm warn install-scripts {3}(\S+) \((\w+)/gm)].map((match) => `${match[1]} ${match[2]}`);
      expect(held.filter((entry) => entry !== `${pkg.name}@${pkg.version} prepare`), show(script, result)).toEqual([]);
      await check?.(result.stdout, project);
    }
    const manifest = JSON.parse(await readFile(path.join(project, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.devDependencies)).toEqual([pkg.name]);
    expect(existsSync(path.join(project, 'node_modules', '.bin', 'minutes'))).toBe(true);
  });

  it('serves the library with its type declarations, the schemas and package.json', { timeout: 60_000 }, async () => {
    // A consumer in TypeScript, type-checked with this project's compiler against the installed declarations,
    // strictly and with the declarations themselves checked (no skipLibCheck). Like this project it has
    // @types/node (chalk's declarations, which the reporters' use, need it).
    const types = `@types/node@${pkg.devDependencies['@types/node']}`;
    const install = await run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', types], { cwd: project, timeout: 120_000 });
    expect(install.code, show(`npm install --save-dev ${types}`, install)).toBe(0);
    await writeFile(
      path.join(project, 'consumer.mts'),
      `import { lintText, parseMinutes, RULES, type Diagnostic, type Minutes } from '${pkg.name}';

const text = '---\\ntitle: Test meeting\\ndate: 2019-04-04\\n---\\n\\n## 1. Opening\\n\\nText.\\n';
export const diagnostics: Diagnostic[] = lintText(text, { path: 'test.md', fix: true }).diagnostics;
const result = parseMinutes(text, { path: 'test.md' });
export const model: Minutes | null = result.ok ? result.model : null;
export const ids: string[] = RULES.map((rule) => rule.id);
// @ts-expect-error: a severity is 1 (warning) or 2 (error)
export const wrong: Diagnostic['severity'] = 3;
`,
    );
    await writeFile(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
        files: ['consumer.mts'],
      }),
    );
    const typecheck = await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project });
    expect(typecheck.code, show('tsc -p tsconfig.json', typecheck)).toBe(0);

    // The same at run time, with the subpaths the package exports.
    await writeFile(
      path.join(project, 'consumer.mjs'),
      `import { readFileSync } from 'node:fs';
import { lintText, RULES } from '${pkg.name}';

const read = (specifier) => JSON.parse(readFileSync(new URL(import.meta.resolve(specifier)), 'utf8'));
const { diagnostics } = lintText(readFileSync('minutes/${SEED_NAME}'), { path: 'minutes/${SEED_NAME}' });
console.log(JSON.stringify({
  errors: diagnostics.filter((d) => d.severity === 2).map((d) => \`\${d.line}:\${d.ruleId}\`),
  rules: RULES.length,
  schema: read('${pkg.name}/schemas/minutes.schema.json').$schema,
  version: read('${pkg.name}/package.json').version,
}));
`,
    );
    const runtime = await run(process.execPath, ['consumer.mjs'], { cwd: project });
    expect(runtime.code, show('node consumer.mjs', runtime)).toBe(0);
    const out = JSON.parse(runtime.stdout);
    expect(out).toMatchObject({ errors: ['128:numbering', '140:numbering', '163:numbering', '174:numbering'], version: pkg.version });
    expect(out.rules).toBeGreaterThan(10);
    expect(out.schema).toMatch(/json-schema\.org/);
  });
});
