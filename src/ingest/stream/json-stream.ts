import { Tokenizer, TokenParser, TokenType, type JsonTypes, type ParsedElementInfo, type ParsedTokenInfo } from '@streamparser/json';
import type { Problem } from '../../model/problems.js';
import { decodeChunks } from './decode.js';
import type { Chunks } from '../format.js';
import { excerpt } from '../../model/excerpt.js';
import { describeSize, LIMITS, type Limits } from './limits.js';
import { QuietRun, TextWindow, type JsonLocator, type Position } from './json-window.js';

// Located streaming JSON, shared by every JSON format.

export type { JsonLocator, Position } from './json-window.js';

export type JsonValue = JsonTypes.JsonPrimitive | JsonTypes.JsonStruct;
export type JsonPath = readonly (string | number)[];
export interface JsonValueEvent {
  readonly value: JsonValue;
  /** Keys from the root, e.g. `['runs', 0, 'results', 3]`; `[]` for the root itself. */
  readonly path: JsonPath;
  /** Byte offset of the value's first character; `locate` turns it into a line and column. */
  readonly start: number;
}
export interface JsonRead {
  /** The first syntax or content error, located; parsing stopped there. */
  readonly problem?: Problem;
  /** The kind of the top-level value; undefined for an empty document. */
  readonly root?: 'object' | 'array' | 'scalar';
  readonly topLevelKeys: ReadonlySet<string>;
  /** Locates offsets within the last MiB read, after the parse too. */
  readonly locator: JsonLocator;
}

export interface JsonStreamOptions {
  readonly limits?: Limits;
  /**
   * A check of each value that starts within `depth` levels (before it is parsed): a message
   * stops parsing there with a located problem. Cheap: only the kind is known, not the value.
   */
  readonly shape?: { readonly depth: number; check(path: JsonPath, kind: JsonKind, offset: number): ShapeError | undefined };
}

/** A message located at the value being checked, or at an earlier offset (an object missing a key). */
export type ShapeError = string | { readonly message: string; readonly offset: number };

function mapMessage(error: ShapeError | undefined, offset: number): { message: string; offset: number } | undefined {
  return error === undefined ? undefined : typeof error === 'string' ? { message: error, offset } : { ...error };
}

/** Thrown from a value callback to stop parsing: the message becomes a problem at that value. */
export class JsonContentError extends Error {}

/**
 * Feeds decoded chunks to @streamparser/json and calls `onValue` for each complete value matching
 * `paths` (all values when undefined). Emitted values are dropped from their parents
 * (`keepStack: false`), so memory stays at the largest selected value, never the whole document.
 * Structure is checked here, token by token, so an error names what was expected where.
 */
