/**
 * A streaming XML tokenizer for report files. It checks what a report reader relies on (tags nest
 * and match, attributes are quoted, entities are known, one root, nothing but whitespace outside
 * it) and reports the first error with its line and column. It never expands a DTD: the DOCTYPE
 * is skipped, and an entity it declares stays the literal `&name;` with a warning (XXE and
 * billion laughs are inert). Text, CDATA and comments are handed over or skipped as they arrive,
 * so a huge <failure> body never has to fit in memory at once; a tag, attribute value or DOCTYPE
 * longer than the token limit, or elements nested deeper than the depth limit, are located errors.
 *
 * Written for speed (indexOf scans and sticky regexes over the chunk, no per-character loop),
 * because it sits under every XML format and must keep up with a fast disk.
 */

import { describeSize, LIMITS, type Limits } from './limits.js';
import { scanDoctype } from './xml-prolog.js';

export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly isSelfClosing: boolean;
}

export interface XmlPosition {
  readonly line: number;
  readonly column: number;
}

export interface XmlEvents {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
  /** Something read leniently (an entity left unexpanded); parsing goes on. */
  warning?(message: string, at: XmlPosition): void;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly position: XmlPosition) {
    super(message);
  }
}

const ENTITY = /&([^;&<\s]{0,32});/g;
const SPECIAL_IN_VALUE = /[<&\r\n\t]/;
const CR = /\r\n?/g;
const BARE_AMPERSAND = /&(?![^;&<\s]{0,32};)/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const EMPTY: Readonly<Record<string, string>> = Object.freeze({});
/** An entity reference is at most "&" + 32 characters + ";": a longer tail cannot be one. */
const MAX_ENTITY = 34;

export class XmlTokenizer {
  private buf = '';
  private pos = 0;
  /** Absolute offset of buf[0] in the document. */
  private base = 0;
  private readonly stack: XmlTag[] = [];
  private rootSeen = false;
  private inCdata = false;
  // Incremental line counting: everything before `countedTo` has been counted.
  private countedTo = 0;
  private line = 1;
  private lineStart = 0;
  private readonly knownNames = new Map<string, string[]>();
  private attrName = '';
  private attrValue = '';
  private inComment = false;
  private commentAt: XmlPosition = { line: 1, column: 1 };
  /** Chunks that arrived while an incomplete construct waits at the end of buf. */
  private pending: string[] = [];
  private pendingLength = 0;
  /** Length of the incomplete construct (tag, DOCTYPE, …) the last drain stopped at. */
  private stalled = 0;
  private doctype?: { readonly entities: ReadonlySet<string> };
  private readonly leftLiteral = new Set<string>();

  constructor(
    private readonly events: XmlEvents,
    private readonly limits: Limits = LIMITS
  ) {}

  get sawRoot(): boolean {
    return this.rootSeen;
  }

  /** Line and column (1-based) of the parser's current place. */
  position(): XmlPosition {
    return this.locate(this.base + this.pos);
  }

  write(chunk: string): void {
    if (this.stalled > 0) {
      // A construct is incomplete: rescanning it on every chunk would be quadratic in its length.
      // Retry once the new text is at least as long as it, so each retry costs at most twice what
      // arrived, and stop at the token limit.
      this.pending.push(chunk);
      this.pendingLength += chunk.length;
      if (this.pendingLength < this.stalled) {
        if (this.stalled + this.pendingLength > this.limits.maxToken) this.tooLong();
        return;
      }
      chunk = this.takePending();
    }
    this.absorb(chunk);
    this.drain(false);
    this.stalled = this.buf.length - this.pos;
    if (this.stalled > this.limits.maxToken) this.tooLong();
  }

  /** Reads what waits in held-back chunks, as far as it is complete (before asking sawRoot). */
  flush(): void {
    if (this.pending.length === 0) return;
    this.absorb(this.takePending());
    this.drain(false);
    this.stalled = this.buf.length - this.pos;
  }

  end(): void {
    this.flush();
    this.drain(true);
    if (this.inCdata) this.fail('the file ends inside a CDATA section');
    if (this.inComment) throw new XmlSyntaxError('the file ends inside a comment', this.commentAt);
    const open = this.stack[this.stack.length - 1];
    if (open) this.fail(`the file ends before </${open.name}> (unclosed element; was the file cut off?)`);
  }

  private takePending(): string {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    return text;
  }

