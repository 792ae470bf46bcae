import type { Chunks } from '../format.js';
import { describeSize, LIMITS, type Limits } from './limits.js';

/**
 * Bytes → text for every format: the encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE)
 * or, without one, from the first bytes of an XML document (`<\0` / `\0<`), else UTF-8. The BOM is
 * dropped. Multi-byte characters split across chunks are decoded correctly.
 */
export async function* decodeChunks(chunks: Chunks | Iterable<string | Uint8Array>): AsyncIterable<string> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let pendingHigh = '';
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      // A string chunk may end between the two halves of a surrogate pair: hold the first half.
      let text = pendingHigh + (decoder ? chunk : chunk.replace(/^\uFEFF/, ''));
      decoder ??= new TextDecoder('utf-8');
      const last = text.charCodeAt(text.length - 1);
      pendingHigh = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      if (pendingHigh) text = text.slice(0, -1);
      if (text) yield text;
      continue;
    }
    let bytes = chunk;
    if (!decoder) {
      const { encoding, skip } = sniffEncoding(bytes);
      decoder = new TextDecoder(encoding);
      bytes = bytes.subarray(skip);
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  const rest = pendingHigh + (decoder?.decode() ?? '');
  if (rest) yield rest;
}

function sniffEncoding(b: Uint8Array): { encoding: string; skip: number } {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (b[0] === 0x3c && b[1] === 0x00) return { encoding: 'utf-16le', skip: 0 };
  if (b[0] === 0x00 && b[1] === 0x3c) return { encoding: 'utf-16be', skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

export interface Line {
  readonly text: string;
  /** 1-based. */
  readonly number: number;
}

/** A line longer than the token limit: the file is not a line-based report (or is hostile). */
export class LineTooLongError extends Error {
  constructor(readonly line: number, max: number) {
    super(`line ${line} is longer than ${describeSize(max)}: a line-based report never has one this long`);
  }
}

/**
 * Splits decoded text into lines (LF, CRLF or CR), holding at most one line. Each piece of text is
 * scanned once, so a line split over many chunks costs linear time; a line longer than
 * `limits.maxToken` throws LineTooLongError.
 */
export async function* readLines(chunks: Chunks, limits: Limits = LIMITS): AsyncIterable<Line> {
  let parts: string[] = [];
  let partLength = 0;
  let number = 0;
  // A chunk that ended in "\r" ended a line; a "\n" opening the next chunk belongs to it.
  let skipLf = false;
  for await (const text of decodeChunks(chunks)) {
    let start = 0;
    if (skipLf && text.charCodeAt(0) === 10) start = 1;
    skipLf = false;
    for (;;) {
      const lf = text.indexOf('\n', start);
      const cr = text.indexOf('\r', start);
      const end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) break;
      const piece = text.slice(start, end);
      yield { text: parts.length ? parts.join('') + piece : piece, number: ++number };
      parts = [];
      partLength = 0;
      const crlf = end === cr && text.charCodeAt(end + 1) === 10;
      start = end + (crlf ? 2 : 1);
      if (end === cr && end === text.length - 1) skipLf = true;
    }
    if (start < text.length) {
      parts.push(text.slice(start));
      partLength += text.length - start;
      if (partLength > limits.maxToken) throw new LineTooLongError(number + 1, limits.maxToken);
    }
  }
  if (partLength > 0) yield { text: parts.join(''), number: ++number };
}
