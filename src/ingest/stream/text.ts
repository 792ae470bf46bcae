/**
 * Shortens text by cutting its middle: the head of a stack trace says what failed and the tail
 * says where it was called from, so both ends are worth more than the middle.
 */
export function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `\n… ${text.length - max} characters cut …\n`;
  const keep = Math.max(0, max - note.length);
  const head = Math.ceil(keep / 2);
  return text.slice(0, head) + note + text.slice(text.length - (keep - head));
}

/**
 * Collects streamed text in bounded memory: the first and last `max / 2` characters are kept and
 * the middle is counted, so a 1 GB <failure> body costs at most `max` characters.
 */
export class BoundedText {
  private head = '';
  private tail = '';
  private dropped = 0;
  constructor(private readonly max: number) {}

  append(text: string): void {
    const half = Math.floor(this.max / 2);
    if (this.head.length < half) {
      const take = half - this.head.length;
      this.head += text.slice(0, take);
      text = text.slice(take);
    }
    if (!text) return;
    this.tail += text;
    if (this.tail.length > this.max - half) {
      const excess = this.tail.length - (this.max - half);
      this.dropped += excess;
      this.tail = this.tail.slice(excess);
    }
  }

  toString(): string {
    if (!this.dropped) return this.head + this.tail;
    return `${this.head}\n… ${this.dropped} characters cut …\n${this.tail}`;
  }
}

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** clipMiddle with a limit in UTF-8 bytes (APIs count bytes; a character takes 1 to 4). */
export function clipMiddleBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let chars = Math.min(text.length, maxBytes);
  for (let clipped = clipMiddle(text, chars); ; clipped = clipMiddle(text, chars)) {
    const bytes = byteLength(clipped);
    if (bytes <= maxBytes) return clipped;
    // Shrink in proportion to the overshoot; always by at least one character.
    chars = Math.min(chars - 1, Math.floor((chars * maxBytes) / bytes));
    if (chars <= 0) return '';
  }
}