  private absorb(chunk: string): void {
    // Count the lines of what is about to be dropped, so positions stay right.
    this.locate(this.base + this.pos);
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + chunk : chunk;
    this.base += this.pos;
    this.pos = 0;
  }

  private tooLong(): never {
    const next = this.buf.charCodeAt(this.pos + 1);
    const what = next === 33 ? 'a DOCTYPE or markup declaration' : next === 63 ? 'a processing instruction' : next === 47 ? 'a closing tag' : 'a tag (with its attribute values)';
    return this.fail(`${what} longer than ${describeSize(this.limits.maxToken)} starts here: a report never needs one this long`);
  }

  private drain(final: boolean): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      if (this.inCdata) {
        if (!this.cdata(final)) return;
      } else if (this.inComment) {
        if (!this.comment(final)) return;
      } else if (buf.charCodeAt(this.pos) !== 60 /* < */) {
        if (!this.textRun(final)) return;
      } else if (!this.markup(final)) return;
    }
  }

  /** Text up to the next "<"; without one, all but a possibly incomplete entity at the end. */
  private textRun(final: boolean): boolean {
    const buf = this.buf;
    const lt = buf.indexOf('<', this.pos);
    if (lt !== -1) {
      this.emitText(buf.slice(this.pos, lt), this.pos);
      this.pos = lt;
      return true;
    }
    let end = buf.length;
    const amp = final ? -1 : buf.lastIndexOf('&');
    if (amp >= this.pos && end - amp <= MAX_ENTITY && buf.indexOf(';', amp) === -1) end = amp;
    // A "\r" at the end may be half of a "\r\n" split across chunks: keep it for the next one.
    else if (!final && buf.charCodeAt(end - 1) === 13) end--;
    if (end > this.pos) this.emitText(buf.slice(this.pos, end), this.pos);
    this.pos = end;
    return false;
  }

  private emitText(raw: string, at: number): void {
    if (this.stack.length === 0) {
      if (raw.trim() !== '') this.failAt(at + raw.search(/\S/), 'text outside the root element');
      return;
    }
    // Literal line breaks are normalised first, so a &#13; reference still gives a "\r".
    const text = raw.indexOf('\r') === -1 ? raw : raw.replace(CR, '\n');
    this.events.text(text.indexOf('&') === -1 ? text : this.decode(text, at));
  }

  private markup(final: boolean): boolean {
    const buf = this.buf;
    const next = buf.charCodeAt(this.pos + 1);
    if (Number.isNaN(next)) return this.more(final, 'the file ends inside a tag');
    if (next === 47 /* / */) return this.closeTag(final);
    if (next === 33 /* ! */) {
      if (buf.startsWith('<!--', this.pos)) {
        this.commentAt = this.locate(this.base + this.pos);
        this.pos += 4;
        this.inComment = true;
        return true;
      }
      if (buf.startsWith('<![CDATA[', this.pos)) {
        if (this.stack.length === 0) this.fail('CDATA outside the root element');
        this.pos += 9;
        this.inCdata = true;
        return true;
      }
      if (buf.startsWith('<!DOCTYPE', this.pos)) return this.doctypeDecl(final);
      if (buf.length - this.pos < 9 && !final) return false;
      this.fail('unexpected "<!": expected a comment, CDATA or DOCTYPE');
    }
    if (next === 63 /* ? */) return this.skipTo('?>', final, 'a processing instruction');
    return this.openTag(final);
  }

  /**
   * A start tag, scanned by hand in one pass (name, then name="value" pairs) because it runs for
   * every element of every report. A tag cut by the end of the chunk is re-read once more arrives.
   */
  private openTag(final: boolean): boolean {
    const buf = this.buf;
    const len = buf.length;
    let i = this.pos + 1;
    while (i < len && !isNameEnd(buf.charCodeAt(i))) i++;
    if (i >= len) return this.more(final, 'the file ends inside a tag');
    if (i === this.pos + 1) this.fail('malformed start tag: expected a name after "<"');
    const name = buf.slice(this.pos + 1, i);
    // Attribute names seen on the last element of this name, in order: reusing those strings
    // keeps property keys internalised and object shapes shared, which is most of the speed.
    let known = this.knownNames.get(name);
    if (!known) this.knownNames.set(name, (known = []));
    let attributes: Record<string, string> | undefined;
    for (let k = 0; ; k++) {
      const start = i;
      while (i < len && buf.charCodeAt(i) <= 32) i++;
      if (i >= len) return this.more(final, 'the file ends inside a tag');
      const c = buf.charCodeAt(i);
      if (c === 62 /* > */) return this.finishOpen(name, attributes, false, i + 1);
      if (c === 47 /* / */) {
        if (i + 1 >= len) return this.more(final, 'the file ends inside a tag');
        if (buf.charCodeAt(i + 1) !== 62) this.failAt(i, 'malformed start tag: "/" must be followed by ">"');
        return this.finishOpen(name, attributes, true, i + 2);
      }
      if (i === start) this.failAt(i, 'malformed start tag: expected a space before the attribute');
      const end = this.attribute(i, final, known, k);
      if (end === -1) return false;
      attributes ??= {};
      attributes[this.attrName] = this.attrValue;
      i = end;
    }
  }

  private finishOpen(name: string, attributes: Record<string, string> | undefined, isSelfClosing: boolean, end: number): boolean {
    if (this.stack.length === 0 && this.rootSeen) this.fail(`a second root element <${name}>: a report has one root`);
    if (end - this.pos > this.limits.maxToken) this.tooLong();
    if (this.stack.length >= this.limits.maxDepth) this.fail(`elements nest more than ${this.limits.maxDepth.toLocaleString('en-US')} levels deep here: a report never does`);
    const tag: XmlTag = { name, attributes: attributes ?? EMPTY, isSelfClosing };
    this.rootSeen = true;
    this.pos = end;
    this.events.open(tag);
    if (isSelfClosing) this.events.close(tag);
    else this.stack.push(tag);
    return true;
  }

  /**
   * One name="value" (or name='value') from `i`, left in attrName/attrValue; returns the index
   * after it, or -1 when the chunk ends inside it.
   */
  private attribute(i: number, final: boolean, known: string[], k: number): number {
    const buf = this.buf;
    const len = buf.length;
    const guess = known[k];
    let name: string;
    if (guess !== undefined && buf.startsWith(guess, i) && isNameEnd(buf.charCodeAt(i + guess.length) || 61)) {
      name = guess;
      i += guess.length;
    } else {
      const nameStart = i;
      while (i < len && !isNameEnd(buf.charCodeAt(i))) i++;
      name = buf.slice(nameStart, i);
      if (i < len && name) known[k] = name;
    }
    while (i < len && buf.charCodeAt(i) <= 32) i++;
    if (i >= len) return this.wait(final, 'the file ends inside a tag');
    if (buf.charCodeAt(i) !== 61 || !name) this.failAt(i, `malformed attribute${name ? ` ${name}` : ''}: expected name="value"`);
    i++;
    while (i < len && buf.charCodeAt(i) <= 32) i++;
    if (i >= len) return this.wait(final, 'the file ends inside a tag');
    const quote = buf.charCodeAt(i);
    if (quote !== 34 && quote !== 39) this.failAt(i, `unquoted value of attribute ${name}`);
    const close = buf.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close === -1) return this.wait(final, 'the file ends inside an attribute value');
    let value = buf.slice(i + 1, close);
    if (SPECIAL_IN_VALUE.test(value)) {
      if (value.indexOf('<') !== -1) this.failAt(i, `"<" is not allowed in the value of attribute ${name}`);
      // Attribute-value normalisation: literal line breaks and tabs read as spaces (a &#10;
      // reference stays a line break, which is how tools keep newlines in a message attribute).
      value = value.replace(/\r\n|[\r\n\t]/g, ' ');
      if (value.indexOf('&') !== -1) value = this.decode(value, i + 1);
    }
    this.attrName = name;
    this.attrValue = value;
    return close + 1;
  }

  private closeTag(final: boolean): boolean {
    const gt = this.buf.indexOf('>', this.pos);
    if (gt === -1) return this.more(final, 'the file ends inside a closing tag');
    const name = this.buf.slice(this.pos + 2, gt).trim();
    const open = this.stack[this.stack.length - 1];
    if (!open) this.fail(`unexpected </${name}>: no element is open`);
    if (open.name !== name) this.fail(`unexpected </${name}>: expected </${open.name}>`);
    this.stack.pop();
    this.pos = gt + 1;
    this.events.close(open);
    return true;
  }

  /** Replaces the five named entities and character references; anything else is an error. */
  private decode(raw: string, at: number): string {
    const bare = raw.search(BARE_AMPERSAND);
    if (bare !== -1) this.failAt(at + bare, 'a bare "&": write &amp;');
    return raw.replace(ENTITY, (whole, ref: string) => {
      if (ref.charCodeAt(0) === 35 /* # */) {
        const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      } else {
        const named = NAMED[ref];
        if (named !== undefined) return named;
      }
      return this.unexpanded(whole, ref, at + raw.indexOf(whole));
    });
  }

  /** With a DOCTYPE, an entity it may declare stays literal (with a warning); without one it is an error. */
  private unexpanded(whole: string, ref: string, index: number): string {
    if (!this.doctype) return this.failAt(index, `unknown entity ${whole} (DTD entities are never expanded)`);
    if (!this.leftLiteral.has(ref)) {
      this.leftLiteral.add(ref);
      const declared = this.doctype.entities.has(ref) ? 'declared in the DOCTYPE' : 'not one of XML\'s five';
      this.events.warning?.(`the entity ${whole} (${declared}) is left as written: DTD entities are never expanded`, this.locate(this.base + index));
    }
    return whole;
  }

  /** Skips a comment as it streams: only the last two characters, maybe "--" of "-->", wait. */
  private comment(final: boolean): boolean {
    const end = this.buf.indexOf('-->', this.pos);
    if (end === -1) {
      this.pos = final ? this.buf.length : Math.max(this.pos, this.buf.length - 2);
      return final;
    }
    this.pos = end + 3;
    this.inComment = false;
    return true;
  }

  private cdata(final: boolean): boolean {
    const end = this.buf.indexOf(']]>', this.pos);
    if (end === -1) {
      // Hand over all but two characters, which may be the start of "]]>".
      // (and a "\r" that may be half of a "\r\n").
      const safe = final ? this.buf.length : Math.max(this.pos, this.buf.length - 3);
      if (safe > this.pos) this.cdataText(this.buf.slice(this.pos, safe));
      this.pos = safe;
      return final;
    }
    if (end > this.pos) this.cdataText(this.buf.slice(this.pos, end));
    this.pos = end + 3;
    this.inCdata = false;
    return true;
  }

  /** XML reads "\r\n" and a lone "\r" as "\n", in CDATA as everywhere. */
  private cdataText(raw: string): void {
    this.events.text(raw.indexOf('\r') === -1 ? raw : raw.replace(CR, '\n'));
  }

  private skipTo(terminator: string, final: boolean, what: string): boolean {
    const end = this.buf.indexOf(terminator, this.pos + 2);
    if (end === -1) return this.more(final, `the file ends inside ${what}`);
    this.pos = end + terminator.length;
    return true;
  }

  /** Skips the DOCTYPE and its internal subset, noting the entities it declares (never expanding them). */
  private doctypeDecl(final: boolean): boolean {
    if (this.rootSeen) this.fail('a DOCTYPE after the root element');
    const scanned = scanDoctype(this.buf, this.pos);
    if (!scanned) return this.more(final, 'the file ends inside the DOCTYPE');
    if (scanned.end - this.pos > this.limits.maxToken) this.tooLong();
    this.doctype = { entities: new Set(scanned.entities) };
    this.pos = scanned.end;
    return true;
  }

  private wait(final: boolean, message: string): -1 {
    this.more(final, message);
    return -1;
  }

  /** Wait for the next chunk, unless this was the last one. */
  private more(final: boolean, message: string): boolean {
    if (final) this.fail(message);
    return false;
  }

  private fail(message: string): never {
    return this.failAt(this.pos, message);
  }

  private failAt(index: number, message: string): never {
    throw new XmlSyntaxError(message, this.locate(this.base + index));
  }

  private locate(abs: number): XmlPosition {
    if (abs > this.countedTo) {
      const buf = this.buf;
      let i = Math.max(this.countedTo - this.base, 0);
      const stop = abs - this.base;
      for (let nl = buf.indexOf('\n', i); nl !== -1 && nl < stop; nl = buf.indexOf('\n', i)) {
        this.line++;
        this.lineStart = this.base + nl + 1;
        i = nl + 1;
      }
      this.countedTo = abs;
    }
    return { line: this.line, column: abs - this.lineStart + 1 };
  }
}

/** Whitespace, "/", ">" and "<" end a name; so do quotes, which never belong in one. */
function isNameEnd(c: number): boolean {
  return c <= 32 || c === 47 || c === 62 || c === 60 || c === 34 || c === 39 || c === 61;
}
