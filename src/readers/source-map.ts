/**
 * Canonical minutes written by a reader, with the way back to the document they were read from: every
 * piece of the canonical text is either copied from the source (and maps character for character) or
 * written by the reader (and maps to the place in the source it was made from, an empty range).
 */
export interface Piece {
  /** Where the piece starts in the canonical text. */
  start: number;
  end: number;
  /** Where it came from in the source: for a copy, the same length; for written text, an empty range at its anchor. */
  sourceStart: number;
  sourceEnd: number;
  copied: boolean;
}

export class SourceMap {
  constructor(readonly pieces: readonly Piece[]) {}

  /** The source offset of a canonical offset: exact inside a copy, the anchor inside written text. */
  toSource(offset: number): number {
    const piece = this.pieceAt(offset);
    if (!piece) return 0;
    return piece.copied ? piece.sourceStart + Math.min(offset - piece.start, piece.sourceEnd - piece.sourceStart) : piece.sourceStart;
  }

  /**
   * The source range of a canonical range, and whether it is exact (both ends inside copied text, with
   * nothing written in between): only then is the source text there the same as the canonical text.
   */
  rangeToSource(start: number, end: number): { range: [number, number]; exact: boolean } {
    const first = this.pieceAt(start);
    const last = this.pieceAt(Math.max(start, end - 1));
    const from = this.toSource(start);
    const to = end > start && last?.copied ? last.sourceStart + (end - last.start) : this.toSource(end);
    const exact = first !== undefined && first === last && first.copied;
    return { range: [from, Math.max(from, to)], exact };
  }

  private pieceAt(offset: number): Piece | undefined {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  }
}

/** Writes canonical text piece by piece, keeping the map back to the source. */
export class CanonicalWriter {
  private text = '';
  private readonly pieces: Piece[] = [];

  constructor(private readonly source: string) {}

  /** Copies `source[start, end)` as it is. */
  copy(start: number, end: number): this {
    if (end > start) this.push(this.source.slice(start, end), start, end, true);
    return this;
  }

  /** Writes text of the reader's own (a heading marker, a front matter key), made from the source at `anchor`. */
  write(text: string, anchor = 0): this {
    if (text) this.push(text, anchor, anchor, false);
    return this;
  }

  get length(): number {
    return this.text.length;
  }

  finish(): { text: string; map: SourceMap } {
    return { text: this.text, map: new SourceMap(this.pieces) };
  }

  private push(text: string, sourceStart: number, sourceEnd: number, copied: boolean): void {
    const previous = this.pieces.at(-1);
    // Adjacent copies of adjacent source text are one piece.
    if (copied && previous?.copied && previous.sourceEnd === sourceStart && previous.end === this.text.length) {
      previous.end += text.length;
      previous.sourceEnd = sourceEnd;
    } else {
      this.pieces.push({ start: this.text.length, end: this.text.length + text.length, sourceStart, sourceEnd, copied });
    }
    this.text += text;
  }
}
