// The real-data part of bench/detector.mjs: every method replayed walk-forward on the real histories
// (same groups, same runs, same labels), printed as one table, then history mode's calibration check
// (calibration half vs hold-out half of the projects) and, with --sweep, the tail-shape sweep.
import { halves, injectionPlaces, loadHistories } from './real-histories.mjs';
import { changePointFlag, detectionDelays, historyFlag, ratioFlag, replayAb, replayChangePoints, replayHistory, replayRatio } from './real-replay.mjs';

const FACTORS = [1.05, 1.1, 1.2];
const PR = 20;

export function wilson(k, n, z = 1.959964) {
  if (n === 0) return { p: NaN, lo: NaN, hi: NaN };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
const pct = (x, digits = 2) => `${(100 * x).toFixed(digits)}%`;
/** A PR of 20 comparisons has a false alarm with 1 − (1 − p)²⁰ (comparisons taken as independent). */
const perPr = (p) => 1 - (1 - p) ** PR;

function sum(byProject, only) {
  return Object.entries(byProject)
    .filter(([project]) => !only || only.has(project))
    .reduce((a, [, t]) => ({ comparisons: a.comparisons + t.comparisons, alarms: a.alarms + t.alarms, falseAlarms: a.falseAlarms + t.falseAlarms }), { comparisons: 0, alarms: 0, falseAlarms: 0 });
}

/** "0.091% [0.07%, 0.12%]  1.80% [1.4%, 2.4%]": per comparison, and per PR of 20 from the same interval. */
function falseCells(k, n) {
  const w = wilson(k, n);
  const one = `${pct(w.p, 3)} [${pct(w.lo, 3)}, ${pct(w.hi, 3)}]`.padEnd(27);
  return `${one} ${`${pct(perPr(w.p))} [${pct(perPr(w.lo))}, ${pct(perPr(w.hi))}]`.padEnd(24)}`;
}

const within = (delays, runs) => delays.filter((d) => d < runs).length / delays.length;
const detectionCells = (delaysByFactor) => delaysByFactor.map((d) => [1, 3, 5].map((r) => pct(within(d, r), 0).padStart(4)).join(' ')).join('   ');

function timed(f) {
  const t0 = performance.now();
  const value = f();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

export function realHistories(dir, { seed, injections, sweep, abPrs }) {
  const suites = loadHistories(dir);
  if (!suites) {
    console.log(`\nReal CI histories: ${dir} not found, so the real-data part is skipped (the shared corpus has them: corpus/benchmarks/histories).`);
    return undefined;
  }
  const projects = new Set(suites.map((s) => s.project));
  const runs = suites.reduce((n, s) => n + s.runs.length, 0);
  const series = suites.reduce((n, s) => n + s.names.length, 0);
  console.log(`\nReal CI histories (${dir}): ${projects.size} projects, ${suites.length} suites, ${runs} runs, ${series} series; walk-forward replay, pull requests of ${PR} benchmarks.`);
  console.log('Labels (no ground truth): an alarm is false when one of the next 3 runs comes back within half the move (or within 3%) of the level before it.');
  const places = injectionPlaces(suites, injections, seed);
  const rows = [];
  const history = (label, options) => {
    const replay = timed(() => replayHistory(suites, options, seed));
    const detect = timed(() => FACTORS.map((f) => detectionDelays(places, f, { m: historyFlag(options) }).m));
    rows.push({ label, byProject: replay.value, delays: detect.value, seconds: replay.seconds + detect.seconds });
  };
  for (const n of [10, 20]) {
    const t = timed(() => [replayAb(suites, n, abPrs, seed), ...FACTORS.map((f) => replayAb(suites, n, abPrs, seed + 1, f))]);
    const [aa, ...hits] = t.value;
    // One job decides: the same answer "within" 1, 3 and 5 runs.
    const delays = hits.map((h) => [...Array(h.hits).fill(0), ...Array(h.prs - h.hits).fill(Infinity)]);
    rows.push({ label: `same-job A/B, n = ${n} (exchangeable)`, byProject: { all: { comparisons: aa.comparisons, alarms: aa.falseAlarms, falseAlarms: aa.falseAlarms } }, delays, seconds: t.seconds, prs: aa });
  }
  history('history mode, pull request (1 run)', {});
  history('history mode, default branch (confirmed)', { confirm: true });
  const cp = timed(() => replayChangePoints(suites));
  const cpDetect = timed(() => FACTORS.map((f) => detectionDelays(places, f, { m: changePointFlag }).m));
  rows.push({ label: 'change points, after each push', byProject: cp.value, delays: cpDetect.value, seconds: cp.seconds + cpDetect.seconds });
  for (const threshold of [1.1, 1.5, 2]) {
    const t = timed(() => [replayRatio(suites, threshold), FACTORS.map((f) => detectionDelays(places, f, { m: ratioFlag(threshold) }).m)]);
    rows.push({ label: `ratio rule ${Math.round(threshold * 100)}% (previous run)`, byProject: t.value[0], delays: t.value[1], seconds: t.seconds });
  }
  printTable(rows, places.length);
  printHoldOut(rows, halves(suites));
  if (sweep) tailSweep(suites, halves(suites), seed);
  return rows;
}

function printTable(rows, injected) {
  const head = `${'method'.padEnd(42)} ${'false alarms per comparison'.padEnd(27)} ${`PRs of ${PR} with one`.padEnd(24)} ${'×1.05 in 1/3/5 runs'.padEnd(17)}   ${'×1.10 in 1/3/5'.padEnd(14)}   ${'×1.20 in 1/3/5'.padEnd(14)}   time`;
  console.log(`\n${head}`);
  for (const r of rows) {
    const t = sum(r.byProject);
    console.log(`${r.label.padEnd(42)} ${falseCells(t.falseAlarms, t.comparisons)} ${detectionCells(r.delays)}   ${r.seconds.toFixed(1).padStart(5)} s`);
  }
  const ab = rows.find((r) => r.prs);
  console.log(`(Detection: ${injected} sustained steps injected per size into one benchmark of a real history, found as a regression within 1, 3 or 5 runs from the step;`);
  console.log(` A/B decides in one job, so its three columns agree. A/B false alarms measured directly: ${ab.prs.falsePrs} of ${ab.prs.prs} A/A PRs of up to ${PR} benchmarks.`);
  console.log(' PRs of 20: 1 − (1 − p)^20 from the per-comparison rate and its Wilson bounds.)');
}

function printHoldOut(rows, { calibration, holdOut }) {
  console.log(`\nHistory mode, calibration half (${[...calibration].join(', ')}) vs hold-out half (${[...holdOut].join(', ')}):`);
  for (const r of rows.filter((x) => x.label.startsWith('history mode'))) {
    for (const [name, set] of [['calibration', calibration], ['hold-out', holdOut]]) {
      const t = sum(r.byProject, set);
      console.log(`  ${r.label.padEnd(42)} ${name.padEnd(12)} ${falseCells(t.falseAlarms, t.comparisons)} (${t.falseAlarms} false of ${t.alarms} alarms, ${t.comparisons} comparisons)`);
    }
  }
}

/** The calibration: the tail shape ξ on the calibration half only; the hold-out half printed beside it. */
function tailSweep(suites, { calibration, holdOut }, seed) {
  console.log('\nTail-shape sweep, history mode on pull requests (rule: the smallest ξ whose calibration-half Wilson upper bound keeps PRs of 20 at ≤ 2%):');
  for (const tailShape of [0, 0.25, 0.5, 0.75, 1]) {
    const byProject = replayHistory(suites, { tailShape }, seed);
    const [cal, hold] = [sum(byProject, calibration), sum(byProject, holdOut)];
    console.log(`  ξ = ${String(tailShape).padEnd(5)} calibration ${falseCells(cal.falseAlarms, cal.comparisons)} hold-out ${falseCells(hold.falseAlarms, hold.comparisons)}`);
  }
}
