// Bundles the command and the library into dist/ with esbuild: one file each, so `minutes` starts fast.
import { readFile, rm } from 'node:fs/promises';
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

await build({ ...shared, entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'lint-worker': 'src/cli/lint-worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
