import { describe, expect, it } from '@jest/globals';
import type { Direction } from '../../../src/stats/detector.js';
import { historyMode, type HistoryRun } from '../../../src/stats/history-mode.js';
import { createRng, normal } from '../../../src/stats/random.js';

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const LEVEL = (k: number) => 10 * (k + 1);

/** 20 past runs: each run has its own ±10% runner speed, each value 1% noise. */
function history(seed: number, runs = 20): HistoryRun[] {
  const rng = createRng(seed);
  return Array.from({ length: runs }, (_, r) => {
    const shift = normal(rng, 0, 0.1);
    return { id: `run-${r}`, values: Object.fromEntries(NAMES.map((n, k) => [n, LEVEL(k) * Math.exp(shift + normal(rng, 0, 0.01))])) };
  });
}
const head = (runFactor: number, changes: Record<string, number> = {}, direction: Direction = 'smaller-is-better') =>
  NAMES.map((name, k) => ({ name, head: LEVEL(k) * runFactor * (changes[name] ?? 1), direction }));

describe('historyMode', () => {
  it('a whole run 20% slower is the runner, not a regression: the shift is removed and reported', () => {
    const r = historyMode(history(1), head(1.2));
    expect(r.runShift).toBeCloseTo(1.2, 1);
    expect(r.runShiftBenchmarks).toBe(10);
    expect(r.verdicts.map((v) => v.verdict)).toEqual(Array(10).fill('unchanged'));
  });
  it('one benchmark 50% slower on a 10%-slow runner: that one is a regression, with action warn', () => {
    const r = historyMode(history(2), head(1.1, { c: 1.5 }));
    const c = r.verdicts[2]!;
    expect([c.name, c.verdict, c.action, c.runs, c.strong]).toEqual(['c', 'regression', 'warn', 20, false]);
    expect(c.ratio).toBeCloseTo(1.5, 1);
    expect(c.rawRatio).toBeCloseTo(1.65, 1);
    expect(r.verdicts.filter((v) => v.verdict !== 'unchanged').map((v) => v.name)).toEqual(['c']);
  });
  it('bigger is better: a 50% drop is the regression; the action can be block', () => {
    const r = historyMode(history(3), head(1, { e: 0.5 }, 'bigger-is-better'), { action: 'block' });
    expect([r.verdicts[4]!.verdict, r.verdicts[4]!.action]).toEqual(['regression', 'block']);
  });
  it('taking the past runs’ shifts out leaves the benchmark’s own noise as the spread', () => {
    const adjusted = historyMode(history(4), head(1)).verdicts[0]!.spread!;
    const raw = historyMode(history(4), head(1), { adjustHistoryRuns: false }).verdicts[0]!.spread!;
    expect(adjusted).toBeLessThan(0.02);
    expect(raw).toBeGreaterThan(0.05);
  });
  it('fewer runs than minRuns, or a head value ≤ 0: insufficient, with the reason', () => {
    const short = historyMode(history(5, 9), head(1));
    expect(short.verdicts[0]).toMatchObject({ verdict: 'insufficient', runs: 9, reason: '9 of the last 20 runs have a value; at least 10 are needed', pValue: null });
    const zero = historyMode(history(5), [{ name: 'a', head: 0, direction: 'smaller-is-better' }]);
    expect(zero.verdicts[0]!.reason).toMatch(/is zero, negative or not finite/);
  });
  it('a deterministic metric (MAD 0, mean AD 0): any change of at least minEffect is flagged, smaller ones are not', () => {
    const runs: HistoryRun[] = Array.from({ length: 12 }, () => ({ values: { size: 1000, files: 40, deps: 12 } }));
    const judge = (size: number) => historyMode(runs, [
      { name: 'size', head: size, direction: 'smaller-is-better' },
      { name: 'files', head: 40, direction: 'smaller-is-better' },
      { name: 'deps', head: 12, direction: 'smaller-is-better' }
    ]).verdicts[0]!.verdict;
    expect([judge(1050), judge(1010), judge(1000), judge(900)]).toEqual(['regression', 'unchanged', 'unchanged', 'improvement']);
  });
  it('uses only the last `window` runs', () => {
    const old = history(6, 30).map((run, i) => (i < 10 ? { values: Object.fromEntries(NAMES.map((n) => [n, run.values[n]! * 3])) } : run));
    const r = historyMode(old, head(1));
    expect(r.verdicts.every((v) => v.verdict === 'unchanged' && v.runs === 20)).toBe(true);
  });
});
