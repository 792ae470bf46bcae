/**
 * The part of an XML document before its root element: the declaration, comments, processing
 * instructions and a DOCTYPE, whose internal subset may declare entities and hold comments or
 * quoted strings with `]` and `>` in them. Shared by format detection (which only needs the
 * root's name) and the tokenizer (which skips the DOCTYPE but remembers what it declares).
 */

export interface Doctype {
  /** Index just after the DOCTYPE's closing ">". */
  readonly end: number;
  /** General entities the internal subset declares (`<!ENTITY name …>`; not `<!ENTITY % …>`). */
  readonly entities: readonly string[];
}

const ENTITY_DECL = /^<!ENTITY\s+([^\s%]\S*)/;

/**
 * Scans `<!DOCTYPE …>` starting at `start` (which must hold "<!DOCTYPE"). Returns undefined
 * when `text` ends before the DOCTYPE does. Nothing is expanded or fetched.
 */
export function scanDoctype(text: string, start: number): Doctype | undefined {
  let i = start + 9;
  // The name and external id, up to "[" or ">", with quoted literals skipped whole.
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i < 0) return undefined;
    } else if (c === 62 /* > */) return { end: i + 1, entities: [] };
    else if (c === 91 /* [ */) break;
  }
  if (i >= text.length) return undefined;
  const entities: string[] = [];
  for (i++; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 93 /* ] */) {
      const gt = text.indexOf('>', i + 1);
      return gt < 0 ? undefined : { end: gt + 1, entities };
    }
    if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4);
    else if (text.startsWith('<?', i)) i = after(text, '?>', i + 2);
    else if (text.startsWith('<!', i)) {
      const end = declarationEnd(text, i);
      if (end < 0) return undefined;
      const name = ENTITY_DECL.exec(text.slice(i, Math.min(end, i + 300)))?.[1];
      if (name) entities.push(name);
      i = end;
    } else i++; // whitespace, %parameter; references, or junk a lenient reader steps over
    if (i < 0) return undefined;
  }
  return undefined;
}

/** The index after a markup declaration's ">", quoted literals (which may hold ">") skipped. */
function declarationEnd(text: string, from: number): number {
  for (let i = from + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i < 0) return -1;
    } else if (c === 62) return i + 1;
  }
  return -1;
}

function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}

export type RootScan = { readonly name: string } | { readonly incomplete: true } | undefined;

/**
 * The root element's local name, skipping the prolog. `incomplete` when the text ends inside the
 * prolog (a long DOCTYPE or comment), so the caller can read on; undefined when it is not XML.
 */
export function scanRoot(head: string): RootScan {
  let i = 0;
  for (;;) {
    while (i < head.length && (head.charCodeAt(i) <= 32 || head.charCodeAt(i) === 0xfeff)) i++;
    if (i >= head.length) return { incomplete: true };
    if (head.startsWith('<?', i)) i = after(head, '?>', i + 2);
    else if (head.startsWith('<!--', i)) i = after(head, '-->', i + 4);
    else if (head.startsWith('<!DOCTYPE', i)) i = scanDoctype(head, i)?.end ?? -1;
    else if (head.length - i < 9 && '<!DOCTYPE'.startsWith(head.slice(i))) return { incomplete: true };
    else break;
    if (i < 0) return { incomplete: true };
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(i, i + 256));
  if (!m) return undefined;
  const name = m[1] as string;
  return { name: name.slice(name.indexOf(':') + 1) };
}

/** The root element's local name from the head of a document, or undefined. */
export function rootElement(head: string): string | undefined {
  const r = scanRoot(head);
  return r && 'name' in r ? r.name : undefined;
}
