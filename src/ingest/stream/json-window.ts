import { excerpt } from '../../model/excerpt.js';

// Where JSON text is: the window that locates offsets, and the watch on tokens that never end.

export interface Position {
  readonly line: number;
  readonly column: number;
}
export interface JsonLocator {
  /** 1-based line and column (UTF-16 units) of a byte offset within the last MiB read, else undefined. */
  locate(offset: number): Position | undefined;
}

/** The last MiB of text read, with the line and column where each piece starts, to locate errors. */
export class TextWindow implements JsonLocator {
  private readonly pieces: { start: number; bytes: number; text: string; line: number; column: number }[] = [];
  /** Bytes added so far. */
  total = 0;
  private kept = 0;
  private line = 1;
  private column = 1;

  add(text: string): void {
    const bytes = Buffer.byteLength(text, 'utf8');
    const last = this.pieces[this.pieces.length - 1];
    // Merge small pieces so a stream of tiny chunks does not become a long list.
    if (last && last.bytes < 16 * 1024) {
      last.text += text;
      last.bytes += bytes;
    } else this.pieces.push({ start: this.total, bytes, text, line: this.line, column: this.column });
    this.total += bytes;
    this.kept += bytes;
    ({ line: this.line, column: this.column } = advance(this.line, this.column, text));
    while (this.pieces.length > 1 && this.kept - this.pieces[0]!.bytes >= 1024 * 1024) this.kept -= this.pieces.shift()!.bytes;
  }

  end(): Position {
    return { line: this.line, column: this.column };
  }

  locate(offset: number): Position | undefined {
    if (offset >= this.total) return this.end();
    const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
    if (!piece) return undefined;
    const before = Buffer.from(piece.text).subarray(0, offset - piece.start).toString('utf8');
    return advance(piece.line, piece.column, before);
  }

  /** The character at a byte offset, quoted for a message. */
  charAt(offset: number): string {
    const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
    if (!piece) return 'an unexpected character';
    const rest = Buffer.from(piece.text).subarray(offset - piece.start, offset - piece.start + 4).toString('utf8');
    return excerpt(String.fromCodePoint(rest.codePointAt(0) ?? 0xfffd));
  }
}

function advance(line: number, column: number, text: string): Position {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak === -1) return { line, column: column + text.length };
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks++;
  return { line: line + breaks, column: text.length - lastBreak };
}

/**
 * Bytes written since the last token: the tokenizer holds a string or number until it ends, so a
 * run without tokens is one growing token. Located at the last token before it, found while that
 * one is still in the window.
 */
export class QuietRun {
  private lastToken = 0;
  private sawToken = false;
  private since = 0;
  private at?: Position;

  constructor(private readonly max: number) {}

  token(offset: number): void {
    this.lastToken = offset;
    this.sawToken = true;
  }

  before(window: TextWindow): void {
    if (!this.sawToken && this.at === undefined) this.at = window.locate(this.lastToken);
  }

  after(total: number): { at?: Position } | undefined {
    if (this.sawToken) {
      this.sawToken = false;
      this.since = total;
      this.at = undefined;
      return undefined;
    }
    return total - this.since > this.max ? { ...(this.at && { at: this.at }) } : undefined;
  }
}
