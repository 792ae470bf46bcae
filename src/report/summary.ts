import type { TestCase } from '../model/tests.js';
import type { GateCategory, GateResult } from '../model/verdict.js';
import { buildGuidance, type GuidanceItem } from '../gates/guidance.js';
import type { BenchmarkComparison, PerformanceEvaluation } from '../gates/performance-gate.js';
import { byteLength, clipMiddle, clipMiddleBytes } from '../ingest/stream/text.js';
import { cell, code, codeBlock, htmlText, inline, table } from './markdown.js';
import { levelShiftSection, trendsSection } from './trends.js';
import { renderPipeline } from './pipeline.js';
import { type GateOutcome, type ShardBalance } from '../model/outcome.js';
import { hideExcerpts } from '../model/excerpt.js';
import { renderContainers } from './pipeline-advice.js';
import { count, percent, sig3, wallTime } from '../model/format.js';

/** Where the report is shown, for links; all optional so the CLI renders without GitHub. */
export interface ReportContext {
  readonly title: string;
  readonly sha?: string;
  /** e.g. https://github.com/owner/repo, for links to failing lines at `sha`. */
  readonly repoUrl?: string;
  readonly runUrl?: string;
  /** Where history is kept (store description); undefined when history is off. */
  readonly historyStore?: string;
  /** The uploaded report artifact, linked from the footer. */
  readonly artifactUrl?: string;
  /** Extra lines for the footer (what was skipped). */
  readonly notes?: readonly string[];
}

