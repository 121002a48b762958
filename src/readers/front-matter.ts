import { Document, isScalar, isSeq, visit } from 'yaml';
import type { ActorRegistry } from '../model/actors.js';
import { CanonicalWriter, type SourceMap } from './source-map.js';

/** A key of the front matter a reader writes, with the place in the source it was read from (0: inferred, line 1). */
export interface FrontMatterField {
  key: string;
  value: unknown;
  anchor: number;
}

/**
 * Writes the front matter of canonical minutes, key by key, each key written from its anchor (so that a
 * finding about it points at the source line it was read from). YAML is written by the YAML library:
 * lists of names and actor entries in flow style, nothing folded.
 */
function writeFrontMatter(writer: CanonicalWriter, fields: readonly FrontMatterField[]): void {
  writer.write('---\n', 0);
  for (const { key, value, anchor } of fields) {
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const document = new Document({ [key]: value });
    visit(document, {
      Seq(_, node) {
        if (node.items.every((item) => isScalar(item))) node.flow = true;
      },
      Map(_, node, path) {
        // Actor entries: `GK: { name: Gregg Kellogg, aliases: [gkellogg] }`.
        if (key === 'actors' && path.length > 3 && node.items.every((pair) => isScalar(pair.value) || isSeq(pair.value))) node.flow = true;
      },
    });
    writer.write(document.toString({ lineWidth: 0, flowCollectionPadding: false }), anchor);
  }
  writer.write('---\n', 0);
}

/** The registry in the short form: a name alone when the actor has no aliases. */
export function registryValue(registry: ActorRegistry): Record<string, unknown> | undefined {
  const entries = Object.entries(registry);
  if (entries.length === 0) return undefined;
  const value: Record<string, unknown> = {};
  for (const [code, actor] of entries) {
    Object.defineProperty(value, code, { value: actor.aliases.length ? { name: actor.name, aliases: actor.aliases } : actor.name, enumerable: true, writable: true, configurable: true });
  }
  return value;
}

/**
 * Canonical minutes: the front matter, a blank line, and a body written before it (a reader learns the
 * people and the date while it writes the body), with one map over both.
 */
export function withFrontMatter(source: string, fields: readonly FrontMatterField[], body: { text: string; map: SourceMap }): { text: string; map: SourceMap } {
  const writer = new CanonicalWriter(source);
  writeFrontMatter(writer, fields);
  writer.write('\n', 0);
  for (const piece of body.map.pieces) {
    if (piece.copied) writer.copy(piece.sourceStart, piece.sourceEnd);
    else writer.write(body.text.slice(piece.start, piece.end), piece.sourceStart);
  }
  return writer.finish();
}
