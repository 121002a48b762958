import { parseDocument, type Document } from 'yaml';
import { yamlRange } from './yaml-range.js';
import type { Root, Yaml } from 'mdast';

/** The YAML block at the top of a minutes file, parsed, with what is needed to point into it. */
export interface FrontMatterBlock {
  node: Yaml;
  document: Document.Parsed;
  /** Offset in the whole file of the first character of the YAML text (after the opening `---`). */
  contentOffset: number;
  /** The parsed value: a plain object when the front matter is a mapping. */
  data: unknown;
}

interface YamlProblem {
  message: string;
  /** Offsets in the whole file. */
  start: number;
  end: number;
}

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; block: FrontMatterBlock }
  | { kind: 'error'; problem: YamlProblem };

// Bounds on what hostile YAML can make us build: aliases that expand exponentially, and deep nesting.
const MAX_ALIAS_COUNT = 100;

export function readFrontMatter(tree: Root, text: string): FrontMatterResult {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    return unclosedFence(text) ?? { kind: 'none' };
  }
  const start = node.position?.start.offset ?? 0;
  const lineEnd = /\r\n|\r|\n/.exec(text.slice(start, start + 64));
  const contentOffset = lineEnd ? start + lineEnd.index + lineEnd[0].length : text.length;
  // The YAML parser knows LF and CRLF; a lone CR (old Mac files) becomes LF, which keeps every offset.
  const document = parseDocument(node.value.replace(/\r(?!\n)/g, '\n'), {
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
  });
  const error = document.errors[0];
  if (error) {
    // Where the parser ran out of stack depends on the stack's size: point at the block instead.
    const tooDeep = /call stack/i.test(error.message);
    return {
      kind: 'error',
      problem: {
        message: tooDeep ? 'front matter is nested too deeply to be read' : `front matter is not valid YAML: ${firstLine(error.message)}`,
        start: tooDeep ? contentOffset : contentOffset + error.pos[0],
        end: tooDeep ? contentOffset : contentOffset + error.pos[1],
      },
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    return {
      kind: 'error',
      problem: {
        message: `front matter cannot be read: ${firstLine((cause as Error).message)}`,
        start: contentOffset,
        end: contentOffset + node.value.length,
      },
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : `a single ${typeof data} value`;
    return {
      kind: 'error',
      problem: {
        message: `front matter is ${what}; it must be a mapping of keys such as \`title:\` and \`date:\``,
        start: contentOffset,
        end: contentOffset + node.value.length,
      },
    };
  }
  return { kind: 'ok', block: { node, document, contentOffset, data } };
}

/** A file that opens a front matter block and never closes it parses as a thematic break; say so instead. */
function unclosedFence(text: string): FrontMatterResult | null {
  if (!/^---[ \t]*(?:\r\n|\r|\n)/.test(text)) return null;
  return {
    kind: 'error',
    problem: {
      message: 'front matter is not closed: add a line `---` after the last key',
      start: 0,
      end: 3,
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Offsets in the whole file of the YAML node at `path` in the front matter (see `yamlRange`). */
export function locateInFrontMatter(
  block: FrontMatterBlock,
  path: readonly (string | number)[],
  target: 'value' | 'key' = 'value',
): { start: number; end: number } {
  const [start, end] = yamlRange(block.document, path, target) ?? [0, 0];
  return { start: block.contentOffset + start, end: block.contentOffset + end };
}
