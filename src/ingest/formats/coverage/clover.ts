import type { Problem } from '../../../model/problems.js';
import type { XmlTag } from '../../stream/xml-stream.js';
import { coverageTotals, type CoverageTotals } from '../../../model/coverage.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { attr, compareDeclared, noRecords, parseCount, parseLineNumber, ProblemList, readXml } from './common.js';
import { addBranches, addFunction, addLine, CoverageBuilder, type FileDraft } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Clover XML, from istanbul's `clover` reporter (Jest, nyc, vitest) and from OpenClover.
 *
 * `<line type="stmt" count>` is a coverable line. `type="cond"` means two different things:
 * istanbul writes it for a statement line that also has branches, with the line's `count` and
 * `truecount`/`falsecount` = branch arms covered / not covered; OpenClover writes it without a
 * `count`, with `truecount`/`falsecount` = times the condition was true / false (two outcomes). The
 * presence of `count` tells them apart. `type="method"` is a function, not a line of its own.
 *
 * The header check compares `conditionals`/`coveredconditionals` only: Clover's `statements` counts
 * statements, and several can share a line, so it is not comparable with a count of lines.
 */

interface State {
  readonly file: string;
  readonly builder: CoverageBuilder;
  readonly problems: ProblemList;
  declared?: { line: number; branches: CoverageTotals };
  pkg: string;
  draft?: FileDraft;
  /** Inside OpenClover's `<testproject>`: the test sources' own coverage, not the product's. */
  inTests: boolean;
}

export async function parseClover(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const state: State = { file, builder: new CoverageBuilder(ctx.repo), problems: new ProblemList(file), pkg: '', inTests: false };
  const xmlWarnings: Problem[] = [];
  const problem = await readXml(file, chunks, { name: 'coverage', format: 'Clover' }, {
    open: (tag, parent, line) => open(state, tag, parent, line),
    close: (tag) => close(state, tag)
  }, xmlWarnings);
  state.problems.push(problem);
  if (!problem && state.builder.fileCount === 0) state.problems.push(noRecords(file, 'no <file> element found'));
  const report = state.builder.build(state.declared ? { branches: state.declared.branches } : undefined);
  const d = state.declared;
  // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
  const warning = d && !problem && compareDeclared({ file, line: d.line }, 'conditionals', d.branches, coverageTotals(report.files).branches);
  return { report, problems: state.problems.list(), warnings: [...xmlWarnings, ...(warning ? [warning] : [])] };
}

function open(state: State, tag: XmlTag, parent: string | undefined, line: number): void {
  switch (tag.name) {
    case 'testproject':
      state.inTests = true;
      return;
    case 'metrics':
      if (parent === 'project') readProjectMetrics(state, tag, line);
      return;
    case 'package':
      state.pkg = attr(tag, 'name') ?? '';
      return;
    case 'file':
      if (!state.inTests) state.draft = openFile(state, tag, line);
      return;
    case 'line':
      if (state.draft) readLine(state, state.draft, tag, line);
      return;
  }
}

function close(state: State, tag: XmlTag): void {
  if (tag.name === 'file') state.draft = undefined;
  else if (tag.name === 'package') state.pkg = '';
  else if (tag.name === 'testproject') state.inTests = false;
}

function openFile(state: State, tag: XmlTag, line: number): FileDraft | undefined {
  const path = attr(tag, 'path');
  const name = attr(tag, 'name');
  if (path !== undefined) return state.builder.file(path);
  if (name === undefined) {
    state.problems.add('<file> has neither a path nor a name attribute; its lines are skipped', line);
    return undefined;
  }
  // Without a path, a Java-style package ("com.acme") gives the folders.
  const folder = state.pkg && !state.pkg.includes('/') ? state.pkg.replace(/\./g, '/') : state.pkg;
  return state.builder.file(folder && !name.includes('/') ? `${folder}/${name}` : name);
}

function readProjectMetrics(state: State, tag: XmlTag, line: number): void {
  const total = parseCount(attr(tag, 'conditionals'));
  const covered = parseCount(attr(tag, 'coveredconditionals'));
  if (total !== undefined && covered !== undefined) state.declared = { line, branches: { covered, total } };
}

function readLine(state: State, draft: FileDraft, tag: XmlTag, at: number): void {
  const num = parseLineNumber(attr(tag, 'num'));
  if (num === undefined) return state.problems.add(`<line>: expected a positive line number, found num=${excerpt(attr(tag, 'num') ?? '')}`, at);
  const type = attr(tag, 'type') ?? 'stmt';
  const countRaw = attr(tag, 'count');
  const count = parseCount(countRaw);
  if (countRaw !== undefined && count === undefined) return state.problems.add(`<line num="${num}">: expected a count, found count=${excerpt(countRaw)}`, at);
  if (type === 'method') {
    addFunction(draft, { name: attr(tag, 'signature') ?? attr(tag, 'name') ?? `line ${num}`, line: num, hits: count ?? 0 });
    return;
  }
  if (type !== 'cond') {
    if (count === undefined) return state.problems.add(`<line num="${num}" type="${type}">: expected a count attribute`, at);
    addLine(draft, num, count);
    return;
  }
  const t = parseCount(attr(tag, 'truecount'));
  const f = parseCount(attr(tag, 'falsecount'));
  if (t === undefined || f === undefined) {
    return state.problems.add(`<line num="${num}" type="cond">: expected truecount and falsecount, found ${excerpt(attr(tag, 'truecount') ?? '')} and ${excerpt(attr(tag, 'falsecount') ?? '')}`, at);
  }
  if (count !== undefined) {
    addLine(draft, num, count);
    addBranches(draft, num, { covered: t, total: t + f });
  } else {
    addLine(draft, num, Math.min(t + f, Number.MAX_SAFE_INTEGER));
    addBranches(draft, num, { covered: (t > 0 ? 1 : 0) + (f > 0 ? 1 : 0), total: 2 });
  }
}

export const cloverFormat: CoverageFormat = {
  id: 'clover',
  kind: 'coverage',
  description: 'Clover XML (istanbul clover reporter from Jest, nyc, vitest; OpenClover)',
  sniff: (head) => /<coverage\b[^>]*\b(generated|clover)\s*=/.test(head) && /<project\b/.test(head),
  parse: parseClover
};
