import type { XmlTag } from '../../stream/xml-stream.js';
import { coverageTotals, type CoverageTotals, type DeclaredCoverage } from '../../../model/coverage.js';
import type { Problem } from '../../../model/problems.js';
import type { Chunks, CoverageFormat, ParseContext, ParsedCoverage } from '../../format.js';
import { attr, compareDeclared, noRecords, parseCount, parseLineNumber, ProblemList, readXml } from './common.js';
import { addBranches, addFunction, addLine, CoverageBuilder, type FileDraft } from './merge.js';
import { excerpt } from '../../../model/excerpt.js';

/**
 * JaCoCo XML (`jacoco:report`, Gradle `jacocoTestReport`, `report-aggregate` with `<group>`s).
 * A source file's path is its package path plus `<sourcefile name>` (`com/acme/Foo.java`); the repo
 * prefix (`src/main/java/`, a module folder) is found by suffix match against the tracked files.
 *
 * JaCoCo has no execution counts. A line is covered when it has a covered instruction (`ci > 0`,
 * partly covered lines included, as JaCoCo's own LINE counter does), so a line's "hits" are 1 or 0.
 * Branches are `mb`/`cb` per line. Methods come from `<class><method>` with their METHOD counter.
 */

interface Counter {
  readonly line: number;
  readonly totals: CoverageTotals;
}

interface MethodDraft {
  readonly file: string;
  readonly name: string;
  readonly line?: number;
  hits: number;
}

interface State {
  readonly file: string;
  readonly builder: CoverageBuilder;
  readonly problems: ProblemList;
  /** Report-level counters by type (LINE, BRANCH, INSTRUCTION…): what the header declares. */
  readonly counters: Map<string, Counter>;
  pkg: string;
  className?: string;
  classSource?: string;
  method?: MethodDraft;
  draft?: FileDraft;
}

export async function parseJaCoCo(file: string, chunks: Chunks, ctx: ParseContext): Promise<ParsedCoverage> {
  const state: State = { file, builder: new CoverageBuilder(ctx.repo), problems: new ProblemList(file), counters: new Map(), pkg: '' };
  const xmlWarnings: Problem[] = [];
  const problem = await readXml(file, chunks, { name: 'report', format: 'JaCoCo' }, {
    open: (tag, parent, line) => open(state, tag, parent, line),
    close: (tag) => close(state, tag)
  }, xmlWarnings);
  state.problems.push(problem);
  if (!problem && state.builder.fileCount === 0) state.problems.push(noRecords(file, 'no <sourcefile> element found'));
  const line = state.counters.get('LINE');
  const branch = state.counters.get('BRANCH');
  const declared: DeclaredCoverage = { ...(line ? { lines: line.totals } : {}), ...(branch ? { branches: branch.totals } : {}) };
  const report = state.builder.build(declared);
  const actual = coverageTotals(report.files);
  // A read that stopped early has fewer records than the header counts: that is the problem, not a mismatch.
  const warnings = [
    ...xmlWarnings,
    line && compareDeclared({ file, line: line.line }, 'lines (LINE counter)', line.totals, actual.lines),
    branch && compareDeclared({ file, line: branch.line }, 'branches (BRANCH counter)', branch.totals, actual.branches)
  ].filter((p): p is Problem => p !== undefined && !problem);
  return { report, problems: state.problems.list(), warnings };
}

function open(state: State, tag: XmlTag, parent: string | undefined, line: number): void {
  switch (tag.name) {
    case 'package':
      state.pkg = attr(tag, 'name') ?? '';
      return;
    case 'class':
      state.className = attr(tag, 'name');
      state.classSource = attr(tag, 'sourcefilename');
      return;
    case 'method':
      if (state.classSource) state.method = openMethod(state, tag);
      return;
    case 'counter':
      readCounter(state, tag, parent, line);
      return;
    case 'sourcefile':
      state.draft = state.builder.file(sourcePath(state.pkg, attr(tag, 'name') ?? ''));
      return;
    case 'line':
      if (state.draft && parent === 'sourcefile') readLine(state, state.draft, tag, line);
      return;
  }
}

function close(state: State, tag: XmlTag): void {
  if (tag.name === 'method' && state.method) {
    const { file, name, line, hits } = state.method;
    addFunction(state.builder.file(file), { name, ...(line === undefined ? {} : { line }), hits });
    state.method = undefined;
  } else if (tag.name === 'class') {
    state.className = state.classSource = undefined;
  } else if (tag.name === 'sourcefile') {
    state.draft = undefined;
  } else if (tag.name === 'package') {
    state.pkg = '';
  }
}

function sourcePath(pkg: string, name: string): string {
  return pkg ? `${pkg}/${name}` : name;
}

function openMethod(state: State, tag: XmlTag): MethodDraft {
  const owner = (state.className ?? '').slice((state.className ?? '').lastIndexOf('/') + 1);
  const name = `${owner ? `${owner}.` : ''}${attr(tag, 'name') ?? ''}`;
  const line = parseLineNumber(attr(tag, 'line'));
  return { file: sourcePath(state.pkg, state.classSource ?? ''), name, ...(line === undefined ? {} : { line }), hits: 0 };
}

function readCounter(state: State, tag: XmlTag, parent: string | undefined, line: number): void {
  const type = attr(tag, 'type') ?? '';
  if (parent === 'method' && type === 'METHOD' && state.method) {
    state.method.hits = (parseCount(attr(tag, 'covered')) ?? 0) > 0 ? 1 : 0;
    return;
  }
  if (parent !== 'report') return;
  const missed = parseCount(attr(tag, 'missed'));
  const covered = parseCount(attr(tag, 'covered'));
  if (missed === undefined || covered === undefined) {
    state.problems.add(`<counter type="${type}">: expected missed and covered counts, found missed=${excerpt(attr(tag, 'missed') ?? '')} covered=${excerpt(attr(tag, 'covered') ?? '')}`, line);
    return;
  }
  state.counters.set(type, { line, totals: { covered, total: Math.min(missed + covered, Number.MAX_SAFE_INTEGER) } });
}

function readLine(state: State, draft: FileDraft, tag: XmlTag, at: number): void {
  const nr = parseLineNumber(attr(tag, 'nr'));
  if (nr === undefined) return state.problems.add(`<line>: expected a positive line number, found nr=${excerpt(attr(tag, 'nr') ?? '')}`, at);
  const counts: Record<'mi' | 'ci' | 'mb' | 'cb', number> = { mi: 0, ci: 0, mb: 0, cb: 0 };
  for (const key of ['mi', 'ci', 'mb', 'cb'] as const) {
    const raw = attr(tag, key);
    const n = raw === undefined ? 0 : parseCount(raw);
    if (n === undefined) return state.problems.add(`<line nr="${nr}">: expected a count, found ${key}=${excerpt(raw ?? '')}`, at);
    counts[key] = n;
  }
  addLine(draft, nr, counts.ci > 0 ? 1 : 0);
  addBranches(draft, nr, { covered: counts.cb, total: counts.mb + counts.cb });
}

export const jacocoFormat: CoverageFormat = {
  id: 'jacoco',
  kind: 'coverage',
  description: 'JaCoCo XML report (Maven jacoco:report, Gradle jacocoTestReport, report-aggregate)',
  sniff: (head) =>
    /<!DOCTYPE\s+report\s+PUBLIC\s+"-\/\/JACOCO/.test(head) || (/<report\b[^>]*\bname\s*=/.test(head) && /<(sessioninfo|package|group)\b/.test(head)),
  parse: parseJaCoCo
};
