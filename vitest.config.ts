import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The same linear drop-in for micromark's edit map as the build uses: see src/syntax/markdown-edit-map.ts.
    alias: [
      { find: 'micromark-util-edit-map', replacement: fileURLToPath(new URL('src/syntax/markdown-edit-map.ts', import.meta.url)) },
      // chrono-node's locales by their subpath (`chrono-node/de`), which Node and esbuild resolve through the
      // package's `exports` pattern and vitest's resolver does not find.
      { find: /^chrono-node\/(\w+)$/, replacement: fileURLToPath(new URL('node_modules/chrono-node/dist/esm/locales/$1/index.js', import.meta.url)) },
    ],
  },
  test: {
    // micromark and what imports it are transformed by vitest (not loaded by Node as they are), so that the alias above reaches it.
    server: { deps: { inline: [/remark-parse/, /mdast-util-from-markdown/, /micromark/] } },
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Property tests print their seed on failure; keep the runs of `npm test` reproducible.
    reporters: ['default'],
  },
});
