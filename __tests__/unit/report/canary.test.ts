import { describe, expect, it } from '@jest/globals';
import { judgeCanary, type CanaryMetricSamples } from '../../../src/canary/judge.js';
import { canarySummaryLine, renderCanaryMarkdown } from '../../../src/report/canary.js';
import { cellCount, tables } from './md-helpers.js';

const LATENCY = [200, 204, 198, 201, 199, 203, 197, 202, 206, 205, 196, 207];
const NOISE = [201, 199, 205, 198, 203, 200, 196, 204, 202, 207, 197, 199];
const settings = { direction: 'increase-is-bad' as const, allowedChange: 0.1, critical: false, weight: 1 };
const m = (name: string, canary: readonly number[], over: Partial<typeof settings> = {}): CanaryMetricSamples => ({ name, baseline: LATENCY, canary, settings: { ...settings, ...over } });
const THRESHOLDS = { pass: 95, marginal: 75, maxNodata: 0.5 };
const LAST_GREEN = { sha: '4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39', runUrl: 'https://github.com/acme/shop/actions/runs/9876543210' };

describe('the canary summary', () => {
  const rollback = judgeCanary({
    metrics: [m('latency_p99', LATENCY.map((x) => x * 1.3), { critical: true }), m('cpu', NOISE, { weight: 2 }), m('gc', [])],
    thresholds: THRESHOLDS,
    lastGreen: LAST_GREEN
  });

  it('a heading with the decision and score, one table row per metric, the reasons and where to roll back to', () => {
    const md = renderCanaryMarkdown(rollback, ['not judged (not in canary.metrics): rss']);
    expect(md.split('\n')[0]).toBe('## ⏪ Canary analysis: rollback — score 0');
    const [rows] = tables(md);
    expect(rows!.slice(2).map((r) => r.split(' | ').slice(0, 2))).toEqual([
      ['| latency\\_p99 **(critical)**', '🔺 High'],
      ['| cpu', '✅ Pass'],
      ['| gc', '❔ NoData']
    ]);
    expect(rows![2]).toContain('| ×1.3 | ');
    expect(rows![2]).toContain('| ↑ bad, ±10% allowed | 1 | 12 / 12 |');
    expect(md).toContain('- critical metric latency\\_p99 is High: higher than the baseline beyond the allowed 10%');
    expect(md).toContain('- gc: no canary data');
    expect(md).toContain('**Roll back to** `4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39` ([last green run](https://github.com/acme/shop/actions/runs/9876543210))');
    expect(md).toContain('<sub>not judged \\(not in canary.metrics\\): rss</sub>');
  });
  it('one line for logs and outputs', () => {
    expect(canarySummaryLine(rollback)).toBe('Canary: rollback (score 0; pass 95, marginal 75); 1 of 3 metrics failed, 1 without data; last good 4f1c2a9e8b7d');
  });
  it('metric names from users cannot break the table, inject HTML or mention anyone', () => {
    const hostile = 'p99 | <img src=x onerror=alert(1)> `@team`\nnext';
    const md = renderCanaryMarkdown(judgeCanary({ metrics: [m(hostile, LATENCY.map((x) => x * 2)), m('ok', NOISE)], thresholds: THRESHOLDS }));
    const [rows] = tables(md);
    expect(rows!.map(cellCount)).toEqual([8, 8, 8, 8]);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/@team/);
    expect(md).toContain('@\u200bteam');
    expect(md.split('\n').filter((l) => l.startsWith('next'))).toEqual([]);
  });
  it('a run URL that is not a plain https link is left out rather than rendered as a link', () => {
    const j = judgeCanary({ metrics: [m('p99', LATENCY.map((x) => x * 2), { critical: true })], thresholds: THRESHOLDS, lastGreen: { sha: 'abc1234', runUrl: 'javascript:alert(1)' } });
    const md = renderCanaryMarkdown(j);
    expect(md).toContain('**Roll back to** `abc1234`\n');
    expect(md).not.toContain('javascript:');
  });
  it('promote: no "not passing" list and no rollback target', () => {
    const md = renderCanaryMarkdown(judgeCanary({ metrics: [m('p99', NOISE)], thresholds: THRESHOLDS, lastGreen: LAST_GREEN }));
    expect(md.split('\n')[0]).toBe('## ✅ Canary analysis: promote — score 100');
    expect(md).not.toContain('Not passing');
    expect(md).not.toContain('Roll back');
  });
});
