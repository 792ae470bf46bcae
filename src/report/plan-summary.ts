import type { PlanResult } from '../planner/document.js';
import { NEAR_BEST } from '../planner/index.js';
import type { ShardChoice } from '../planner/types.js';
import { percent, plural, sig3, wallTime } from '../model/format.js';
import { code, inline, table } from './markdown.js';

/** The plan as markdown: per shard, the balance against the lower bound, and what was matched. */
export function renderPlan(result: PlanResult, title = 'Test shard plan'): string {
  const { plan } = result;
  const rows = plan.shards.map((s) => [String(s.index), String(s.tests.length), wallTime(s.estimatedSeconds), bar(s.estimatedSeconds, plan.makespanSeconds)]);
  const parts = [
    `## ${inline(title)}: ${plural(plan.shards.length, 'shard')}`,
    [
      `**Slowest shard** ${wallTime(plan.makespanSeconds)} against a lower bound of ${wallTime(plan.floorSeconds)} (×${ratio(plan.makespanSeconds, plan.floorSeconds)})`,
      `**Expected efficiency** ${percent(plan.efficiency, 1)} (sum ÷ shards × slowest)`,
      `**Timings matched** ${percent(plan.matchedShare, 1)} of tests, ${percent(plan.matchedTimeShare, 1)} of estimated time; ${plural(plan.newTests, 'new test')}`,
      plan.moved || plan.sticky ? `**Stickiness** ${plan.sticky ? 'kept the previous plan' : 'replanned'}; ${plural(plan.moved, 'test')} changed shard` : ''
    ]
      .filter(Boolean)
      .join('  \n'),
    table(['Shard', 'Tests', 'Estimated', ''], rows)
  ];
  if (result.hints.length) parts.push(result.hints.map((h) => `⚠️ ${inline(h)}`).join('\n\n'));
  if (plan.choices?.length) parts.push(`### Shard count\n\n${choices(plan.choices, plan.shards.length, plan.targetMet)}`);
  if (plan.unmatched.length) parts.push(`### Tests without timings\n\n${plan.unmatched.slice(0, 10).map((t) => `- ${code(t)}`).join('\n')}${plan.unmatched.length > 10 ? `\n- …and ${plan.unmatched.length - 10} more` : ''}`);
  if (result.notes.length) parts.push(`<sub>${result.notes.map(inline).join(' · ')}</sub>`);
  return `${parts.join('\n\n')}\n`;
}

function choices(list: readonly ShardChoice[], chosen: number, met: boolean | undefined): string {
  const rows = list.map((c) => [`${c.shards}${c.shards === chosen ? ' (chosen)' : ''}`, wallTime(c.wallSeconds), String(c.billedMinutes)]);
  const most = list[list.length - 1]!;
  const warn =
    met === false
      ? `\n\n⚠️ No shard count meets the target, not even ${most.shards}. ${chosen} ${chosen === 1 ? 'shard reaches' : 'shards reach'} the best wall time within ${Math.round(NEAR_BEST * 100)}%${most.shards > chosen ? `; more would only add billed minutes` : ''}.`
      : '';
  return `${table(['Shards', 'Wall time', 'Billed minutes'], rows)}${warn}`;
}

function bar(value: number, max: number): string {
  const width = max > 0 ? Math.round((10 * value) / max) : 0;
  return '█'.repeat(width) + '░'.repeat(10 - width);
}

function ratio(a: number, b: number): string {
  return b > 0 ? sig3(a / b) : '—';
}
