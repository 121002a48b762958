import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:fuzz`: many more property-test cases, and the heaviest hostile inputs.
export default defineConfig({
  resolve: {
    alias: { 'micromark-util-edit-map': fileURLToPath(new URL('src/markdown-edit-map.ts', import.meta.url)) },
  },
  test: {
    include: ['test/properties.test.ts', 'test/fuzz/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    env: { FC_RUNS: process.env.FC_RUNS ?? '3000' },
  },
});
