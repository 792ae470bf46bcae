import { JSONParser, TokenType } from '@streamparser/json';
import { JsonContentError } from '../../stream/json-stream.js';
import type { BranchCount } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { jsonCount, noRecords, ProblemList, TextCursor, trackLines } from './common.js';
import { addBranches, addFunction, addLine, CoverageBuilder, type FileDraft } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * istanbul's `coverage-final.json` (nyc, Jest, vitest, c8 `json` reporter): an object keyed by file
 * path, each entry with statementMap/s, branchMap/b and fnMap/f. Entries are parsed one at a time, so
 * a 500 MB file never sits in memory whole. Lines follow istanbul's own reading: a line's hits are
 * the highest count of the statements starting on it; a line's branches are all arms of the branch
 * points located on it (covered = arms with hits > 0).
 */

export interface Located {
  readonly line: number;
  readonly column: number;
}

/**
 * Streams the members of a top-level JSON object, one `(key, value)` at a time; `at()` says where
 * the member's key starts. Returns the first syntax error, located; members before it were delivered.
 */
export async function streamJsonMembers(
  file: string,
  chunks: Chunks,
  onMember: (key: string, value: unknown, at: () => Located) => void
): Promise<{ problem?: Problem; members: number }> {
  const cursor = new TextCursor();
  const parser = new JSONParser({ paths: ['$.*'], keepStack: false });
  let depth = 0;
  let previous: TokenType | undefined;
  let lastOffset = 0;
  let keyAt: () => Located = () => ({ line: 1, column: 1 });
  let error: { message: string; at: Located } | undefined;
  let members = 0;
  let bug: unknown;
  // The parser reports whatever its callbacks throw as a JSON error: keep our own bugs apart.
  const guarded = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A): void => {
    if (bug || error) return;
    try {
      fn(...args);
    } catch (err) {
      if (err instanceof JsonContentError) error = { message: err.message, at: cursor.locate(lastOffset) };
      else bug = err;
    }
  };
  parser.onToken = guarded(({ token, offset }: { token: TokenType; offset: number }) => {
    // The root must be an object: a top-level array would otherwise stream its elements as files.
    if (previous === undefined && token !== TokenType.LEFT_BRACE) throw new JsonContentError('expected a JSON object keyed by file path');
    if (depth === 1 && token === TokenType.STRING && (previous === TokenType.LEFT_BRACE || previous === TokenType.COMMA)) keyAt = cursor.mark(offset);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) depth++;
    else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) depth--;
    previous = token;
    lastOffset = offset;
  });
  parser.onValue = guarded(({ value, key }: { value?: unknown; key?: string | number }) => {
    members++;
    onMember(String(key), value, keyAt);
  });
  parser.onError = (err) => {
    error ??= { message: err.message, at: cursor.locate(byteOf(err.message) ?? lastOffset) };
  };
  let sawText = false;
  for await (const piece of trackLines(chunks, cursor)) {
    sawText ||= piece.trim() !== '';
    if (sawText) parser.write(piece);
    if (error || bug) break;
  }
  if (bug) throw bug;
  if (!sawText) return { problem: { file, message: 'no JSON found: the file is empty' }, members };
  if (!error && !parser.isEnded) parser.end();
  if (bug) throw bug;
  if (!error) return { members };
  return { problem: { file, line: error.at.line, column: error.at.column, message: jsonMessage(error.message) }, members };
}

/** The tokenizer names the absolute byte offset of the character it choked on. */
function byteOf(message: string): number | undefined {
  const m = /absolute position "(\d+)"/.exec(message);
  return m ? Number(m[1]) : undefined;
}

