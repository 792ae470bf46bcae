import { inline, table } from './markdown.js';
import { type BenchmarkTrend, type LevelShift } from '../model/outcome.js';
import { percent, plural, sig3 } from '../model/format.js';

/** Runs drawn per chart: enough to see a level, few enough to read the axis. */
const CHART_POINTS = 20;
/** Level shifts listed in markdown; the JSON report has all of them. */
const SHIFTS_LISTED = 10;

/**
 * A Mermaid `xychart-beta` line of a benchmark's last runs (GitHub renders Mermaid in comments
 * and job summaries). Everything placed in the chart is reduced to a safe alphabet: a benchmark
 * name could otherwise close the quoted title, start a `%%{init}%%` directive or end the fence.
 */
export function trendChart(trend: BenchmarkTrend): string {
  const points = trend.points.slice(-CHART_POINTS);
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
  const labels = points.map((p) => (p.current ? 'this' : hexShort(p.sha)));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${chartText(trend.name)}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${chartText(trend.unit)}" ${round(Math.max(0, lo - pad))} --> ${round(hi + pad)}`,
    `  line [${values.map(round).join(', ')}]`,
    '```'
  ].join('\n');
}

/** Charts with a table beside them (the data, for readers whose client does not render Mermaid). */
export function trendsSection(trends: readonly BenchmarkTrend[]): string {
  const blocks = trends.map((t) => {
    const rows = t.points.slice(-CHART_POINTS).map((p) => [p.current ? 'this run' : `\`${hexShort(p.sha)}\``, sig3(p.value)]);
    const data = table(['Commit', inline(t.unit)], rows);
    return `#### ${inline(t.name)}\n\n${trendChart(t)}\n\n<details><summary>Values</summary>\n\n${data}\n\n</details>`;
  });
  return `### Trends\n\nOne value per default-branch run (median of its samples), oldest first.\n\n${blocks.join('\n\n')}`;
}

/** Where benchmark levels moved on the default branch, newest first, with the commit range (both ends for a bump). */
export function levelShiftSection(shifts: readonly LevelShift[], runs: number, repoUrl: string | undefined): string {
  if (!shifts.length) return `### Level shifts\n\nNo benchmark level moved by 5% or more over the last ${runs} runs (E-divisive change points, p ≤ 0.01).`;
  const rows = shifts.slice(0, SHIFTS_LISTED).map((s) => {
    const move = `${s.worse ? '🔺 worse' : '🟢 better'} ${s.change >= 0 ? '+' : ''}${percent(s.change, 1)}`;
    if (!s.back) {
      return [inline(s.name), move, `${sig3(s.before)} → ${sig3(s.after)} ${inline(s.unit)}`, commitRange(s, repoUrl), s.runsSince === 1 ? 'this run' : `${s.runsSince} runs`, s.pValue.toPrecision(2)];
    }
    const back = s.back;
    const since = s.runsSince - back.runs;
    return [
      inline(s.name),
      `${move} for ${plural(back.runs, 'run')}, then back (bump)`,
      `${sig3(s.before)} → ${sig3(s.after)} → ${sig3(back.after)} ${inline(s.unit)}`,
      `${commitRange(s, repoUrl)}, back ${commitRange(back, repoUrl)}`,
      since === 1 ? 'back this run' : `back ${since} runs`,
      `${s.pValue.toPrecision(2)}, ${back.pValue.toPrecision(2)}`
    ];
  });
  const more = shifts.length > rows.length ? `\n\n…and ${shifts.length - rows.length} more in the JSON report.` : '';
  const head = ['Benchmark', 'Moved', 'Level (median)', 'Between', 'At new level', 'p'];
  return `### Level shifts\n\nE-divisive change points over the last ${runs} default-branch runs (p ≤ 0.01, moves of 5% or more). The level moved between the two commits shown; a bump moved and came back, and shows both ranges.\n\n${table(head, rows)}${more}`;
}

function commitRange(s: Pick<LevelShift, 'from' | 'to'>, repoUrl: string | undefined): string {
  const [from, to] = [hexShort(s.from.sha), hexShort(s.to.sha)];
  const label = `${from}..${to}`;
  return repoUrl && /^[0-9a-f]{7,40}$/.test(s.from.sha) && /^[0-9a-f]{7,40}$/.test(s.to.sha) ? `[\`${label}\`](${repoUrl}/compare/${s.from.sha}...${s.to.sha})` : `\`${label}\``;
}

/** A short SHA, or "?" for anything that is not hex (history is data, and data can be wrong). */
function hexShort(sha: string): string {
  return /^[0-9a-fA-F]{4,}$/.test(sha) ? sha.slice(0, 7).toLowerCase() : '?';
}

/** Letters, digits and a few separators; the rest becomes a space. */
function chartText(text: string): string {
  return text.replace(/[^\p{L}\p{N} ._:/+\-·µ]/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || '?';
}

function round(x: number): number {
  return Number(x.toPrecision(4));
}