const STATUS_ICON: Record<GateResult['status'], string> = { passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️', waived: '🏷️' };
/** Failure bodies shown per test; the check run and the JSON report carry more. */
const DETAILS_PER_FAILURE = 3000;

/**
 * Renders the verdict as markdown within `budget` characters. When the full text does not fit it
 * degrades in steps: shorter failure bodies, then names only, then fewer failures, and says so.
 */
export function renderMarkdown(outcome: GateOutcome, ctx: ReportContext, budget: number): string {
  const failures = outcome.tests.failures;
  const steps: Step[] = [
    { shown: failures.length, detail: DETAILS_PER_FAILURE, charts: true },
    { shown: failures.length, detail: 500, charts: true },
    { shown: failures.length, detail: 0, charts: true },
    { shown: failures.length, detail: 0, charts: false }
  ];
  for (let shown = Math.min(failures.length, 200); shown > 0; shown = Math.floor(shown / 2)) steps.push({ shown, detail: 0, charts: false });
  steps.push({ shown: 0, detail: 0, charts: false });
  for (const step of steps) {
    const text = compose(outcome, ctx, failures, step);
    if (text.length <= budget) return text;
  }
  return clipMiddle(compose(outcome, ctx, failures, { shown: 0, detail: 0, charts: false }), budget);
}

/** One degradation step: failures listed, characters of each failure body, trend charts drawn. */
interface Step {
  readonly shown: number;
  readonly detail: number;
  readonly charts: boolean;
}

function compose(outcome: GateOutcome, ctx: ReportContext, failures: readonly TestCase[], { shown, detail, charts }: Step): string {
  const parts = [heading(outcome, ctx), gatesTable(outcome.verdict.gates)];
  const guidance = guidanceSection(outcome, ctx);
  if (guidance) parts.push(guidance);
  if (failures.length || outcome.tests.failuresOmitted) parts.push(failureSection(failures, ctx, shown, detail, outcome.tests.failuresOmitted));
  if (outcome.performance?.comparisons.length) parts.push(performanceSection(outcome.performance));
  if (outcome.trends?.length && charts) parts.push(trendsSection(outcome.trends));
  if (outcome.levelShifts) parts.push(levelShiftSection(outcome.levelShifts, (outcome.previous?.runs.length ?? 0) + 1, ctx.repoUrl));
  if (outcome.tests.flaky.length) parts.push(flakySection(outcome.tests.flaky, ctx));
  if (outcome.shards) parts.push(shardSection(outcome.shards));
  if (outcome.pipeline) parts.push(renderPipeline(outcome.pipeline, { previous: outcome.previous?.runs ?? [], withinBudget: withinBudget(outcome) }).trimEnd());
  if (outcome.containers?.files.length) parts.push(renderContainers(outcome.containers));
  // Posted text: file content quoted in a message stays in the log (see model/excerpt.ts).
  const notes = [...outcome.problems.map((p) => `Unreadable report ${code(p.file)}${p.line ? ` line ${p.line}` : ''}: ${inline(hideExcerpts(p.message))}`), ...outcome.warnings.map((w) => inline(hideExcerpts(w)))];
  if (notes.length) parts.push(`### Notes\n${notes.map((n) => `- ${n}`).join('\n')}`);
  const cuts = cutsOf(outcome, { shown, detail, charts });
  if (cuts.length) parts.push(`<sub>Shortened to fit GitHub's size limit: ${cuts.join('; ')}.</sub>`);
  parts.push(footer(outcome, ctx));
  return `${parts.join('\n\n')}\n`;
}

/** The run's duration gate did not fail: the explanation of where the time went can be folded. */
function withinBudget(outcome: GateOutcome): boolean {
  return !outcome.verdict.gates.some((g) => g.gate === 'metrics.pipeline.duration-minutes' && (g.status === 'failed' || g.status === 'warning'));
}

/** What a degradation step left out, so the reader knows the page is not the whole story. */
function cutsOf(outcome: GateOutcome, step: Step): string[] {
  const failures = outcome.tests.failures.length;
  const cuts: string[] = [];
  if (failures && step.detail < DETAILS_PER_FAILURE) cuts.push(step.detail ? `failure messages cut to ${step.detail} characters` : 'failure messages left out');
  if (step.shown < failures) cuts.push(`${count(failures - step.shown, 'failed tests')} not listed`);
  if (outcome.trends?.length && !step.charts) cuts.push('trend charts left out');
  return cuts;
}

function heading(outcome: GateOutcome, ctx: ReportContext): string {
  const { verdict } = outcome;
  const { counts } = outcome.tests;
  const icon = verdict.passed ? (verdict.gates.some((g) => g.status === 'warning') ? '⚠️' : '✅') : '❌';
  const word = verdict.passed ? 'passed' : 'failed';
  const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : '';
  const tests = `**${counts.total} ${counts.total === 1 ? 'test' : 'tests'}**: ${counts.passed} passed${flaky}, ${counts.failed} failed${counts.errors ? `, ${counts.errors} errored` : ''}, ${counts.skipped} skipped`;
  const files = `${outcome.files.length} report ${outcome.files.length === 1 ? 'file' : 'files'}`;
  const sha = ctx.sha ? ` · commit ${code(ctx.sha.slice(0, 7))}` : '';
  return `## ${icon} ${inline(ctx.title)}: ${word}\n\n${tests} · ${files}${sha}`;
}

function gatesTable(gates: readonly GateResult[]): string {
  const withBase = gates.some((g) => g.base !== undefined);
  const rows = gates.map((g) => [
    code(g.gate),
    `${STATUS_ICON[g.status]} ${g.status}${statusNote(g)}`,
    g.actual === null ? '—' : g.unit ? `${shownActual(g.actual, g)} ${cell(g.metric)}` : cell(count(g.actual, g.metric)),
    `${g.comparator} ${number(g.threshold, g.unit)}`,
    ...(withBase ? [g.base === undefined || g.base === null ? '—' : number(g.base, g.unit)] : []),
    cell(g.message, 300)
  ]);
  return table(['Gate', 'Status', 'Actual', 'Threshold', ...(withBase ? ['Base'] : []), 'Details'], rows);
}

function statusNote(g: GateResult): string {
  if (g.waiver) return g.waiver.kind === 'approval' ? ` (approved by ${inline(g.waiver.by)})` : ` (${g.waiver.kind} ${code(g.waiver.by)})`;
  if (g.status === 'failed' && g.action === 'require-approval') return ' (needs approval)';
  return g.action === 'warn' && g.status !== 'passed' ? ' (warn only)' : '';
}

/** Three digits, unless that would print the actual value as the threshold it differs from. */
function shownActual(actual: number, g: GateResult): string {
  const shown = number(actual, g.unit);
  return shown === number(g.threshold, g.unit) && actual !== g.threshold ? `${actual} ${cell(g.unit ?? '')}`.trim() : shown;
}

function number(x: number, unit: string | undefined): string {
  if (!unit) return String(x);
  // percentages are already rounded to two places (half up) where they were judged
  return unit === '%' || unit === 'pp' ? `${x}${unit === 'pp' ? ' pp' : '%'}` : `${sig3(x)} ${cell(unit)}`;
}

const CATEGORY_TITLE: Record<GateCategory, string> = {
  reports: 'Reports', tests: 'Tests', coverage: 'Coverage', performance: 'Performance', security: 'Security', docs: 'Docs', metrics: 'Metrics', pipeline: 'Pipeline'
};

/** "What to fix": the failing and warning gates by category, three items each, with where. */
function guidanceSection(outcome: GateOutcome, ctx: ReportContext): string | undefined {
  // The failed tests have their own section with the stack traces; guidance lists the other kinds.
  const groups = buildGuidance(outcome.verdict.gates.filter((g) => !(g.gate === 'tests' && g.metric === 'failed tests')));
  if (!groups.length) return undefined;
  const lines = groups.map((group) => {
    // Items that already name their file get the link only when there is one to give.
    const where = (i: GuidanceItem) => (!i.location ? '' : i.text.includes(i.location.file) && !(ctx.repoUrl && ctx.sha) ? '' : ` — ${location(i.location, ctx)}`);
    const items = group.items.map((i) => `  - ${inline(i.text)}${where(i)}`);
    const more = group.more ? [`  - …and ${group.more} more`] : [];
    return [`- **${CATEGORY_TITLE[group.category]}**`, ...items, ...more].join('\n');
  });
  return `### What to fix\n\n${lines.join('\n')}`;
}

/** The detector's per-benchmark verdicts: regressions first, then the rest by effect. */
function performanceSection(p: PerformanceEvaluation): string {
  const order: Record<string, number> = { regression: 0, watching: 1, insufficient: 2, improvement: 3, unchanged: 4 };
  const rows = [...p.comparisons]
    .sort((a, b) => (order[a.verdict] ?? 9) - (order[b.verdict] ?? 9) || Math.abs((b.ratio ?? 1) - 1) - Math.abs((a.ratio ?? 1) - 1))
    .slice(0, 50)
    .map((c) => [
      inline(c.name),
      `${VERDICT_ICON[c.verdict] ?? ''} ${c.verdict}${c.strong ? ' (strong)' : ''}`,
      c.ratio === null ? '—' : `×${sig3(c.ratio)}`,
      c.ci ? `×${sig3(c.ci[0])} – ×${sig3(c.ci[1])}` : '—',
      c.qValue === null ? '—' : c.qValue.toPrecision(2),
      `${c.samples.base} / ${c.samples.head}`
    ]);
  const mode = p.comparisons[0]?.mode === 'history' ? 'one value per run against the base branch history' : 'same-job A/B samples';
  const shift = p.runShift !== undefined && Math.abs(p.runShift - 1) >= 0.005 ? ` This run was ${percent(Math.abs(p.runShift - 1), 1)} ${p.runShift > 1 ? 'slower' : 'faster'} across all benchmarks (runner speed); that shift was removed before judging.` : '';
  const more = p.comparisons.length > rows.length ? `\n\n…and ${p.comparisons.length - rows.length} more in the JSON report.` : '';
  const head = ['Benchmark', 'Verdict', 'Ratio', '95% CI', 'q', 'Samples (base / head)'];
  return `### Benchmarks (${p.comparisons.length}, ${mode})\n\nRatio is head ÷ base in the tool's unit (below 1 is faster for times).${shift}\n\n${table(head, rows)}${more}${historyNotes(p.comparisons)}`;
}

/** Why history mode is watching a benchmark, or cannot tell from one run: the reasons, a few of them. */
function historyNotes(comparisons: readonly BenchmarkComparison[]): string {
  const noted = comparisons.filter((c) => c.mode === 'history' && (c.verdict === 'watching' || (c.verdict === 'insufficient' && c.detectable !== undefined)));
  if (!noted.length) return '';
  const lines = noted.slice(0, 10).map((c) => `- ${VERDICT_ICON[c.verdict]} ${inline(c.name)}: ${inline(c.reason)}`);
  const more = noted.length > lines.length ? `\n- …and ${noted.length - lines.length} more in the JSON report.` : '';
  return `\n\n<details><summary>Watching and inconclusive (${noted.length})</summary>\n\n${lines.join('\n')}${more}\n\n</details>`;
}

const VERDICT_ICON: Record<string, string> = { regression: '🔺', watching: '👀', improvement: '🟢', unchanged: '▫️', insufficient: '❔' };

function failureSection(failures: readonly TestCase[], ctx: ReportContext, shown: number, detail: number, omitted: number): string {
  const items = failures.slice(0, shown).map((c) => failureItem(c, ctx, detail));
  const total = failures.length + omitted;
  const more = total - items.length;
  const tail = more > 0 ? `\n\n…and ${count(more, 'more failed tests')} not shown here (see the check run annotations and the JSON report).` : '';
  return `### Failed tests (${total})${items.length ? `\n\n${items.join('\n')}` : ''}${tail}`;
}

/** Flaky tests passed in the end; listed by name so they get fixed before they start failing. */
function flakySection(flaky: readonly TestCase[], ctx: ReportContext): string {
  const shown = flaky.slice(0, 20).map((c) => {
    const where = location(c, ctx);
    const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : '';
    return `- ⚠️ ${inline([c.suite, c.name].filter(Boolean).join(' › '))}${where ? ` — ${where}` : ''}: passed${tries}`;
  });
  const more = flaky.length > shown.length ? `\n\n…and ${flaky.length - shown.length} more.` : '';
  return `### Flaky tests (${flaky.length})\n\n${shown.join('\n')}${more}`;
}

/** What the plan expected per shard beside what the reports say each took. */
function shardSection(balance: ShardBalance): string {
  const rows = balance.shards.map((s) => [String(s.index), `${s.reported}/${s.tests}`, wallTime(s.estimatedSeconds), wallTime(s.realisedSeconds)]);
  const efficiency = `Realised efficiency ${percent(balance.efficiency, 1)} (sum ÷ shards × slowest; test time only, job start-up not included).`;
  return `### Shard balance\n\n${efficiency}\n\n${table(['Shard', 'Tests reported', 'Estimated', 'Realised'], rows)}`;
}

function failureItem(c: TestCase, ctx: ReportContext, detail: number): string {
  const name = [c.suite, c.name].filter(Boolean).join(' › ');
  const where = location(c, ctx);
  const icon = c.status === 'error' ? '💥' : '❌';
  if (detail === 0) return `- ${icon} ${inline(name)}${where ? ` — ${where}` : ''}${c.message ? `: ${cell(c.message, 150)}` : ''}`;
  const body = clipMiddle(c.details ?? c.message ?? '', detail);
  return `<details><summary>${icon} ${htmlText(name)}</summary>\n\n${where ? `${where}\n\n` : ''}${body ? codeBlock(body) : '(no message)'}\n\n</details>`;
}

function location(c: { readonly file?: string; readonly line?: number }, ctx: ReportContext): string {
  if (!c.file) return '';
  const label = code(c.line ? `${c.file}:${c.line}` : c.file);
  const segments = c.file.replace(/\\/g, '/').split('/');
  const relative = !c.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(c.file) && !segments.includes('..');
  if (!ctx.repoUrl || !ctx.sha || !relative) return label;
  // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the markdown link.
  const path = segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
  return `[${label}](${ctx.repoUrl}/blob/${ctx.sha}/${path}${c.line ? `#L${c.line}` : ''})`;
}

function footer(outcome: GateOutcome, ctx: ReportContext): string {
  const runs = outcome.previous?.runs.length ?? 0;
  const history = outcome.historySource
    ? `history: ${runs} earlier ${runs === 1 ? 'run' : 'runs'} from ${inline(outcome.historySource)}`
    : `history: ${ctx.historyStore ? `none yet in ${inline(ctx.historyStore)}` : 'off'}`;
  const bits = [history, ...(ctx.notes ?? []).map(inline)];
  if (ctx.runUrl) bits.push(`[workflow run](${ctx.runUrl})`);
  if (ctx.artifactUrl) bits.push(`[full report](${ctx.artifactUrl})`);
  return `<sub>${bits.join(' · ')}</sub>`;
}

/** Like renderMarkdown, but the limit is in UTF-8 bytes (the job summary's 1 MiB is bytes). */
export function renderMarkdownBytes(outcome: GateOutcome, ctx: ReportContext, maxBytes: number): string {
  for (let budget = maxBytes; budget >= 256; budget = Math.floor(budget * 0.8)) {
    const md = renderMarkdown(outcome, ctx, budget);
    if (byteLength(md) <= maxBytes) return md;
  }
  return clipMiddleBytes(renderMarkdown(outcome, ctx, maxBytes), maxBytes);
}
