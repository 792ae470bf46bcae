import { percent, sig3 } from '../model/format.js';
import { cell, code, inline, table } from './markdown.js';
import type { CanaryDecision, CanaryJudgement, CanaryMetricVerdict } from '../canary/judge.js';

/**
 * The canary judgement as markdown (job summary, CLI) and as one line (logs, outputs). Metric
 * names come from users' files and configs, and reasons quote them: every such string goes
 * through the escaping helpers of src/report/markdown.ts.
 */

const DECISION_ICON: Record<CanaryDecision, string> = { promote: '✅', hold: '⏸️', rollback: '⏪' };
const CLASS_ICON: Record<CanaryMetricVerdict['classification'], string> = { Pass: '✅', High: '🔺', Low: '🔻', NoData: '❔' };

/** `Canary: rollback (score 0; pass 95, marginal 75); 1 of 3 metrics failed, 0 without data; last good abc1234` */
export function canarySummaryLine(j: CanaryJudgement): string {
  const failed = j.metrics.filter((m) => m.classification === 'High' || m.classification === 'Low').length;
  const nodata = j.metrics.filter((m) => m.classification === 'NoData').length;
  const last = j.lastGreen ? `; last good ${j.lastGreen.sha.slice(0, 12)}` : '';
  return `Canary: ${j.decision} (score ${j.score}; pass ${j.thresholds.pass}, marginal ${j.thresholds.marginal}); ${failed} of ${j.metrics.length} ${j.metrics.length === 1 ? 'metric' : 'metrics'} failed, ${nodata} without data${last}`;
}

export function renderCanaryMarkdown(j: CanaryJudgement, notes: readonly string[] = [], title = 'Canary analysis'): string {
  const heading = `## ${DECISION_ICON[j.decision]} ${inline(title)}: ${j.decision} — score ${j.score}`;
  const limits = `Promote at ≥ ${j.thresholds.pass}, hold at ≥ ${j.thresholds.marginal}, else rollback; at most ${percent(j.thresholds.maxNodata, 0)} of the weight without data.`;
  const rows = j.metrics.map((m) => [
    `${cell(m.name)}${m.critical ? ' **(critical)**' : ''}`,
    `${CLASS_ICON[m.classification]} ${m.classification}`,
    m.ratio === null ? '—' : `×${sig3(m.ratio)}`,
    m.ci === null ? '—' : `×${sig3(m.ci[0])} – ×${sig3(m.ci[1])}`,
    m.pValue === null ? '—' : m.pValue.toPrecision(2),
    `${m.direction === 'increase-is-bad' ? '↑' : '↓'} bad, ±${percent(m.allowedChange, 1)} allowed`,
    sig3(m.weight),
    `${m.samples.baseline} / ${m.samples.canary}`
  ]);
  const parts = [heading, limits];
  if (rows.length) parts.push(table(['Metric', 'Result', 'Canary ÷ baseline', 'CI', 'p', 'Rule', 'Weight', 'Samples (baseline / canary)'], rows));
  parts.push(`**Why**\n${j.reasons.map((r) => `- ${inline(r)}`).join('\n')}`);
  const notPassing = j.metrics.filter((m) => m.classification !== 'Pass');
  if (notPassing.length) parts.push(`**Not passing**\n${notPassing.map((m) => `- ${inline(m.name)}: ${inline(m.reason)}`).join('\n')}`);
  if (j.lastGreen) parts.push(`**Roll back to** ${code(j.lastGreen.sha)}${link(j.lastGreen.runUrl)}`);
  if (notes.length) parts.push(`<sub>${notes.map(inline).join(' · ')}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

/** A run link only for a plain https URL: anything else could break out of the markdown link. */
function link(url: string): string {
  return /^https:\/\/[^\s()<>[\]"'`\\]+$/.test(url) ? ` ([last green run](${url}))` : '';
}
