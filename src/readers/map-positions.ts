/**
 * Positions in minutes read through a reader point into the file the person has, not into the canonical
 * text the reader made of it: every diagnostic, model line and series place is carried back through the
 * reader's SourceMap here, and nowhere else. A range inside text copied from the source maps exactly (and
 * keeps its subject); a range over text the reader wrote maps to the place it was made from (a title taken
 * from the file name: line 1), without a subject; fixes are dropped, since they edit the canonical text.
 */
import { location } from 'vfile-location';
import type { Diagnostic } from '../lint/diagnostic.js';
import { compareDiagnostics } from '../lint/diagnostic.js';
import type { Range } from '../model/build.js';
import type { ParsedMinutes } from '../model/parse.js';
import { type MeetingRecord, meetingRecord } from '../series/record.js';
import type { Minutes } from '../schemas/generated/minutes.js';
import type { ReadResult } from './reader.js';

export interface MappedRange {
  range: Range;
  /** Both ends lie in one piece copied from the source: the source text there is the canonical text. */
  exact: boolean;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Converts offsets and lines of a reader's canonical text to offsets, lines and columns of its source. */
export class SourcePositions {
  private readonly source: ReturnType<typeof location>;
  private readonly canonical: ReturnType<typeof location>;

  constructor(readonly read: Pick<ReadResult, 'text' | 'map' | 'source'>) {
    this.source = location(read.source);
    this.canonical = location(read.text);
  }

  range(start: number, end: number): MappedRange {
    const { range, exact } = this.read.map.rangeToSource(start, end);
    const from = this.source.toPoint(range[0]) ?? { line: 1, column: 1 };
    const to = this.source.toPoint(range[1]) ?? from;
    return { range, exact, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  /** The source line of a line of the canonical text: where the text that starts it came from. */
  line(canonicalLine: number): number {
    const offset = this.canonical.toOffset({ line: canonicalLine, column: 1 });
    if (offset === undefined) return 1;
    return this.source.toPoint(this.read.map.toSource(offset))?.line ?? 1;
  }

  /** The source text of a mapped range, when the mapping is exact and the range not empty. */
  textOf(mapped: MappedRange): string | null {
    return mapped.exact && mapped.range[1] > mapped.range[0] ? this.read.source.slice(mapped.range[0], mapped.range[1]) : null;
  }
}

/** Diagnostics of the canonical text, placed in the source; sorted again, since mapping can change the order. */
export function mapDiagnostics(diagnostics: readonly Diagnostic[], positions: SourcePositions): Diagnostic[] {
  return diagnostics
    .map((diagnostic) => {
      const mapped = positions.range(diagnostic.range[0], diagnostic.range[1]);
      const { fix: _fix, ...rest } = diagnostic;
      return {
        ...rest,
        line: mapped.line,
        column: mapped.column,
        endLine: mapped.endLine,
        endColumn: mapped.endColumn,
        range: mapped.range,
        subject: diagnostic.subject !== null && mapped.exact ? positions.read.source.slice(mapped.range[0], mapped.range[1]) : null,
      };
    })
    .sort(compareDiagnostics);
}

/** Replaces, in place, every `line` of the model (items, actions, decisions, dates, sections, definitions) by the source line. */
export function mapModelLines(model: Minutes, positions: SourcePositions): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.line === 'number') record.line = positions.line(record.line);
      for (const [key, entry] of Object.entries(record)) if (key !== 'meta' && key !== 'actors' && typeof entry === 'object') visit(entry);
    }
  };
  visit(model.preamble);
  visit(model.sections);
  visit(model.items);
  visit(model.definitions);
}

/** A place of the canonical text (a series record's `Place`: range, lines, columns and text) moved into the source. */
function mapPlace<T extends { range: Range; line: number; column: number; endLine: number; endColumn: number; text: string | null }>(place: T, positions: SourcePositions): T {
  const mapped = positions.range(place.range[0], place.range[1]);
  return { ...place, range: mapped.range, line: mapped.line, column: mapped.column, endLine: mapped.endLine, endColumn: mapped.endColumn, text: positions.textOf(mapped) };
}

const isRange = (value: unknown): value is Range => Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number';

/**
 * A series record of a file read through a reader (src/series/record.ts), its places moved into the
 * source: every place (an object with a `range` and a `column`), every directive switch (`line` and
 * `endLine`), every bare range. Lines of entries taken from the model (deadlines, decisions) are left as
 * they are: the model's lines are mapped when the file is read (mapModelLines).
 */
function mapRecordPlaces<T>(value: T, positions: SourcePositions): T {
  if (Array.isArray(value)) return value.map((entry) => mapRecordPlaces(entry, positions)) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (isRange(record.range) && typeof record.column === 'number' && typeof record.line === 'number') {
    return mapPlace(record as unknown as Parameters<typeof mapPlace>[0], positions) as T;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(record)) copy[key] = mapRecordPlaces(entry, positions);
  if (isRange(record.range)) copy.range = positions.range(record.range[0], record.range[1]).range;
  if (typeof record.line === 'number' && typeof record.endLine === 'number') {
    copy.line = positions.line(record.line);
    copy.endLine = positions.line(record.endLine);
  }
  return copy as T;
}

/** The way back to the source of minutes read through a reader other than the native one. */
const positionsByParse = new WeakMap<ParsedMinutes, SourcePositions>();

export function rememberPositions(parsed: ParsedMinutes, positions: SourcePositions): void {
  positionsByParse.set(parsed, positions);
}

/** The positions of a file read through a reader (readers/read.ts); null for a file read as native minutes. */
export function sourcePositionsOf(parsed: ParsedMinutes): SourcePositions | null {
  return positionsByParse.get(parsed) ?? null;
}

/** The series record of a parsed file, its places in the file as written (read through a reader or not). */
export function meetingRecordOf(parsed: ParsedMinutes): MeetingRecord {
  const positions = sourcePositionsOf(parsed);
  const record = meetingRecord(parsed);
  return positions ? mapRecordPlaces(record, positions) : record;
}
