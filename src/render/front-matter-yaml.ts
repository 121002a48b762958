import { isMap, isScalar, type Document } from 'yaml';
import { isIsoShaped, readDate } from '../dates.js';
import { frontMatterSchema } from '../schemas.js';

const KEY_ORDER = new Map(Object.keys(frontMatterSchema.properties).map((key, index) => [key, index]));

/**
 * The front matter in canonical form: keys in the schema's order (extension and unknown keys after, as
 * they were), the meeting date as YYYY-MM-DD, comments and quoting kept, no line folding.
 */
export function canonicalFrontMatter(document: Document.Parsed): string {
  const copy = document.clone();
  const contents = copy.contents;
  if (isMap(contents)) {
    const rank = (key: unknown) => KEY_ORDER.get(String(isScalar(key) ? key.value : key)) ?? KEY_ORDER.size;
    // Array.prototype.sort is stable: keys of the same rank keep their order.
    contents.items.sort((a, b) => rank(a.key) - rank(b.key));
    const date = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'date');
    if (date && isScalar(date.value) && typeof date.value.value === 'string' && !isIsoShaped(date.value.value)) {
      const reading = readDate(date.value.value, null);
      if (reading.ok) {
        date.value.value = reading.date;
        date.value.type = 'PLAIN';
      }
    }
  }
  return copy.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '');
}
