import { isMap, isScalar, type Document } from 'yaml';
import { frontMatterSchema } from '../schemas/schemas.js';

const KEY_ORDER = new Map(Object.keys(frontMatterSchema.properties).map((key, index) => [key, index]));

/**
 * The front matter in canonical form: keys in the schema's order (extension and unknown keys after, as
 * they were), comments and quoting kept, no line folding. (A meeting date written as words becomes
 * YYYY-MM-DD by the front-matter rule's fix, before.)
 */
export function canonicalFrontMatter(document: Document.Parsed): string {
  const copy = document.clone();
  const contents = copy.contents;
  if (isMap(contents)) {
    const rank = (key: unknown) => KEY_ORDER.get(String(isScalar(key) ? key.value : key)) ?? KEY_ORDER.size;
    // Array.prototype.sort is stable: keys of the same rank keep their order.
    contents.items.sort((a, b) => rank(a.key) - rank(b.key));
  }
  return copy.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}