export async function streamJson(
  file: string,
  chunks: Chunks,
  paths: string[] | undefined,
  onValue: (event: JsonValueEvent, locator: JsonLocator) => void,
  options: JsonStreamOptions = {}
): Promise<JsonRead> {
  const limits = options.limits ?? LIMITS;
  const window = new TextWindow();
  const shape = new Shape();
  let shapeError: { message: string; offset: number } | undefined;
  if (options.shape) {
    const check = options.shape;
    shape.onStart = { depth: check.depth, start: (path, kind, offset) => void (shapeError ??= mapMessage(check.check(path, kind, offset), offset)) };
  }
  const quiet = new QuietRun(limits.maxToken);
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths, keepStack: false });
  let problem: Problem | undefined;
  let bug: unknown;
  const fail = (message: string, at?: Position): void => {
    problem ??= { file, ...(at ?? window.end()), message };
  };
  tokenizer.onToken = (token) => {
    if (problem || bug) return;
    quiet.token(token.offset);
    // The tokenizer reports whatever its callback throws as a JSON error: keep our own bugs apart.
    let expected: string | undefined;
    try {
      expected = shape.advance(token);
    } catch (err) {
      bug = err;
      return;
    }
    if (expected) fail(`invalid JSON: expected ${expected}, found ${describeToken(token)}`, window.locate(token.offset));
    else if (shape.depth > limits.maxDepth) fail(`arrays and objects nest more than ${limits.maxDepth.toLocaleString('en-US')} levels deep here: a report never does`, window.locate(token.offset));
    else if (shapeError) fail(shapeError.message, window.locate(shapeError.offset));
    else parser.write(token);
  };
  parser.onValue = (info) => {
    if (problem || bug || info.value === undefined) return;
    try {
      onValue({ value: info.value, path: pathOf(info), start: shape.lastStart }, window);
    } catch (err) {
      if (err instanceof JsonContentError) fail(err.message, window.locate(shape.lastStart));
      else bug = err;
    }
  };
  // Once the top-level value is complete the tokenizer ends, so any text after it is an error there.
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  tokenizer.onError = parser.onError = (err) => {
    if (!problem && !bug) fail(...explainError(err, shape, window));
  };
  let carry = '';
  for await (const text of decodeChunks(chunks)) {
    // A string chunk may end between the two halves of a surrogate pair: keep the first half back.
    const whole = carry + text;
    const split = /[\uD800-\uDBFF]$/.test(whole) ? whole.length - 1 : whole.length;
    carry = whole.slice(split);
    write(whole.slice(0, split));
    if (problem || bug) break;
  }
  if (!problem && !bug) {
    write(carry);
    if (!tokenizer.isEnded) tokenizer.end(); // flushes a number at the very end; a token cut short arrives via onError
  }
  if (bug) throw bug;
  if (shape.root && shape.expecting !== 'end') fail(`unexpected end of file: expected ${shape.expected()}`);
  return { ...(problem && { problem }), ...(shape.root && { root: shape.root }), topLevelKeys: shape.topLevelKeys, locator: window };

  function write(text: string): void {
    if (!text) return;
    quiet.before(window);
    window.add(text);
    tokenizer.write(text);
    const long = quiet.after(window.total);
    if (long) fail(`a single JSON string or number longer than ${describeSize(limits.maxToken)} follows: a report never needs one this long`, long.at);
  }
}

function pathOf(info: ParsedElementInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let i = 1; i < info.stack.length; i++) path.push(info.stack[i]!.key as string | number);
  if (info.stack.length > 0) path.push(info.key as string | number);
  return path;
}

export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

function kindOf(t: ParsedTokenInfo): JsonKind {
  return t.token === TokenType.STRING ? 'string' : t.token === TokenType.NUMBER ? 'number' : t.token === TokenType.NULL ? 'null' : 'boolean';
}

export const SCALARS = new Set([TokenType.STRING, TokenType.NUMBER, TokenType.TRUE, TokenType.FALSE, TokenType.NULL]);

type Expecting = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** The JSON grammar as a small state machine over tokens: what may come next, and where values start. */
export class Shape {
  expecting: Expecting = 'value';
  root?: 'object' | 'array' | 'scalar';
  readonly topLevelKeys = new Set<string>();
  /** Start offset of the value completed last (a container's is its opening bracket). */
  lastStart = 0;
  private readonly open: { readonly bracket: '{' | '['; readonly start: number; key: string; index: number }[] = [];
  private key = '';
  /** Told of every value that starts within `depth` levels, with its path and kind. */
  onStart?: { readonly depth: number; start(path: JsonPath, kind: JsonKind, offset: number): void };

  /** Arrays and objects open now. */
  get depth(): number {
    return this.open.length;
  }

  /** Takes one token; returns what was expected instead when it does not fit. */
  advance(t: ParsedTokenInfo): string | undefined {
    const e = this.expecting;
    if ((e === 'value' || e === 'value-or-close') && this.isValue(t)) return undefined;
    if (e === 'value-or-close' && t.token === TokenType.RIGHT_BRACKET) return this.close();
    if ((e === 'key' || e === 'key-or-close') && t.token === TokenType.STRING) {
      this.key = t.value as string;
      this.expecting = 'colon';
      return undefined;
    }
    if (e === 'key-or-close' && t.token === TokenType.RIGHT_BRACE) return this.close();
    if (e === 'colon' && t.token === TokenType.COLON) {
      if (this.open.length === 1) this.topLevelKeys.add(this.key);
      this.open[this.open.length - 1]!.key = this.key;
      this.expecting = 'value';
      return undefined;
    }
    if (e === 'comma-or-close') {
      const inObject = this.open[this.open.length - 1]?.bracket === '{';
      if (t.token === TokenType.COMMA) this.expecting = inObject ? 'key' : 'value';
      else if (t.token === (inObject ? TokenType.RIGHT_BRACE : TokenType.RIGHT_BRACKET)) return this.close();
      else return this.expected();
      return undefined;
    }
    return this.expected();
  }

