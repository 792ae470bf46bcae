import { describe, expect, it } from '@jest/globals';
import { levelShiftSection, trendChart, trendsSection } from '../../../src/report/trends.js';
import { type BenchmarkTrend, type LevelShift } from '../../../src/model/outcome.js';

const trend: BenchmarkTrend = {
  name: 'parse "big" %%{init: {"theme":"dark"}}%% ``` @team <b>',
  unit: 's',
  direction: 'smaller-is-better',
  points: [
    { sha: 'a'.repeat(40), runId: '1', value: 1.0 },
    { sha: 'b'.repeat(40), runId: '2', value: 1.02 },
    { sha: 'not a sha"]', runId: '3', value: 0.99 },
    { sha: 'c'.repeat(40), runId: '4', value: 1.31, current: true }
  ]
};

describe('trendChart', () => {
  it('draws a Mermaid xychart-beta line over the runs with short SHAs and this run last', () => {
    const chart = trendChart(trend);
    expect(chart.split('\n')).toEqual([
      '```mermaid',
      'xychart-beta',
      '  title "parse big init: theme : dark team b"',
      '  x-axis ["aaaaaaa", "bbbbbbb", "?", "this"]',
      '  y-axis "s" 0.958 --> 1.342',
      '  line [1, 1.02, 0.99, 1.31]',
      '```'
    ]);
  });

  it('keeps user text from closing the fence, the title or starting a directive', () => {
    const body = trendChart(trend).split('\n').slice(1, -1).join('\n');
    expect(body.replace(' --> ', ' ')).not.toMatch(/```|%%|[@<>{}]/);
    expect(body.match(/"/g)).toHaveLength(2 + 8 + 2);
  });
});

describe('trendsSection', () => {
  it('puts the values in a table beside the chart, names escaped', () => {
    const md = trendsSection([trend]);
    expect(md).toContain('#### parse "big" %%\\{init: \\{"theme":"dark"\\}\\}%% \\`\\`\\` @\u200bteam &lt;b&gt;');
    expect(md).toContain('| this run | 1.31 |');
  });
});

describe('levelShiftSection', () => {
  const shift: LevelShift = {
    kind: 'shift', name: 'render', unit: 's', from: { sha: 'd'.repeat(40), runId: '11' }, to: { sha: 'e'.repeat(40), runId: '12' },
    before: 0.1, after: 0.12, change: 0.2, pValue: 0.005, worse: true, runsSince: 3
  };

  it('lists the commit range with a compare link and the size of the move', () => {
    const md = levelShiftSection([shift], 30, 'https://github.com/octo/repo');
    expect(md).toContain(`| render | 🔺 worse +20% | 0.1 → 0.12 s | [\`ddddddd..eeeeeee\`](https://github.com/octo/repo/compare/${'d'.repeat(40)}...${'e'.repeat(40)}) | 3 runs | 0.0050 |`);
    expect(md).toContain('over the last 30 default-branch runs');
  });

  it('shows a bump with both ranges: up, for how long, and back', () => {
    const bump: LevelShift = {
      ...shift, kind: 'bump', after: 0.13, change: 0.3, runsSince: 14,
      back: { from: { sha: 'f'.repeat(40), runId: '21' }, to: { sha: 'a'.repeat(40), runId: '22' }, after: 0.1, pValue: 0.005, runs: 10 }
    };
    const md = levelShiftSection([bump], 30, undefined);
    expect(md).toContain('| render | 🔺 worse +30% for 10 runs, then back (bump) | 0.1 → 0.13 → 0.1 s | `ddddddd..eeeeeee`, back `fffffff..aaaaaaa` | back 4 runs | 0.0050, 0.0050 |');
  });

  it('says plainly when nothing moved', () => {
    expect(levelShiftSection([], 25, undefined)).toBe('### Level shifts\n\nNo benchmark level moved by 5% or more over the last 25 runs (E-divisive change points, p ≤ 0.01).');
  });
});
