import type { XmlTag } from '../../stream/xml-stream.js';
import { coverageTotals, type CoverageTotals, type DeclaredCoverage } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { attr, compareDeclared, compareRate, noRecords, parseCount, parseLineNumber, ProblemList, readXml } from './common.js';
import { addBranches, addFunction, addLine, CoverageBuilder, type FileDraft } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * Cobertura XML, as written by coverage.py, Coverlet, gcovr, simplecov-cobertura, istanbul and
 * Cobertura itself. `<class filename>` is relative to one of the `<sources><source>` roots; several
 * classes (nested classes, C# display classes) can name the same file and are merged.
 */

interface Header {
  readonly line: number;
  readonly attrs: Readonly<Record<string, string>>;
}

interface MethodDraft {
  readonly name: string;
  line?: number;
  hits: number;
}

interface State {
  readonly file: string;
  readonly builder: CoverageBuilder;
  readonly problems: ProblemList;
  readonly roots: string[];
  header?: Header;
  source?: string;
  draft?: FileDraft;
  method?: MethodDraft;
}

export async function parseCobertura(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const state: State = { file, builder: new CoverageBuilder(ctx.repo), problems: new ProblemList(file), roots: [] };
  const xmlWarnings: Problem[] = [];
  const problem = await readXml(file, chunks, { name: 'coverage', format: 'Cobertura' }, {
    open: (tag, _parent, line) => open(state, tag, line),
    close: (tag) => close(state, tag),
    text: (t) => {
      if (state.source !== undefined) state.source += t;
    }
  }, xmlWarnings);
  state.problems.push(problem);
  if (!problem && state.builder.fileCount === 0) state.problems.push(noRecords(file, 'no <class filename> element found'));
  const declared = declaredTotals(state.header);
  const report = state.builder.build(declared);
  // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
  const warnings = [...xmlWarnings, ...(problem ? [] : headerWarnings(state, coverageTotals(report.files), declared))];
  return { report, problems: state.problems.list(), warnings };
}

function open(state: State, tag: XmlTag, line: number): void {
  switch (tag.name) {
    case 'coverage':
      state.header = { line, attrs: tag.attributes };
      return;
    case 'source':
      state.source = '';
      return;
    case 'class': {
      const filename = attr(tag, 'filename');
      if (filename === undefined) state.problems.add(`<class name=${excerpt(attr(tag, 'name') ?? '')}> has no filename attribute; its lines are skipped`, line);
      state.draft = filename === undefined ? undefined : state.builder.file(filename, state.roots);
      return;
    }
    case 'method':
      if (state.draft) state.method = { name: attr(tag, 'name') ?? '(anonymous)', hits: 0 };
      return;
    case 'line':
      if (state.draft) readLine(state, state.draft, tag, line);
      return;
  }
}

function close(state: State, tag: XmlTag): void {
  if (tag.name === 'source' && state.source !== undefined) {
    const root = state.source.trim();
    if (root) state.roots.push(root);
    state.source = undefined;
  } else if (tag.name === 'method' && state.method && state.draft) {
    const { name, line, hits } = state.method;
    addFunction(state.draft, { name, ...(line === undefined ? {} : { line }), hits });
    state.method = undefined;
  } else if (tag.name === 'class') {
    state.draft = undefined;
  }
}

function readLine(state: State, draft: FileDraft, tag: XmlTag, at: number): void {
  const number = parseLineNumber(attr(tag, 'number'));
  const hits = parseCount(attr(tag, 'hits'));
  if (number === undefined) return state.problems.add(`<line>: expected a positive line number, found number=${excerpt(attr(tag, 'number') ?? '')}`, at);
  if (hits === undefined) return state.problems.add(`<line number="${number}">: expected a hit count, found hits=${excerpt(attr(tag, 'hits') ?? '')}`, at);
  // Lines under <method> only describe the method: Cobertura repeats them in the class's <lines>,
  // and istanbul writes the declaration line there, which is not a statement line at all.
  if (state.method) {
    state.method.line = Math.min(state.method.line ?? number, number);
    state.method.hits = Math.max(state.method.hits, hits);
    return;
  }
  addLine(draft, number, hits);
  const condition = attr(tag, 'condition-coverage');
  if (condition === undefined) return;
  // "50% (1/2)": the counts in brackets are what we keep; the percentage is derived from them.
  const m = /\((\d+)\/(\d+)\)/.exec(condition);
  if (!m) return state.problems.add(`<line number="${number}">: expected condition-coverage like "50% (1/2)", found ${excerpt(condition)}`, at);
  addBranches(draft, number, { covered: Number(m[1]), total: Number(m[2]) });
}

function declaredTotals(header: Header | undefined): DeclaredCoverage | undefined {
  if (!header) return undefined;
  const lines = pair(header.attrs['lines-covered'], header.attrs['lines-valid']);
  const branches = pair(header.attrs['branches-covered'], header.attrs['branches-valid']);
  return { ...(lines ? { lines } : {}), ...(branches ? { branches } : {}) };
}

function pair(coveredRaw: string | undefined, totalRaw: string | undefined): CoverageTotals | undefined {
  const covered = parseCount(coveredRaw);
  const total = parseCount(totalRaw);
  return covered === undefined || total === undefined ? undefined : { covered, total };
}

/** Counts when the header has them (Coverlet, gcovr, istanbul); else the rates (coverage.py). */
function headerWarnings(state: State, actual: ReturnType<typeof coverageTotals>, declared: DeclaredCoverage | undefined): Problem[] {
  if (!state.header) return [];
  const where = { file: state.file, line: state.header.line };
  const found = [
    declared?.lines ? compareDeclared(where, 'lines', declared.lines, actual.lines) : compareRate(where, 'line', state.header.attrs['line-rate'], actual.lines),
    declared?.branches ? compareDeclared(where, 'branches', declared.branches, actual.branches) : compareRate(where, 'branch', state.header.attrs['branch-rate'], actual.branches)
  ];
  return found.filter((p): p is Problem => p !== undefined);
}

export const coberturaFormat: CoverageFormat = {
  id: 'cobertura',
  kind: 'coverage',
  description: 'Cobertura XML (coverage.py, Coverlet, gcovr, simplecov-cobertura, istanbul cobertura)',
  sniff: (head) => /<coverage\b[^>]*\bline-rate\s*=/.test(head) || /<!DOCTYPE\s+coverage\b[^>]*cobertura/i.test(head),
  parse: parseCobertura
};
