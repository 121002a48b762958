// Bundles the command and the library into dist/ with esbuild: one file each, so `minutes` starts fast.
// Then writes the library's type declarations beside them with TypeScript (the `types` of package.json).
import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // src/dates.ts picks chrono's parsers by their class names.
  keepNames: true,
  logLevel: 'warning',
  define: { MINUTES_VERSION: JSON.stringify(pkg.version) },
  // A linear drop-in for micromark's edit map: see src/markdown-edit-map.ts.
  alias: { 'micromark-util-edit-map': './src/syntax/markdown-edit-map.ts' },
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await build({ ...shared, entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'file-worker': 'src/cli/file-worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });

// Declarations only, for src/index.ts and what it imports (tsconfig.build.json). Like esbuild, this does not
// type-check (`noCheck`): `npm run typecheck` does, and the package test type-checks a consumer against them.
const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
try {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
} catch {
  process.stderr.write('build: the type declarations (tsc -p tsconfig.build.json) failed; see the errors above\n');
  process.exit(1);
}

// TypeScript 7 drops the `with { type: 'json' }` of JSON imports from declarations, and a consumer's
// `module: NodeNext` refuses a JSON import without it (TS1543): put it back.
for (const entry of await readdir(new URL('../dist', import.meta.url), { recursive: true })) {
  if (!entry.endsWith('.d.ts')) continue;
  const file = path.join(root, 'dist', entry);
  const text = await readFile(file, 'utf8');
  const fixed = text.replace(/^(import [^;\n]+ from '[^'\n]+\.json');$/gm, "$1 with { type: 'json' };");
  if (fixed !== text) await writeFile(file, fixed);
}
