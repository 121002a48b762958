/** Turns the bytes of a file into text, refusing what is not UTF-8 text with a message that says why. */

export interface DecodedSource {
  text: string;
  /** The file started with a UTF-8 byte order mark, which `text` leaves out and writers put back. */
  bom: boolean;
}

export class SourceError extends Error {
  override name = 'SourceError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SourceError('the file is UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) {
    throw new SourceError('the file contains NUL bytes: it looks binary, not Markdown text');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new SourceError(`the file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`);
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search on the longest prefix that decodes; a cut inside a valid sequence also fails,
  // so step back to the start of that sequence.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
