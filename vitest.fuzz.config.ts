import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run test:fuzz`: many more property-test cases, and the heaviest hostile inputs.
export default defineConfig({
  // The same aliases as `npm test` (vitest.config.ts).
  resolve: base.resolve,
  test: {
    // micromark and what imports it are transformed by vitest (not loaded by Node as they are), so that the alias above reaches it.
    server: { deps: { inline: [/remark-parse/, /mdast-util-from-markdown/, /micromark/] } },
    include: ['test/properties.test.ts', 'test/syntax/incremental.test.ts', 'test/fuzz/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    env: { FC_RUNS: process.env.FC_RUNS ?? '3000' },
  },
});
