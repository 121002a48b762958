#!/usr/bin/env node
// The built command: `npm install` (prepare) or `npm run build` writes dist/ from src/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('minutes: dist/cli.js is missing; run `npm run build` (npm install does it) first\n');
  process.exit(2);
}
await import(entry.href);
