import { readLines } from '../../stream/decode.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { noRecords, parseCount, ProblemList } from './common.js';
import { addLine, CoverageBuilder } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Go coverage profiles (`go test -coverprofile`): a `mode: set|count|atomic` line, then one block
 * per line, `file:startLine.startCol,endLine.endCol numStmts count`.
 *
 * Go counts blocks, not lines. Every line a block spans (start to end, inclusive) is a coverable
 * line; a line's hits are the highest count of the blocks covering it, so overlapping or repeated
 * blocks (profiles merged from several packages with -coverpkg list a block once per package)
 * cover a line if any of them ran. Blocks with no statements cover nothing and are skipped.
 *
 * Paths are import paths (`github.com/org/repo/pkg/file.go`); the module prefix is not in the
 * repository, so they are placed by suffix match against the tracked files.
 */

const BLOCK = /^(.*):(\S+) (\S+) (\S+)$/;
const RANGE = /^(\d+)\.(\d+),(\d+)\.(\d+)$/;

export async function parseGoCover(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const builder = new CoverageBuilder(ctx.repo);
  const problems = new ProblemList(file);
  let sawMode = false;
  let blocks = 0;
  let lastLine = 0;
  for await (const { text, number } of readLines(chunks)) {
    lastLine = number;
    const line = text.trim();
    if (line === '') continue;
    // Concatenated profiles repeat the mode line; only the first one must come first.
    if (/^mode:\s*\S+$/.test(line)) {
      sawMode = true;
      continue;
    }
    if (!sawMode) {
      problems.add('expected "mode: set", "mode: count" or "mode: atomic" on the first line of a Go coverage profile', number, 1);
      sawMode = true;
    }
    if (readBlock(builder, problems, text, number)) blocks++;
  }
  if (blocks === 0 && problems.size === 0) problems.push(noRecords(file, lastLine === 0 ? 'the file is empty' : 'the profile has no blocks'));
  return { report: builder.build(), problems: problems.list(), warnings: [] };
}

/** Adds one block's lines; false (with a located problem) when the line is not a block. */
function readBlock(builder: CoverageBuilder, problems: ProblemList, text: string, number: number): boolean {
  const m = BLOCK.exec(text.trimEnd());
  if (!m) {
    problems.add(`expected file:startLine.startCol,endLine.endCol numStmts count, found ${excerpt(text)}`, number, 1);
    return false;
  }
  const [, path = '', range = '', stmtsRaw = '', countRaw = ''] = m;
  const col = (part: string, offset: number): number => text.indexOf(part, offset) + 1;
  const r = RANGE.exec(range);
  const start = Number(r?.[1]);
  const end = Number(r?.[3]);
  if (!r || start < 1 || end < start) {
    problems.add(`expected a block range startLine.startCol,endLine.endCol, found ${excerpt(range)}`, number, col(range, path.length));
    return false;
  }
  const stmts = parseCount(stmtsRaw);
  const count = parseCount(countRaw);
  if (stmts === undefined) {
    problems.add(`expected a statement count, found ${excerpt(stmtsRaw)}`, number, col(stmtsRaw, path.length + range.length + 1));
    return false;
  }
  if (count === undefined) {
    problems.add(`expected an execution count, found ${excerpt(countRaw)}`, number, text.trimEnd().length - countRaw.length + 1);
    return false;
  }
  if (stmts === 0) return true;
  // GOPATH-less packages are written as "_" + the absolute folder ("_/home/me/proj/x.go").
  const draft = builder.file(path.replace(/^_(?=\/)/, ''));
  for (let line = start; line <= end; line++) addLine(draft, line, count);
  return true;
}

export const goCoverFormat: CoverageFormat = {
  id: 'go-cover',
  kind: 'coverage',
  description: 'Go coverage profile (go test -coverprofile): mode line, then file:range numStmts count blocks',
  sniff: (head) => /^mode:\s*(set|count|atomic)\s*$/m.test(head.split(/\r?\n/, 1)[0] ?? ''),
  parse: parseGoCover
};
