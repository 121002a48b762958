import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// The heaviest hostile inputs: `npm run test:fuzz`. Each command must finish (the test's timeout bounds
// it), exit 0 or 1, and print no stack trace.
const COMMANDS = [
  ['lint', '--quiet'],
  ['export', '--format', 'json'],
  ['export', '--format', 'md'],
  ['export', '--format', 'html'],
  ['actions', '--status', 'all'],
  ['fmt', '--check'],
];

describe('inputs built to exhaust, through every command', () => {
  let dir: string;
  const front = '---\ntitle: Big\ndate: 2019-04-04\nactors:\n  COM: European Commission\n---\n\n';
  const paragraph = `${'COM reminded about the grant call still being open until April 11. Member States shared materials on 13 March. '.repeat(8)}\n`;
  const cases: Record<string, () => string> = {
    'long-line.md': () => `${front}## 1. A\n\n${'word COM 11 April '.repeat(60_000)}\n`,
    'many-lists.md': () => front + Array.from({ length: 20_000 }, (_, i) => `## ${i + 1}. Item\n\n- [ ] COM: Act (due 2019-05-01)\n\n`).join(''),
    'headings.md': () => front + Array.from({ length: 100_000 }, (_, i) => `## ${i + 1}. H${i}\n\n`).join(''),
    'twenty-megabytes.md': () => {
      const parts = [front];
      let size = front.length;
      for (let n = 1; size < 20_000_000; n++) {
        const part = `## ${n}. Item ${n}\n\n${paragraph}\n- [ ] COM: Act on item ${n} (due 2019-05-01)\n\n`;
        parts.push(part);
        size += part.length;
      }
      return parts.join('');
    },
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'minutes-heavy-'));
    for (const [name, make] of Object.entries(cases)) await writeFile(path.join(dir, name), make());
  });

  it.each(Object.keys(cases))('%s', async (name) => {
    for (const command of COMMANDS) {
      const started = Date.now();
      const { code, stderr } = await runBin([...command, path.join(dir, name)]);
      expect(stderr, command.join(' ')).not.toMatch(/internal error|\n\s+at \S+ \(/);
      expect([0, 1], `${command.join(' ')}: ${stderr}`).toContain(code);
      console.log(`${name} ${command.join(' ')}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }, 600_000);
});
