import type { Chunks } from '../format.js';

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

/** Splits decoded text into lines (LF, CRLF or CR), without holding more than one line. */
export async function* readLines(chunks: Chunks): AsyncIterable<Line> {
  let carry = '';
  let number = 0;
  for await (const text of decodeChunks(chunks)) {
    let buffer = carry + text;
    // A chunk ending in "\r" may be the first half of "\r\n": hold the "\r" back.
    const hold = buffer.endsWith('\r') ? '\r' : '';
    if (hold) buffer = buffer.slice(0, -1);
    const parts = buffer.split(/\r\n|\n|\r/);
    carry = (parts.pop() ?? '') + hold;
    for (const line of parts) yield { text: line, number: ++number };
  }
  carry = carry.replace(/\r$/, '');
  if (carry) yield { text: carry, number: ++number };
}
