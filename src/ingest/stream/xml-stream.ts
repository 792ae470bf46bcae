import type { Problem } from '../../model/problems.js';
import { decodeChunks } from './decode.js';
import type { Chunks } from '../format.js';
import type { Limits } from './limits.js';
import { XmlSyntaxError, XmlTokenizer, type XmlPosition, type XmlTag } from './xml-tokenizer.js';

export type { XmlPosition, XmlTag } from './xml-tokenizer.js';

/** Callbacks a format reader gives the streaming XML driver. */
export interface XmlHandlers {
  /** `position()` gives the line and column just after the tag, computed only when asked. */
  open(tag: XmlTag, position: () => XmlPosition): void;
  close(tag: XmlTag): void;
  /** Text and CDATA inside elements, in document order; one text node may come in pieces. */
  text(text: string): void;
}

export interface XmlStreamResult {
  /** The first well-formedness error, located; parsing stops there. */
  readonly problem?: Problem;
  /** True when the document had at least one element. */
  readonly sawRoot: boolean;
}

export interface XmlStreamOptions {
  readonly limits?: Limits;
  /** Lenient readings (an entity left unexpanded), located. */
  readonly onWarning?: (message: string, at: XmlPosition) => void;
}

/** Thrown inside a handler to stop the parse: the message becomes a located problem. */
export class XmlContentError extends Error {}

/**
 * Streams a document through the tokenizer without ever holding it whole. Everything the handlers
 * received before an error stands (a cut-off report keeps the tests it completed); nothing after
 * it is delivered.
 */
export async function streamXml(file: string, chunks: Chunks, handlers: XmlHandlers, options: XmlStreamOptions = {}): Promise<XmlStreamResult> {
  const position = (): XmlPosition => tokenizer.position();
  const events = { open: (tag: XmlTag) => handlers.open(tag, position), close: (tag: XmlTag) => handlers.close(tag), text: (t: string) => handlers.text(t), ...(options.onWarning && { warning: options.onWarning }) };
  const tokenizer: XmlTokenizer = new XmlTokenizer(events, options.limits);
  try {
    for await (const text of decodeChunks(chunks)) tokenizer.write(text);
    tokenizer.flush();
    if (!tokenizer.sawRoot) return { problem: { file, message: 'no XML element found: the file is empty or was cut off' }, sawRoot: false };
    tokenizer.end();
  } catch (err) {
    if (err instanceof XmlSyntaxError) return { problem: { file, ...err.position, message: err.message }, sawRoot: tokenizer.sawRoot };
    if (err instanceof XmlContentError) return { problem: { file, ...tokenizer.position(), message: err.message }, sawRoot: tokenizer.sawRoot };
    throw err;
  }
  return { sawRoot: true };
}
