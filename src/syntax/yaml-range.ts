import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';

/**
 * Offsets, in the YAML text, of the node at `path` (segments as in ajv's `instancePath`): its value, or
 * with `key` the key of the last segment. Stops at the deepest node that exists, so a missing key points
 * at the mapping that should hold it.
 */
export function yamlRange(
  document: Document,
  path: readonly (string | number)[],
  target: 'value' | 'key' = 'value',
): [number, number] | null {
  let node: unknown = document.contents;
  let keyNode: YamlNode | null = null;
  for (const segment of path) {
    keyNode = null;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as YamlNode;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const next = node.items[Number(segment)];
      if (next === undefined) break;
      node = next;
    } else {
      break;
    }
  }
  const chosen = target === 'key' && keyNode ? keyNode : (node as YamlNode | null);
  const range = chosen?.range;
  return range ? [range[0], range[1]] : null;
}