  expected(): string {
    const closer = this.open[this.open.length - 1]?.bracket === '{' ? '"}"' : '"]"';
    const names: Record<Expecting, string> = {
      value: 'a value',
      'value-or-close': 'a value or "]"',
      key: 'a property name in double quotes',
      'key-or-close': 'a property name in double quotes or "}"',
      colon: '":"',
      'comma-or-close': `"," or ${closer}`,
      end: 'the end of the file'
    };
    return names[this.expecting];
  }

  private isValue(t: ParsedTokenInfo): boolean {
    const object = t.token === TokenType.LEFT_BRACE;
    const container = object || t.token === TokenType.LEFT_BRACKET;
    if (!container && !SCALARS.has(t.token)) return false;
    const parent = this.open[this.open.length - 1];
    if (parent?.bracket === '[') parent.index++;
    if (this.onStart && this.open.length <= this.onStart.depth) this.onStart.start(this.path(), container ? (object ? 'object' : 'array') : kindOf(t), t.offset);
    if (container) {
      this.root ??= object ? 'object' : 'array';
      this.open.push({ bracket: object ? '{' : '[', start: t.offset, key: '', index: -1 });
      this.expecting = object ? 'key-or-close' : 'value-or-close';
      return true;
    }
    this.root ??= 'scalar';
    this.lastStart = t.offset;
    this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
    return true;
  }

  private path(): JsonPath {
    return this.open.map((o) => (o.bracket === '{' ? o.key : o.index));
  }

  private close(): undefined {
    this.lastStart = this.open.pop()!.start;
    this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
    return undefined;
  }
}

function describeToken(t: ParsedTokenInfo): string {
  if (t.token === TokenType.STRING) {
    const s = t.value as string;
    return `the string ${excerpt(s)}`;
  }
  if (t.token === TokenType.NUMBER) return `the number ${String(t.value)}`;
  return t.token === TokenType.TRUE || t.token === TokenType.FALSE || t.token === TokenType.NULL
    ? String(t.value)
    : JSON.stringify(t.value);
}

/** The library's messages carry a byte offset and its internal state; we turn them into ours. */
function explainError(err: Error, shape: Shape, window: TextWindow): [string, Position | undefined] {
  const bad = /^Unexpected "[\s\S]*" at chunk position "\d+" \(absolute position "(\d+)"\) in state (\w+)$/.exec(err.message);
  if (bad) {
    const offset = Number(bad[1]);
    return [`invalid JSON: expected ${expectedIn(bad[2]!, shape)}, found ${window.charAt(offset)}`, window.locate(offset)];
  }
  const cut = /^Tokenizer ended in the middle of a token \(state: (\w+)\)/.exec(err.message);
  if (cut) return [`unexpected end of file: expected ${expectedIn(cut[1]!, shape)}`, undefined];
  return [`invalid JSON: ${err.message}`, undefined];
}

function expectedIn(state: string, shape: Shape): string {
  for (const literal of ['true', 'false', 'null']) {
    if (state.startsWith(literal.toUpperCase())) return `the rest of "${literal}"`;
  }
  if (state === 'STRING_DEFAULT') return 'more string characters and a closing quote (control characters must be escaped, e.g. \\n)';
  if (state === 'STRING_AFTER_BACKSLASH') return 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
  if (state.startsWith('STRING')) return 'a hexadecimal digit of a \\uXXXX escape';
  if (state.startsWith('NUMBER')) return 'a digit';
  return shape.expected();
}
