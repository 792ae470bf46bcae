import type { TestCase } from '../model/tests.js';
import type { GateCategory, GateLocation, GateResult } from '../model/verdict.js';

/**
 * "What do I fix first?": the failed and warning gates grouped by category, a few concrete items
 * each (the failing test at file:line, the uncovered changed lines, the finding's rule and place),
 * and how many more there are. Pure data; the renderer turns it into markdown.
 */

export interface GuidanceItem {
  readonly text: string;
  readonly location?: GateLocation;
}

export interface GuidanceGroup {
  readonly category: GateCategory;
  /** The first `perCategory` items, blocking failures before warnings. */
  readonly items: readonly GuidanceItem[];
  /** Items not shown. */
  readonly more: number;
}

export interface GuidanceContext {
  /** The failing tests (TestSummary.failures): the tests gate then lists them, not its summary. */
  readonly failedTests?: readonly TestCase[];
  /** Failing tests counted but not kept (TestSummary.failuresOmitted). Default 0. */
  readonly failedTestsOmitted?: number;
  /** Items shown per category. Default 3. */
  readonly perCategory?: number;
}

export const CATEGORY_ORDER: readonly GateCategory[] = ['reports', 'tests', 'coverage', 'performance', 'security', 'docs', 'metrics', 'pipeline'];

/** Gate names of other kinds (and gates made before `category` existed) mapped to their category. */
const BY_NAME: Readonly<Record<string, GateCategory>> = {
  benchmarks: 'performance',
  benchmark: 'performance',
  secrets: 'security',
  sarif: 'security',
  changelog: 'docs',
  container: 'pipeline'
};

export function buildGuidance(gates: readonly GateResult[], context: GuidanceContext = {}): GuidanceGroup[] {
  const perCategory = context.perCategory ?? 3;
  const pending = new Map<GateCategory, { items: GuidanceItem[]; unlisted: number }>();
  let testsListed = false;
  // Blocking failures first: they are what stops the merge.
  const failing = [...gates.filter((g) => g.status === 'failed'), ...gates.filter((g) => g.status === 'warning')];
  for (const g of failing) {
    const category = categoryOf(g);
    const group = pending.get(category) ?? { items: [], unlisted: 0 };
    pending.set(category, group);
    if (!testsListed && isFailedTestsGate(g) && context.failedTests?.length) {
      testsListed = true;
      group.items.push(...context.failedTests.map(testItem));
      group.unlisted += context.failedTestsOmitted ?? 0;
    } else if (g.items?.length) {
      // Two gates may name the same thing (the minimum and the drop both list the least covered files).
      group.items.push(...g.items.filter((i) => !group.items.some((seen) => sameItem(seen, i))));
      group.unlisted += g.moreItems ?? 0;
    } else {
      group.items.push(summaryItem(g));
    }
  }
  return CATEGORY_ORDER.filter((c) => pending.has(c)).map((category) => {
    const { items, unlisted } = pending.get(category) as { items: GuidanceItem[]; unlisted: number };
    return { category, items: items.slice(0, perCategory), more: Math.max(0, items.length - perCategory) + unlisted };
  });
}

/** The gate's own category, else its name's first segment ("coverage.patch" → coverage). */
export function categoryOf(g: GateResult): GateCategory {
  if (g.category) return g.category;
  const first = g.gate.split('.')[0] as string;
  if ((CATEGORY_ORDER as readonly string[]).includes(first)) return first as GateCategory;
  return BY_NAME[first] ?? 'metrics';
}

function sameItem(a: GuidanceItem, b: GuidanceItem): boolean {
  return a.text === b.text && a.location?.file === b.location?.file && a.location?.line === b.location?.line;
}

function isFailedTestsGate(g: GateResult): boolean {
  return g.gate === 'tests' && g.metric === 'failed tests';
}

function testItem(c: TestCase): GuidanceItem {
  const name = [c.suite, c.name].filter(Boolean).join(' › ');
  const why = c.message ? `: ${firstLine(c.message)}` : '';
  const verb = c.status === 'error' ? 'errored' : 'failed';
  return { text: `${name} ${verb}${why}`, ...(c.file ? { location: { file: c.file, ...(c.line ? { line: c.line } : {}) } } : {}) };
}

/** A gate without items: its message, and the first suggestion as the fix. */
function summaryItem(g: GateResult): GuidanceItem {
  const fix = g.suggestions[0];
  return { text: fix ? `${g.message} ${fix}` : g.message };
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}
