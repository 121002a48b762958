import type { HeadingRecord } from '../../model/build.js';
import { atText, type Rule } from '../rule.js';

const FRONT = '---\ntitle: TC39 meeting\ndate: 2017-05-23\n---\n\n';

/** One part of a label (`15`, `i`, `a` in `15.i.a`), read in the scheme its depth uses. */
type Part = { kind: 'number' | 'roman' | 'letter'; value: number } | null;

const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanValue(text: string): number {
  let total = 0;
  const digits = [...text.toLowerCase()].map((char) => ROMAN_VALUES[char]!);
  digits.forEach((value, index) => {
    total += value < (digits[index + 1] ?? 0) ? -value : value;
  });
  return total;
}

const partsOf = (label: string) => label.replace(/\.$/, '').split('.');

/**
 * The depths whose parts are Roman numerals: those where some label has a numeral of two letters or
 * more (`ii`, `iv`), or an `i` with a deeper part under it (`15.i.a`). Other letters count in the alphabet.
 */
function romanDepths(labels: string[]): Set<number> {
  const depths = new Set<number>();
  for (const label of labels) {
    partsOf(label).forEach((part, depth, parts) => {
      if (ROMAN.test(part) && (part.length > 1 || (part.toLowerCase() === 'i' && depth < parts.length - 1))) depths.add(depth);
    });
  }
  return depths;
}

function readParts(label: string, roman: Set<number>): Part[] | null {
  const parts = partsOf(label).map((part, depth): Part => {
    if (/^\d+$/.test(part)) return { kind: 'number', value: Number(part) };
    if (roman.has(depth) && ROMAN.test(part)) return { kind: 'roman', value: romanValue(part) };
    if (/^[a-z]$/i.test(part)) return { kind: 'letter', value: part.toLowerCase().charCodeAt(0) };
    return null;
  });
  return parts.every((part) => part !== null) ? parts : null;
}

/** Negative when `a` comes first in the scheme, 0 for the same label, null when the two cannot be compared. */
function compare(a: Part[], b: Part[]): number | null {
  for (let depth = 0; depth < Math.min(a.length, b.length); depth++) {
    const [x, y] = [a[depth]!, b[depth]!];
    if (x.kind !== y.kind) return null;
    if (x.value !== y.value) return x.value - y.value;
  }
  return a.length - b.length;
}

export const labelOrder: Rule = {
  id: 'label-order',
  description: 'Agenda labels written as `{label="…"}` (`15.i.a`, `A`, `IV`) are unique and in order, in their own scheme.',
  defaultSeverity: 'warn',
  fixable: false,
  docs: `Minutes read from another convention keep its agenda labels as written, in a \`{label="…"}\` at the end of the
heading (\`## 16. Intl.Segmenter for Stage 3 {label="15.i.a"}\`), while \`## N.\` stays the minutes' own numbering.
Labels are compared part by part, in the scheme each part is written in: numbers, Roman numerals (\`i\`, \`ii\`, \`iv\`)
and letters (\`a\`, \`b\`). A label that repeats an earlier one, or comes before the label of the item above it, is
reported: an item minuted out of the agenda's order is worth a look, not always a mistake. Labels that cannot be
compared (\`?.?\`) are left alone.`,
  examples: [
    {
      title: 'labels in order',
      text: `${FRONT}## 1. Opening {label="1"}\n\nWelcome.\n\n## 2. Intl.Segmenter {label="15.i.a"}\n\nStage 3.\n\n## 3. Temporal {label="15.ii"}\n\nStage 2.\n`,
      messages: [],
    },
    {
      title: 'a label out of order, and a repeated one',
      text: `${FRONT}## 1. Exponentiation {label="5.8"}\n\nStage 2.\n\n## 2. Math helpers {label="5.5"}\n\nStage 0.\n\n## 3. Again {label="5.5"}\n\nDone.\n`,
      messages: [
        '10:28 label "5.5" comes after "5.8" (item "Exponentiation"): the agenda puts it before',
        '14:21 label "5.5" repeats the label of item "Math helpers"',
      ],
    },
  ],
  check(context) {
    const { parsed } = context;
    const labelled = parsed.headings.filter((heading): heading is HeadingRecord & { label: NonNullable<HeadingRecord['label']> } => heading.label !== null);
    const roman = romanDepths(labelled.map((heading) => heading.label.text));
    const seen = new Map<string, HeadingRecord>();
    let previous: { heading: HeadingRecord; parts: Part[] } | null = null;
    for (const heading of labelled) {
      const label = heading.label.text;
      const key = partsOf(label).join('.').toLowerCase();
      const first = seen.get(key);
      if (first) {
        context.report({ message: `label "${label}" repeats the label of item "${first.item.title}"`, ...atText(parsed, heading.label.range) });
        continue;
      }
      seen.set(key, heading);
      const parts = readParts(label, roman);
      if (!parts) continue;
      const order = previous ? compare(previous.parts, parts) : null;
      if (previous && order !== null && order > 0) {
        context.report({
          message: `label "${label}" comes after "${previous.heading.label!.text}" (item "${previous.heading.item.title}"): the agenda puts it before`,
          ...atText(parsed, heading.label.range),
        });
      }
      previous = { heading, parts };
    }
  },
};
