import { suggestedTask, untrackedFollowUps } from '../../lint/rules/untracked-follow-up.js';
import { parseMinutes, type ParseOptions } from '../../model/parse.js';
import type { ReadResult } from '../reader.js';
import { CanonicalWriter } from '../source-map.js';

/** Markdown syntax in words taken from prose, escaped as the task line is written. */
const escapeTaskText = (text: string) => text.replace(/[\\`*_[\]<>~|]/g, '\\$&').replace(/\{#/g, '\\{#');

/**
 * `minutes import --infer-actions`: the follow-ups that the `untracked-follow-up` rule finds in the
 * minutes a reader made ("Member States were invited to share …"), written as open task items after the
 * paragraph that records each (`- [ ] MS: Share …`). The map keeps pointing into the source: the task
 * lines are written text anchored at their sentence.
 */
export function inferActions(read: ReadResult, options: ParseOptions = {}): { read: ReadResult; count: number } {
  const parsed = parseMinutes(read.text, options);
  if (!parsed.ok) return { read, count: 0 };
  const followUps = untrackedFollowUps(parsed);
  if (followUps.length === 0) return { read, count: 0 };
  const insertions = new Map<number, string[]>();
  for (const followUp of followUps) {
    const lines = insertions.get(followUp.blockEnd) ?? [];
    const task = suggestedTask({ owners: followUp.owners, text: escapeTaskText(followUp.text) });
    if (!lines.includes(task)) lines.push(task);
    insertions.set(followUp.blockEnd, lines);
  }
  const points = [...insertions.keys()].sort((a, b) => a - b);
  const writer = new CanonicalWriter(read.source);
  let next = 0;
  const insertBefore = (offset: number) => {
    while (next < points.length && points[next]! <= offset) {
      const at = points[next]!;
      writer.write(`\n\n${insertions.get(at)!.join('\n')}`, read.map.toSource(Math.max(0, at - 1)));
      next++;
    }
  };
  for (const piece of read.map.pieces) {
    // Cut the piece where task lines go in.
    let from = piece.start;
    for (const point of points) {
      if (point <= from || point > piece.end) continue;
      emit(writer, read, piece, from, point);
      insertBefore(point);
      from = point;
    }
    if (from < piece.end) emit(writer, read, piece, from, piece.end);
  }
  insertBefore(Number.POSITIVE_INFINITY);
  const { text, map } = writer.finish();
  return { read: { ...read, text, map }, count: followUps.length };
}

function emit(writer: CanonicalWriter, read: ReadResult, piece: ReadResult['map']['pieces'][number], from: number, to: number): void {
  if (to <= from) return;
  if (piece.copied) writer.copy(piece.sourceStart + (from - piece.start), piece.sourceStart + (to - piece.start));
  else writer.write(read.text.slice(from, to), piece.sourceStart);
}