function jsonMessage(raw: string): string {
  if (/ended in (the )?mid/i.test(raw)) return 'the JSON ends too early: the file looks cut off';
  const unexpected = /^Unexpected "(.)"/.exec(raw);
  if (unexpected) return `invalid JSON: unexpected ${excerpt(unexpected[1])}`;
  return `invalid JSON: ${raw.replace(/ in state \w+$/, '')}`;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lineOf(loc: unknown): number | undefined {
  const start = isObject(loc) ? loc.start : undefined;
  const line = isObject(start) ? start.line : undefined;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : undefined;
}

export async function parseIstanbul(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const builder = new CoverageBuilder(ctx.repo);
  const problems = new ProblemList(file);
  const { problem, members } = await streamJsonMembers(file, chunks, (key, value, at) => {
    // Older istanbul versions wrap an entry as { data: {...} }.
    const entry = isObject(value) && isObject(value.data) ? value.data : value;
    const bad = isObject(entry) && isObject(entry.statementMap) && isObject(entry.s)
      ? readEntry(builder.file(typeof entry.path === 'string' ? entry.path : key), entry)
      : 'expected an istanbul file entry with statementMap and s';
    if (bad) {
      const { line, column } = at();
      problems.add(`${excerpt(key)}: ${bad}`, line, column);
    }
  });
  problems.push(problem);
  if (!problem && members === 0) problems.push(noRecords(file, 'the JSON object has no file entries'));
  return { report: builder.build(), problems: problems.list(), warnings: [] };
}

/** Reads one file entry into `draft`; returns what was wrong with it, if anything. */
function readEntry(draft: FileDraft, entry: Json): string | undefined {
  return readStatements(draft, entry) ?? readBranches(draft, entry) ?? readFunctions(draft, entry);
}

function readStatements(draft: FileDraft, entry: Json): string | undefined {
  const counts = entry.s as Json;
  for (const [id, loc] of Object.entries(entry.statementMap as Json)) {
    const line = lineOf(loc);
    const hits = jsonCount(counts[id]);
    if (line === undefined) return `statement ${id} has no start line`;
    if (hits === undefined) return `statement ${id}: expected a hit count, found ${excerpt(counts[id])}`;
    addLine(draft, line, hits);
  }
  return undefined;
}

function readBranches(draft: FileDraft, entry: Json): string | undefined {
  if (!isObject(entry.branchMap)) return undefined;
  const counts = isObject(entry.b) ? entry.b : {};
  // Every branch point on a line adds its arms to that line (istanbul's getBranchCoverageByLine).
  const byLine = new Map<number, BranchCount>();
  for (const [id, point] of Object.entries(entry.branchMap)) {
    const own = isObject(point) && typeof point.line === 'number' && point.line > 0 ? point.line : undefined;
    const line = own ?? (isObject(point) ? lineOf(point.loc) : undefined);
    const arms = counts[id];
    if (line === undefined) return `branch ${id} has no line`;
    if (!Array.isArray(arms) || arms.some((n) => jsonCount(n) === undefined)) return `branch ${id}: expected an array of hit counts, found ${excerpt(arms)}`;
    const prev = byLine.get(line) ?? { covered: 0, total: 0 };
    byLine.set(line, { covered: prev.covered + arms.filter((n: number) => n > 0).length, total: prev.total + arms.length });
  }
  for (const [line, count] of byLine) addBranches(draft, line, count);
  return undefined;
}

function readFunctions(draft: FileDraft, entry: Json): string | undefined {
  if (!isObject(entry.fnMap)) return undefined;
  const counts = isObject(entry.f) ? entry.f : {};
  for (const [id, fn] of Object.entries(entry.fnMap)) {
    if (!isObject(fn)) continue;
    const hits = jsonCount(counts[id]);
    if (hits === undefined) return `function ${id}: expected a hit count, found ${excerpt(counts[id])}`;
    const line = lineOf(fn.decl) ?? lineOf(fn.loc);
    addFunction(draft, { name: typeof fn.name === 'string' ? fn.name : `(function ${id})`, ...(line === undefined ? {} : { line }), hits });
  }
  return undefined;
}

export const istanbulFormat: CoverageFormat = {
  id: 'istanbul',
  kind: 'coverage',
  description: "istanbul coverage-final.json (the `json` reporter of nyc, Jest, vitest, c8)",
  sniff: (head) => /^\s*\{/.test(head) && /"statementMap"\s*:/.test(head),
  parse: parseIstanbul
};
