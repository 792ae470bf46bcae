import { coverageTotals, type CoverageTotals } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import { readLines } from '../../stream/decode.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { compareDeclared, noRecords, parseCount, parseLineNumber, ProblemList } from './common.js';
import { addBranches, addFunction, addLine, CoverageBuilder, type FileDraft } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * lcov tracefiles (geninfo, istanbul, c8, vitest, grcov, llvm-cov export): one record per source
 * file, `SF:` … `end_of_record`. Each record is gathered on its own first, so its `LF`/`LH`/`BRF`/
 * `BRH` can be checked against its own lines, then merged into the file (a file can have one record
 * per `TN:` test section).
 */

interface LcovRecord {
  readonly raw: string;
  readonly lines: Map<number, number>;
  /** `line,block,branch` → taken: the same arm listed twice is one arm. */
  readonly arms: Map<string, { line: number; taken: number }>;
  readonly fnLines: Map<string, number>;
  readonly fnHits: Map<string, number>;
  /** lcov 2.2 `FNL:index,start` / `FNA:index,hits,name`. */
  readonly fnByIndex: Map<string, number>;
  readonly declared: Map<string, { value: number; line: number }>;
}

interface State {
  readonly file: string;
  readonly builder: CoverageBuilder;
  readonly problems: ProblemList;
  readonly warnings: Problem[];
  record?: LcovRecord;
}

type Handler = (state: State, rec: LcovRecord, value: string, at: At) => void;
interface At {
  readonly key: string;
  readonly line: number;
  /** Column where the value (after `KEY:`) starts. */
  readonly column: number;
}

const HANDLERS: Readonly<Partial<Record<string, Handler>>> = {
  DA(state, rec, value, at) {
    const [lineRaw = '', hitsRaw] = value.split(',');
    const line = parseLineNumber(lineRaw);
    const hits = parseCount(hitsRaw);
    if (line === undefined) return bad(state, at, 0, `DA: expected a line number, found ${excerpt(lineRaw)}`);
    if (hits === undefined) return bad(state, at, lineRaw.length + 1, `DA: expected a hit count, found ${excerpt(hitsRaw ?? '')}`);
    const prev = rec.lines.get(line);
    if (prev === undefined || hits > prev) rec.lines.set(line, hits);
  },
  BRDA(state, rec, value, at) {
    const fields = value.split(',');
    const line = parseLineNumber(fields[0]);
    const takenRaw = fields.length >= 4 ? fields[fields.length - 1] : undefined;
    // "-" means the block holding the branch never ran: zero, not unknown.
    const taken = takenRaw === '-' ? 0 : parseCount(takenRaw);
    if (line === undefined) return bad(state, at, 0, `BRDA: expected a line number, found ${excerpt(fields[0] ?? '')}`);
    if (taken === undefined) return bad(state, at, value.lastIndexOf(',') + 1, `BRDA: expected line,block,branch,taken with taken a count or "-", found ${excerpt(value)}`);
    const key = fields.slice(0, -1).join(',');
    const prev = rec.arms.get(key);
    if (!prev || taken > prev.taken) rec.arms.set(key, { line, taken });
  },
  FN(state, rec, value, at) {
    // FN:<line>,<name> and lcov 2's FN:<start>,<end>,<name>; names may hold commas (C++ templates).
    const m = /^(\d+),(?:\d+,)?(.+)$/.exec(value);
    if (!m?.[1] || !m[2]) return bad(state, at, 0, `FN: expected line,name, found ${excerpt(value)}`);
    rec.fnLines.set(m[2], Number(m[1]));
  },
  FNDA(state, rec, value, at) {
    const comma = value.indexOf(',');
    const hits = parseCount(value.slice(0, comma));
    if (comma < 0 || hits === undefined) return bad(state, at, 0, `FNDA: expected hits,name, found ${excerpt(value)}`);
    const name = value.slice(comma + 1);
    rec.fnHits.set(name, Math.max(hits, rec.fnHits.get(name) ?? 0));
  },
  FNL(state, rec, value, at) {
    const [index = '', startRaw] = value.split(',');
    const start = parseLineNumber(startRaw);
    if (start === undefined) return bad(state, at, 0, `FNL: expected index,line, found ${excerpt(value)}`);
    rec.fnByIndex.set(index, start);
  },
  FNA(state, rec, value, at) {
    const m = /^([^,]*),(\d+),(.+)$/.exec(value);
    if (!m?.[3]) return bad(state, at, 0, `FNA: expected index,hits,name, found ${excerpt(value)}`);
    const line = rec.fnByIndex.get(m[1] ?? '');
    if (line !== undefined) rec.fnLines.set(m[3], line);
    rec.fnHits.set(m[3], Math.max(parseCount(m[2]) ?? 0, rec.fnHits.get(m[3]) ?? 0));
  },
  LF: declare,
  LH: declare,
  BRF: declare,
  BRH: declare
};

