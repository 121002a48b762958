/**
 * A drop-in for micromark-util-edit-map 1.0.0, aliased in its place by the build (scripts/build.mjs) and
 * the tests (vitest.config.ts). Same behaviour, one change: `consume` leaves the events before the first
 * edit where they are, instead of copying the whole list and pushing it back. micromark calls it each
 * time a list or quote closes, with edits near the end, so the original made a document with many lists
 * quadratic (20,000 one-item lists took 100 s to parse); this is linear in what changes.
 */
import type { Event } from 'micromark-util-types';

type Change = [at: number, remove: number, add: Event[]];

export class EditMap {
  index = new Map<number, Change>();
  map: Change[] = [];

  /** Create an edit: remove `remove` items at `index` and insert `add` there. */
  add(index: number, remove: number, add: Event[]): void {
    addImplementation(this, index, remove, add, false);
  }

  /** Like `add`, but insert before existing additions at the same index. */
  addBefore(index: number, remove: number, add: Event[]): void {
    addImplementation(this, index, remove, add, true);
  }

  /** Apply the edits to `events`, in place. */
  consume(events: Event[]): void {
    this.map.sort((a, b) => a[0] - b[0]);
    if (this.map.length === 0) return;
    const vecs: Event[][] = [];
    for (let index = this.map.length - 1; index >= 0; index--) {
      const [at, remove, add] = this.map[index]!;
      vecs.push(events.slice(at + remove), add);
      events.length = at;
    }
    // `events` now holds the untouched prefix: append the rest after it.
    for (let slice = vecs.pop(); slice; slice = vecs.pop()) {
      for (const element of slice) events.push(element);
    }
    this.map.length = 0;
    this.index.clear();
  }
}

function addImplementation(editMap: EditMap, at: number, remove: number, add: Event[], before: boolean): void {
  if (remove === 0 && add.length === 0) return;
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change: Change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}
