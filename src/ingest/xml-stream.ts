import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Problem } from '../model/problems.js';

/** Callbacks a format reader gives the streaming XML driver. */
export interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  close(tag: SaxesTagPlain): void;
  /** Text and CDATA inside elements, in document order. */
  text(text: string): void;
}

export interface XmlStreamResult {
  /** The first well-formedness error, located; parsing stops there. */
  readonly problem?: Problem;
  /** True when the document had at least one element. */
  readonly sawRoot: boolean;
}

/** Thrown inside a handler to stop the parse: the message becomes a located problem. */
export class XmlContentError extends Error {}

/**
 * Feeds chunks to saxes without ever holding the whole document. saxes does not read external
 * entities or expand DTD-declared ones (an undeclared entity is a well-formedness error), so XXE and
 * billion-laughs documents are inert.
 */
export async function streamXml(
  file: string,
  chunks: AsyncIterable<string | Uint8Array>,
  handlers: XmlHandlers
): Promise<XmlStreamResult> {
  const parser = new SaxesParser({ position: true });
  let problem: Problem | undefined;
  let sawRoot = false;
  const fail = (message: string): void => {
    problem ??= { file, line: parser.line, column: parser.column, message };
  };
  // saxes handles a mismatched close tag by first emitting close events for the elements it pops,
  // then the error, at the same position. So close events wait until the parser has moved on: an
  // error at their position drops them. After the first error nothing more is delivered.
  let pending: SaxesTagPlain[] = [];
  let pendingAt = -1;
  const flush = (): void => {
    if (pendingAt === parser.position) return;
    const tags = pending;
    pending = [];
    for (const tag of tags) if (!problem) guard(() => handlers.close(tag), fail);
  };
  parser.on('error', (err) => {
    if (pendingAt === parser.position) pending = [];
    else flush();
    fail(stripPosition(err.message));
  });
  parser.on('opentag', (tag) => {
    sawRoot = true;
    flush();
    if (!problem) guard(() => handlers.open(tag as SaxesTagPlain), fail);
  });
  parser.on('closetag', (tag) => {
    flush();
    pending.push(tag as SaxesTagPlain);
    pendingAt = parser.position;
  });
  parser.on('text', (t) => {
    flush();
    if (!problem) handlers.text(t);
  });
  parser.on('cdata', (t) => {
    flush();
    if (!problem) handlers.text(t);
  });

  const decoder = new TextDecoder('utf-8', { fatal: false });
  let first = true;
  for await (const chunk of chunks) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    parser.write(text);
    if (problem) return { problem, sawRoot };
  }
  parser.write(decoder.decode());
  // Everything read so far is real: deliver it before close() reports what is missing at the end.
  pendingAt = -1;
  flush();
  if (!problem && !sawRoot) return { problem: { file, message: 'no XML element found: the file is empty or was cut off' }, sawRoot };
  if (!problem) parser.close();
  return { problem, sawRoot };
}

function guard(fn: () => void, fail: (message: string) => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof XmlContentError) fail(err.message);
    else throw err;
  }
}

/** saxes prefixes "line:column: " itself; we carry the position as fields instead. */
function stripPosition(message: string): string {
  return message.replace(/^\d+:\d+: /, '');
}
