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

/** Runs of named benchmarks, each value level · exp(N(0, noise²)); `edit(run, name, value)` may change one. */
function quietRuns(seed: number, count: number, noise: Record<string, number>, edit: (k: number, name: string, v: number) => number = (_k, _n, v) => v): HistoryRun[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, k) => ({
    id: `run-${k}`,
    values: Object.fromEntries(Object.entries(noise).map(([name, sd]) => [name, edit(k, name, 100 * Math.exp(normal(rng, 0, sd)))]))
  }));
}
const smaller = (values: Record<string, number>) => Object.entries(values).map(([name, head]) => ({ name, head, direction: 'smaller-is-better' as const }));
const verdictOf = (r: ReturnType<typeof historyMode>, name: string) => r.verdicts.find((v) => v.name === name)!;

describe('historyMode: the null is each series’ own past', () => {
  const noise = { quiet: 0.01, spiky: 0.01, a: 0.01, b: 0.01, c: 0.01 };
  // "spiky" jumped +60% twice in its last 20 runs and came back each time.
  const runs = quietRuns(21, 20, noise, (k, name, v) => (name === 'spiky' && (k === 6 || k === 15) ? v * 1.6 : v));
  const r = historyMode(runs, smaller({ quiet: 160, spiky: 160, a: 100, b: 100, c: 100 }));

  it('+60% on a series that never moved more than a few percent is a regression', () => {
    expect(verdictOf(r, 'quiet')).toMatchObject({ verdict: 'regression', action: 'warn' });
  });
  it('+60% on a series that has spiked +60% before is not proven by one run: insufficient evidence, with what one run could prove', () => {
    const v = verdictOf(r, 'spiky');
    expect(v.verdict).toBe('insufficient');
    expect(v.reason).toMatch(/^insufficient evidence: \d+(?:\.\d)?% worse, but one run cannot tell that from this benchmark's own noise \(its last 20 runs moved by ±\d+(?:\.\d)?% typically and up to \+\d+(?:\.\d)?%\); one run proves only moves beyond ×\d/);
    expect(v.detectable!).toBeGreaterThan(1.6);
  });
});

describe('historyMode: one run cannot prove a small move on a noisy series', () => {
  it('+5% on an 8%-noise series is insufficient evidence (not unchanged, not a regression); on a 0.5%-noise series it is a regression', () => {
    const runs = quietRuns(5, 20, { noisy: 0.08, calm: 0.005, a: 0.005, b: 0.005, c: 0.005, d: 0.005 });
    const r = historyMode(runs, smaller({ noisy: 105, calm: 105, a: 100, b: 100, c: 100, d: 100 }));
    expect([verdictOf(r, 'noisy').verdict, verdictOf(r, 'calm').verdict]).toEqual(['insufficient', 'regression']);
    expect(verdictOf(r, 'noisy').detectable!).toBeGreaterThan(1.2);
    expect(verdictOf(r, 'noisy').pValue).not.toBeNull();
  });
  it('a move smaller than minEffect stays unchanged', () => {
    const r = historyMode(quietRuns(5, 20, { noisy: 0.08, a: 0.005, b: 0.005 }), smaller({ noisy: 102, a: 100, b: 100 }));
    expect(verdictOf(r, 'noisy').verdict).toBe('unchanged');
  });
});

describe('historyMode on the default branch: a suspected shift waits for the next runs', () => {
  const noise = { x: 0.01, a: 0.01, b: 0.01, c: 0.01 };
  const confirm = { confirm: true } as const;
  /** The gate on each push from run `from` on: run k judged with runs 0..k−1 as history. */
  const pushes = (runs: HistoryRun[], from: number) => runs.slice(from).map((run, j) => verdictOf(historyMode(runs.slice(0, from + j), smaller(run.values as Record<string, number>), confirm), 'x'));

  it('a one-run spike is watched, then dismissed as a spike: it never becomes a regression', () => {
    const runs = quietRuns(8, 24, noise, (k, name, v) => (name === 'x' && k === 21 ? v * 1.5 : v));
    const seen = pushes(runs, 21);
    expect(seen.map((v) => v.verdict)).toEqual(['watching', 'unchanged', 'unchanged']);
    expect(seen[0]!.reason).toMatch(/^watching: \d+(?:\.\d)?% worse .*the next default-branch 2 runs confirm it/);
    expect(seen[1]!.reason).toMatch(/^run-21 was \d+(?:\.\d)?% worse \(q = .*\) but this run is not: a spike, not a regression\./);
    expect(seen[1]!.since).toBe('run-21');
  });
  it('a sustained +50% step: watching, watching (1 of 2 confirm), then a regression confirmed since the first run', () => {
    const runs = quietRuns(9, 24, noise, (k, name, v) => (name === 'x' && k >= 21 ? v * 1.5 : v));
    const seen = pushes(runs, 21);
    expect(seen.map((v) => v.verdict)).toEqual(['watching', 'watching', 'regression']);
    expect(seen[1]!.reason).toMatch(/\(1 of 2 runs confirm it\)$/);
    expect(seen[2]).toMatchObject({ since: 'run-21', action: 'warn' });
    expect(seen[2]!.reason).toMatch(/^\d+(?:\.\d)?% worse against the runs before run-21, confirmed: run-21 was \d+(?:\.\d)?% worse \(q = .*\) and the 2 runs since stayed at that level$/);
  });
  it('on a pull request (no confirm) the same first run is a regression at once', () => {
    const runs = quietRuns(9, 22, noise, (k, name, v) => (name === 'x' && k >= 21 ? v * 1.5 : v));
    expect(verdictOf(historyMode(runs.slice(0, 21), smaller(runs[21]!.values as Record<string, number>)), 'x').verdict).toBe('regression');
  });
});

describe('historyMode: a runner faster than any in the window', () => {
  it('the benchmark that did not speed up is not called 20% slower: it must look worse with and without the run shift', () => {
    const noise = { stuck: 0.005, a: 0.005, b: 0.005, c: 0.005, d: 0.005 };
    const runs = quietRuns(12, 20, noise);
    // Every other benchmark is 20% faster this run (a new runner type); "stuck" is as before.
    const r = historyMode(runs, smaller({ stuck: 100, a: 80, b: 80, c: 80, d: 80 }));
    expect(r.runShift).toBeCloseTo(0.8, 2);
    expect(verdictOf(r, 'stuck').verdict).not.toBe('regression');
    expect(verdictOf(r, 'stuck').ratio).toBeCloseTo(1.25, 1);
  });
});