function declare(state: State, rec: LcovRecord, value: string, at: At): void {
  const n = parseCount(value);
  if (n === undefined) return bad(state, at, 0, `${at.key}: expected a count, found ${excerpt(value)}`);
  rec.declared.set(at.key, { value: n, line: at.line });
}

function bad(state: State, at: At, offset: number, message: string): void {
  state.problems.add(message, at.line, at.column + offset);
}

export async function parseLcov(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const state: State = { file, builder: new CoverageBuilder(ctx.repo), problems: new ProblemList(file), warnings: [] };
  let lastLine = 0;
  for await (const { text, number } of readLines(chunks)) {
    lastLine = number;
    readLine(state, text.trim(), number);
  }
  if (state.record) {
    state.problems.add(`the file ends inside the record for ${state.record.raw} (no end_of_record): it looks cut off`, lastLine);
    closeRecord(state);
  }
  if (state.builder.fileCount === 0 && state.problems.size === 0) {
    state.problems.push(noRecords(file, lastLine === 0 ? 'the file is empty' : 'no SF: line found'));
  }
  return { report: state.builder.build(), problems: state.problems.list(), warnings: state.warnings };
}

function readLine(state: State, text: string, line: number): void {
  if (text === '' || text.startsWith('#')) return;
  if (text === 'end_of_record') {
    if (state.record) closeRecord(state);
    else state.problems.add('end_of_record without a record (no SF: before it)', line, 1);
    return;
  }
  const colon = text.indexOf(':');
  const key = colon > 0 ? text.slice(0, colon) : '';
  if (!/^[A-Z]+$/.test(key)) {
    state.problems.add(`expected an lcov record such as SF:, DA: or end_of_record, found ${excerpt(text)}`, line, 1);
    return;
  }
  const value = text.slice(colon + 1);
  if (key === 'SF') {
    if (state.record) closeRecord(state);
    state.record = openRecord(value);
    return;
  }
  const handler = HANDLERS[key];
  if (!handler) return; // TN, VER, FNF, FNH, LN… carry nothing we count
  if (!state.record) {
    state.problems.add(`${key}: outside a record (no SF: before it)`, line, 1);
    return;
  }
  handler(state, state.record, value, { key, line, column: colon + 2 });
}

function openRecord(raw: string): LcovRecord {
  return { raw, lines: new Map(), arms: new Map(), fnLines: new Map(), fnHits: new Map(), fnByIndex: new Map(), declared: new Map() };
}

function closeRecord(state: State): void {
  const rec = state.record;
  state.record = undefined;
  if (!rec) return;
  const draft = state.builder.file(rec.raw);
  const own = recordDraft(rec);
  checkRecord(state, rec, own);
  for (const [line, hits] of own.lines) addLine(draft, line, hits);
  for (const [line, count] of own.branches) addBranches(draft, line, count);
  for (const fn of own.functions.values()) addFunction(draft, fn);
}

/** The record on its own, arms summed per line: what its LF/LH/BRF/BRH describe. */
function recordDraft(rec: LcovRecord): FileDraft {
  const own: FileDraft = { path: rec.raw, lines: rec.lines, branches: new Map(), functions: new Map() };
  for (const { line, taken } of rec.arms.values()) {
    const prev = own.branches.get(line) ?? { covered: 0, total: 0 };
    own.branches.set(line, { covered: prev.covered + (taken > 0 ? 1 : 0), total: prev.total + 1 });
  }
  for (const [name, line] of rec.fnLines) addFunction(own, { name, line, hits: rec.fnHits.get(name) ?? 0 });
  for (const [name, hits] of rec.fnHits) if (!rec.fnLines.has(name)) addFunction(own, { name, hits });
  return own;
}

function checkRecord(state: State, rec: LcovRecord, own: FileDraft): void {
  const totals = coverageTotals([{ path: own.path, lines: own.lines, branches: own.branches }]);
  const pairs: [string, string, string, CoverageTotals][] = [
    ['LH', 'LF', 'lines', totals.lines],
    ['BRH', 'BRF', 'branches', totals.branches]
  ];
  for (const [hitKey, foundKey, what, actual] of pairs) {
    const hit = rec.declared.get(hitKey);
    const found = rec.declared.get(foundKey);
    if (!hit || !found) continue;
    const where = { file: state.file, line: found.line };
    const warning = compareDeclared(where, `${rec.raw}: ${what} (${hitKey}/${foundKey})`, { covered: hit.value, total: found.value }, actual);
    if (warning) state.warnings.push(warning);
  }
}

export const lcovFormat: CoverageFormat = {
  id: 'lcov',
  kind: 'coverage',
  description: 'lcov tracefile (lcov.info: SF/DA/BRDA/FN records), from geninfo, istanbul, c8, vitest, grcov',
  sniff(head) {
    const first = head.split(/\r?\n|\r/).find((l) => l.trim() !== '')?.trim() ?? '';
    return /^(TN|SF|VER):/.test(first);
  },
  parse: parseLcov
};
