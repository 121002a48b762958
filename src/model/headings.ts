/** The number at the start of an agenda heading, as written: `5.`, `2.1`, `01.`, or none. */
export interface HeadingNumber {
  /** The token as written, such as `5.` or `2.1`. */
  token: string;
  /** The token without its trailing dot or parenthesis: what the model calls `number`. */
  number: string;
  /** Index of the token in the heading's text. */
  index: number;
}

const LEADING_TOKEN = /^\s*(\S+)/;

export function splitHeading(text: string): { number: HeadingNumber | null; title: string } {
  const match = LEADING_TOKEN.exec(text);
  if (!match || !/^\d/.test(match[1]!)) return { number: null, title: text.trim() };
  const token = match[1]!;
  return {
    number: { token, number: token.replace(/[.)]$/, ''), index: match.index + match[0].length - token.length },
    title: text.slice(match[0].length).trim(),
  };
}

/** The canonical form of the number of the item at `ordinal` ("7" or "2.1"): `7.` for items, `2.1` for sub-items. */
export function canonicalToken(ordinal: string, level: 2 | 3): string {
  return level === 2 ? `${ordinal}.` : ordinal;
}

/** Whether a written token is an accepted form of the number expected at `ordinal`. */
export function tokenMatches(token: string, ordinal: string, level: 2 | 3): boolean {
  return level === 2 ? token === `${ordinal}.` : token === ordinal || token === `${ordinal}.`;
}
