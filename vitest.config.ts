import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The same linear drop-in for micromark's edit map as the build uses: see src/markdown-edit-map.ts.
    alias: { 'micromark-util-edit-map': fileURLToPath(new URL('src/markdown-edit-map.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Property tests print their seed on failure; keep the runs of `npm test` reproducible.
    reporters: ['default'],
  },
});
