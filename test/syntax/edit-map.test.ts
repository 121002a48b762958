import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { EditMap } from '../../src/syntax/markdown-edit-map.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { nativeFixtures, ROOT } from '../helpers.js';

// The original as micromark installs it, by path: the bare name is aliased to the drop-in
// (vitest.config.ts), as in the build. micromark's own copy wins over the top-level one.
const ORIGINAL = [path.join(ROOT, 'node_modules', 'micromark', 'node_modules', 'micromark-util-edit-map'), path.join(ROOT, 'node_modules', 'micromark-util-edit-map')].find((dir) => existsSync(dir))!;
const { EditMap: OriginalEditMap } = (await import(pathToFileURL(path.join(ORIGINAL, 'index.js')).href)) as { EditMap: typeof EditMap };

type Operation = { kind: 'add' | 'addBefore'; at: number; remove: number; add: unknown[] } | { kind: 'consume'; events: unknown[] };

/** Records every call micromark makes on the drop-in while `parse` runs, one log per edit map. */
function recordCalls(parse: () => void): Operation[][] {
  const logs = new Map<EditMap, Operation[]>();
  const log = (map: EditMap) => logs.get(map) ?? logs.set(map, []).get(map)!;
  const { add, addBefore, consume } = EditMap.prototype;
  EditMap.prototype.add = function (at, remove, items) {
    log(this).push({ kind: 'add', at, remove, add: [...items] });
    add.call(this, at, remove, items);
  };
  EditMap.prototype.addBefore = function (at, remove, items) {
    log(this).push({ kind: 'addBefore', at, remove, add: [...items] });
    addBefore.call(this, at, remove, items);
  };
  EditMap.prototype.consume = function (events) {
    log(this).push({ kind: 'consume', events: [...events] });
    consume.call(this, events);
  };
  try {
    parse();
  } finally {
    Object.assign(EditMap.prototype, { add, addBefore, consume });
  }
  return [...logs.values()];
}

/** Replays one edit map's calls on a class and returns the event lists each `consume` left. */
function replay(Class: typeof EditMap, operations: Operation[]): unknown[][] {
  const map = new Class();
  const results: unknown[][] = [];
  for (const operation of operations) {
    if (operation.kind === 'consume') {
      const events = [...operation.events];
      map.consume(events as never);
      results.push(events);
    } else {
      map[operation.kind](operation.at, operation.remove, [...operation.add] as never);
    }
  }
  return results;
}

describe('the linear drop-in for micromark-util-edit-map (src/syntax/markdown-edit-map.ts)', () => {
  it('replaces the version it was written from: review it against a new one before changing this', async () => {
    const manifest = JSON.parse(await readFile(path.join(ORIGINAL, 'package.json'), 'utf8'));
    expect(manifest.version).toBe('1.0.0');
  });

  it('leaves exactly the events the original leaves, for every edit micromark makes on the fixtures and on many lists and quotes', async () => {
    const samples = [
      ...(await Promise.all((await nativeFixtures()).map((file) => readFile(file, 'utf8')))),
      Array.from({ length: 300 }, (_, i) => `- item ${i}\n\n> quote ${i}\n\n1. one\n   - nested *x* [link](y)\n`).join('\n'),
      '> a\n> > b\n> > > c\n\n- [ ] task\n  - [x] done\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nText[^1].\n\n[^1]: Note.\n',
    ];
    let compared = 0;
    for (const sample of samples) {
      for (const operations of recordCalls(() => parseMarkdown(sample))) {
        const ours = replay(EditMap, operations);
        const original = replay(OriginalEditMap, operations);
        expect(ours.length).toBe(original.length);
        ours.forEach((events, index) => {
          expect(events.length).toBe(original[index]!.length);
          expect(events.every((event, at) => event === original[index]![at])).toBe(true);
        });
        compared += ours.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
