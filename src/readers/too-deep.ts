import { deepestLineNesting, MAX_NESTING } from '../syntax/markdown.js';
import type { ReadResult } from './reader.js';
import { CanonicalWriter } from './source-map.js';

/**
 * A Markdown source whose lists and quotes nest too deeply to parse in bounded time: copied as it is, so
 * that the native parser refuses it with its line, as it refuses any such file. Null when it can be read.
 */
export function copiedIfTooDeep(source: string): ReadResult | null {
  if (deepestLineNesting(source).depth <= MAX_NESTING) return null;
  return { ...new CanonicalWriter(source).copy(0, source.length).finish(), source, notes: [] };
}
