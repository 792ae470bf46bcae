// The regression detector, first on real CI histories (bench/real-report.mjs: every method replayed
// walk-forward on the shared corpus's github-action-benchmark histories; skipped with a message when
// the folder is absent), then on simulated pull requests: false alarms per PR and power, for our
// same-job A/B test (n = 10, 20, 50), history mode (N = 20 past runs) and github-action-benchmark's
// ratio rule (one value against the previous run's value) at 110% / 150% / 200%, on the same
// simulated data; and the cost of the change-point search. Seeded: the figures are the same on
// every machine (the times are not).
//
// Noise model, in log space (a value = level · exp(run shift + sample noise), slowdown applied to the
// time; bigger-is-better benchmarks report 1e9 / time):
//   run shift    0.028 · t₃ per job, shared by every benchmark and sample in that job (runner speed);
//   sample noise N(0, 0.05²) with probability 0.95, N(0, 0.10²) with 0.05 (noisy neighbours);
//   outliers     with probability 0.002 a sample is also ×U(1.2, 2.0) (a stall).
// Calibrated so that the ratio of one value to the previous run's (what the ratio rule sees) has
// P(> 1.10) ≈ 16% and 1%/99% quantiles ≈ −23%/+29% (the brief: 16%, −24%/+27%; a model symmetric
// in logs cannot hit both quantiles, so it matches their mean log size, ±0.256). The printout
// re-measures these numbers.
// Same-job A/B: base and head share the job's run shift. History: every run has its own.
//
// Usage: npm run bench:detector -- [--prs 5000] [--seed 20251121] [--sweep] [--real DIR] [--no-real]
//          [--injections 600] [--no-sim]
import { parseArgs } from 'node:util';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { compareSamples, createRng, eDivisive, historyMode, normal, studentT } from '../src/stats/index.ts';
import { levelShifts } from '../src/engine/trends.ts';
import { DEFAULT_DIR } from './real-histories.mjs';
import { realHistories, wilson } from './real-report.mjs';

const { values: args } = parseArgs({
  options: {
    prs: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '20251121' },
    sweep: { type: 'boolean', default: false },
    real: { type: 'string', default: DEFAULT_DIR },
    'no-real': { type: 'boolean', default: false },
    'no-sim': { type: 'boolean', default: false },
    injections: { type: 'string', default: '600' }
  }
});
const PRS = Number(args.prs);
const SEED = Number(args.seed);
const BENCHMARKS = 20;
const HISTORY_RUNS = 20;
const SHIFTS = [1, 1.05, 1.1];

// ---- the noise model ------------------------------------------------------------------------

const MODEL = { shiftScale: 0.028, sd: 0.05 };
const runShift = (rng, m = MODEL) => m.shiftScale * studentT(rng, 3);
function sampleNoise(rng, m = MODEL) {
  let e = rng.next() < 0.05 ? normal(rng, 0, 2 * m.sd) : normal(rng, 0, m.sd);
  if (rng.next() < 0.002) e += Math.log(1.2 + 0.8 * rng.next());
  return e;
}
/** Benchmarks of a PR: log-uniform levels (1 µs … 10 ms), half of them throughputs. */
function suite(rng) {
  return Array.from({ length: BENCHMARKS }, (_, b) => ({
    name: `bench-${b}`,
    level: Math.exp(Math.log(1e3) + rng.next() * Math.log(1e4)),
    direction: b % 2 === 0 ? 'smaller-is-better' : 'bigger-is-better'
  }));
}
const measure = (b, logNoise, slowdown) => {
  const time = b.level * Math.exp(logNoise) * slowdown;
  return b.direction === 'smaller-is-better' ? time : 1e9 / time;
};

// ---- one simulated PR per method --------------------------------------------------------------

/** Same-job A/B: n base and n head samples per benchmark in one job. */
function abPr(rng, n, slowdown, target, m = MODEL) {
  const s = runShift(rng, m);
  return suite(rng).map((b, i) => ({
    name: b.name,
    direction: b.direction,
    base: Array.from({ length: n }, () => measure(b, s + sampleNoise(rng, m), 1)),
    head: Array.from({ length: n }, () => measure(b, s + sampleNoise(rng, m), i === target ? slowdown : 1))
  }));
}

/** History: N past runs and the head run, each with its own run shift, one value per benchmark. */
function historyPr(rng, slowdown, target) {
  const benches = suite(rng);
  const runs = Array.from({ length: HISTORY_RUNS }, () => {
    const s = runShift(rng);
    return { values: Object.fromEntries(benches.map((b) => [b.name, measure(b, s + sampleNoise(rng), 1)])) };
  });
  const s = runShift(rng);
  const head = benches.map((b, i) => ({ name: b.name, direction: b.direction, head: measure(b, s + sampleNoise(rng), i === target ? slowdown : 1) }));
  return { runs, head };
}

/** github-action-benchmark: alert when current/previous (previous/current if bigger is better) > threshold. */
function ratioRule({ runs, head }, threshold) {
  const previous = runs[runs.length - 1].values;
  return head.map((h) => (h.direction === 'smaller-is-better' ? h.head / previous[h.name] : previous[h.name] / h.head) > threshold);
}

// ---- counting ------------------------------------------------------------------------------------

const pct = (x, digits = 2) => `${(100 * x).toFixed(digits)}%`;
const cell = (k, n) => {
  const w = wilson(k, n);
  return `${pct(w.p).padStart(7)} [${pct(w.lo)}, ${pct(w.hi)}]`.padEnd(28);
};

/** Runs every method on `prs` PRs per shift; `methods` maps a name to (data) => flagged booleans. */
function evaluate(label, make, methods, shifts = SHIFTS, prs = PRS) {
  return evaluateCounts(label, make, methods, shifts, prs);
}

function evaluateCounts(label, make, methods, shifts, prs) {
  const counts = Object.fromEntries(Object.keys(methods).map((m) => [m, shifts.map(() => ({ alarm: 0, hit: 0 }))]));
  shifts.forEach((slowdown, si) => {
    const rng = createRng(SEED + 7919 * si + [...label].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 0));
    for (let pr = 0; pr < prs; pr++) {
      const target = slowdown === 1 ? -1 : Math.floor(rng.next() * BENCHMARKS);
      const data = make(rng, slowdown, target);
      for (const [m, decide] of Object.entries(methods)) {
        const flags = decide(data);
        if (flags.some((f, i) => f && i !== target)) counts[m][si].alarm++;
        if (target >= 0 && flags[target]) counts[m][si].hit++;
      }
    }
  });
  return counts;
}

const regressions = (verdicts) => verdicts.map((v) => v.verdict === 'regression');

function printRows(counts, rows) {
  for (const [m, name] of rows) {
    const c = counts[m];
    console.log(`${name.padEnd(34)} ${cell(c[0].alarm, PRS)} ${cell(c[1].hit, PRS)} ${cell(c[2].hit, PRS)} ${pct(c[2].alarm / PRS).padStart(7)}`);
  }
}

// ---- the run -------------------------------------------------------------------------------------

function calibration() {
  const rng = createRng(SEED);
  const logs = Float64Array.from({ length: 200_000 }, () => runShift(rng) + sampleNoise(rng) - runShift(rng) - sampleNoise(rng)).sort();
  const q = (f) => Math.expm1(logs[Math.floor(f * logs.length)]);
  const above = logs.filter((x) => x > Math.log(1.1)).length / logs.length;
  const within = logs.filter((x) => Math.abs(x) < Math.log(1.05)).length / logs.length;
  console.log(`Noise model check (200,000 pairs of single values from consecutive runs): P(ratio > 1.10) = ${pct(above, 1)}, ` +
    `1%/99% quantiles ${pct(q(0.01), 1)}/+${pct(q(0.99), 1)}, ${pct(within, 0)} within ±5%`);
}

function main() {
  const started = performance.now();
  if (!args['no-real']) {
    const t0 = performance.now();
    realHistories(args.real, { seed: SEED, injections: Number(args.injections), sweep: args.sweep, abPrs: 300 });
    console.log(`Real-data part: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  if (!args['no-sim']) simulation();
  costs();
  console.log(`\nTime: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function simulation() {
  console.log(`\nSimulation (not real data; the noise model above): ${PRS} PRs per scenario, ${BENCHMARKS} benchmarks each, seed ${SEED}`);
  calibration();
  console.log(`\n${''.padEnd(34)} ${'false alarms per A/A PR'.padEnd(28)} ${'power at +5%'.padEnd(28)} ${'power at +10%'.padEnd(28)} other alarms`);
  console.log(`${'method'.padEnd(34)} ${'(95% Wilson interval)'.padEnd(28)} ${''.padEnd(28)} ${''.padEnd(28)} in +10% PRs`);
  const times = {};
  const ab = {};
  for (const n of [10, 20, 50]) {
    const t0 = performance.now();
    ab[n] = evaluate(`ab${n}`, (rng, s, t) => abPr(rng, n, s, t), { ours: (d) => regressions(compareSamples(d)) });
    printRows(ab[n], [['ours', `same-job A/B, n = ${n} (ours)`]]);
    times[`A/B n=${n}`] = performance.now() - t0;
  }
  const t0 = performance.now();
  const methods = Object.fromEntries([
    ['history', (d) => regressions(historyMode(d.runs, d.head).verdicts)],
    ...[1.1, 1.5, 2].map((t) => [`ratio${t}`, (d) => ratioRule(d, t)])
  ]);
  const history = evaluate('history', historyPr, methods);
  printRows(history, [['history', `history mode, N = ${HISTORY_RUNS} (ours, 1 run)`], ['ratio1.1', 'ratio rule 110%'], ['ratio1.5', 'ratio rule 150%'], ['ratio2', 'ratio rule 200%']]);
  times['history + ratio rules'] = performance.now() - t0;
  const t1 = performance.now();
  bigShifts(methods);
  times['big shifts'] = performance.now() - t1;
  bound();
  goals(ab[20].ours);
  const t2 = performance.now();
  sensitivity();
  times['sensitivity'] = performance.now() - t2;
  const t3 = performance.now();
  changePoints();
  times['change points'] = performance.now() - t3;
  if (args.sweep) sweep();
  console.log(`Simulation time: ${Object.entries(times).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}`);
}

/** What one value per run can see: power at +25%, +50%, +100% (fewer PRs: a coarse line). */
function bigShifts(methods) {
  const shifts = [1.25, 1.5, 2];
  const prs = Math.max(200, Math.round(PRS / 5));
  const picked = { history: methods.history, 'ratio1.5': methods['ratio1.5'], ratio2: methods.ratio2 };
  const counts = evaluate('history-big', historyPr, picked, shifts, prs);
  console.log(`\n${`Power on big slowdowns, one value per run (${prs} PRs each)`.padEnd(64)}     +25%      +50%     +100%`);
  for (const [m, name] of [['history', 'history mode, N = 20 (ours, 1 run)'], ['ratio1.5', 'ratio rule 150%'], ['ratio2', 'ratio rule 200%']]) {
    console.log(`${name.padEnd(64)} ${counts[m].map((c) => pct(c.hit / prs, 1).padStart(8)).join('  ')}`);
  }
}

/**
 * The information bound for same-job A/B: even a z-test on mean logs that knows the noise's σ,
 * at BH's level for one real change among 20 (q/20), has power Φ(δ/SE − z), SE = σ·√(2/n).
 */
function bound() {
  const sigma = Math.sqrt(0.95 * 0.05 ** 2 + 0.05 * 0.1 ** 2);
  const z = normalQuantile(1 - 0.01 / 20, 0, 1);
  const power = (n, shift) => normalCdf(Math.log(shift) / (sigma * Math.sqrt(2 / n)) - z, 0, 1);
  const need = (shift, p) => Math.ceil(2 * (((z + normalQuantile(p, 0, 1)) * sigma) / Math.log(shift)) ** 2);
  console.log(`\nBound (same-job A/B; a z-test on mean logs knowing σ = ${sigma.toFixed(4)}, level q/20 = 0.0005, outliers ignored):`);
  console.log(`  power at +5%: n = 10 ${pct(power(10, 1.05), 0)}, n = 20 ${pct(power(20, 1.05), 0)}, n = 50 ${pct(power(50, 1.05), 0)};` +
    ` at +10%: n = 10 ${pct(power(10, 1.1), 0)}, n = 20 ${pct(power(20, 1.1), 0)}; n for 80% at +5%: ${need(1.05, 0.8)}, for 90% at +10%: ${need(1.1, 0.9)}`);
}

/** The brief's goals for same-job A/B at n = 20 and the default q = 0.01, minEffect = 3%. */
function goals([aa, five, ten]) {
  const alarm = wilson(aa.alarm, PRS);
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`\nGoals, same-job A/B n = 20 at the defaults (q = 0.01, minEffect = 3%):`);
  console.log(`  false alarms per PR ≤ 1% (Wilson upper bound): ${pct(alarm.p)}, upper ${pct(alarm.hi)} → ${verdict(alarm.hi <= 0.01)}`);
  console.log(`  power at +10% ≥ 90%: ${pct(ten.hit / PRS)} → ${verdict(ten.hit / PRS >= 0.9)}`);
  console.log(`  power at +5% ≥ 80%: ${pct(five.hit / PRS)} → ${verdict(five.hit / PRS >= 0.8)} (the z-test of the bound reaches 34% at n = 20)`);
}

/**
 * How the A/B goals depend on the one thing the calibration cannot pin down: how much of the
 * between-run noise is within-job sample noise (which A/B must beat) rather than a run-level
 * shift (which base and head share, so it cancels). Each row keeps the between-run calibration
 * (same total single-value variance) and moves the split.
 */
function sensitivity() {
  const total = 3 * MODEL.shiftScale ** 2 + 1.15 * MODEL.sd ** 2;
  const prs = Math.max(1000, Math.round(PRS / 2));
  console.log(`\nSensitivity, same-job A/B n = 20 at the defaults, to the within-job sample noise (${prs} PRs each; between-run calibration kept):`);
  console.log(`${'sample σ (95%; 2σ for 5%)'.padEnd(34)} ${'false alarms per A/A PR'.padEnd(28)} ${'power at +5%'.padEnd(28)} ${'power at +10%'.padEnd(28)}`);
  for (const sd of [0.02, 0.03, 0.04, MODEL.sd]) {
    const m = { sd, shiftScale: Math.sqrt((total - 1.15 * sd ** 2) / 3) };
    const c = evaluateCounts(`sens${sd}`, (rng, s, t) => abPr(rng, 20, s, t, m), { ours: (d) => regressions(compareSamples(d)) }, SHIFTS, prs).ours;
    const cellN = (k) => cell(k, prs);
    console.log(`${`${pct(sd, 0)}${sd === MODEL.sd ? ' (the model above)' : ''}`.padEnd(34)} ${cellN(c[0].alarm)} ${cellN(c[1].hit)} ${cellN(c[2].hit)}`);
  }
}

/**
 * After a merge: E-divisive over one benchmark's default-branch history (30 runs, one value per
 * run with its own run shift), with the options the gate uses (≥ 5 runs a side, moves ≥ 5%,
 * p ≤ 0.01). A/A: how often a stable history reports any level shift. Steps: the level moves at
 * run 21 of 30; found = a shift reported within two runs of it, in the right direction.
 */
function changePoints() {
  const histories = Math.max(500, Math.round(PRS / 5));
  const rng = createRng(SEED + 77);
  const trend = (step) => {
    // One benchmark per history; its direction decides what "worse" means.
    const [b] = suite(rng);
    const points = Array.from({ length: 30 }, (_, i) => ({ sha: i.toString(16).padStart(40, '0'), runId: String(i), value: measure(b, runShift(rng) + sampleNoise(rng), i >= 20 ? step : 1) }));
    return { name: b.name, unit: 's', direction: b.direction, points };
  };
  console.log(`\nChange points after merge (E-divisive, ${histories} histories of 30 runs per row; level moves at run 21):`);
  for (const step of [1, 1.1, 1.2, 1.5]) {
    let any = 0;
    let found = 0;
    for (let h = 0; h < histories; h++) {
      const t = trend(step);
      const shifts = levelShifts([{ ...t, name: `${t.name}-${h}` }]);
      if (shifts.length) any++;
      if (shifts.some((s) => Math.abs(Number(s.to.runId) - 20) <= 2 && s.worse)) found++;
    }
    const what = step === 1 ? 'stable (A/A): histories with any reported shift' : `+${Math.round((step - 1) * 100)}% step: found within ±2 runs`;
    console.log(`  ${what.padEnd(52)} ${cell(step === 1 ? any : found, histories)}`);
  }
}

/**
 * The change-point search's cost at the bounds the gate searches (200 benchmarks × 100 runs, half
 * with a +20% step) and on one 5,000-run series with 19 steps, beside a same-run baseline (sorting
 * 2·10⁶ doubles) so that figures from machines of other speeds compare. CPU time is printed too:
 * on a shared machine the wall time also counts other processes.
 */
function costs() {
  const rng = createRng(SEED + 99);
  const big = Array.from({ length: 200 }, (_, i) => {
    const [b] = suite(rng);
    const points = Array.from({ length: 100 }, (_, r) => ({ sha: r.toString(16).padStart(40, '0'), runId: String(r), value: measure(b, runShift(rng) + sampleNoise(rng), i % 2 && r >= 50 ? 1.2 : 1) }));
    return { name: `b${i}`, unit: 's', direction: b.direction, points };
  });
  const long = Array.from({ length: 5000 }, (_, r) => 100 * (1 + 0.1 * (Math.floor(r / 250) % 3)) * Math.exp(normal(rng, 0, 0.02)));
  const clock = (f) => {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    const cpu = process.cpuUsage(cpu0);
    return { wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  };
  const baseline = clock(() => Float64Array.from({ length: 2e6 }, () => rng.next()).sort());
  const fmt = (c) => `${c.wall.toFixed(2)} s wall, ${c.cpu.toFixed(2)} s CPU (${(c.cpu / baseline.cpu).toFixed(1)}× the baseline)`;
  console.log(`\nChange-point cost (goal: each ≤ 2 s); baseline: sorting 2·10⁶ doubles took ${baseline.wall.toFixed(2)} s wall, ${baseline.cpu.toFixed(2)} s CPU`);
  console.log(`  200 benchmarks × 100 runs (levelShifts, as the gate runs it): ${fmt(clock(() => levelShifts(big)))}`);
  console.log(`  one 5,000-run series, 19 steps of 10–20% (eDivisive, p ≤ 0.01): ${fmt(clock(() => eDivisive(long, { significance: 0.01 })))}`);
}

/** Same-job A/B at n = 20 under other q / minEffect settings, on the same data. */
function sweep() {
  console.log(`\nSweep, same-job A/B n = 20 (q, minEffect):`);
  const configs = [[0.005, 0.03], [0.0075, 0.03], [0.01, 0], [0.01, 0.03], [0.01, 0.05], [0.02, 0.03], [0.05, 0.03]];
  const methods = Object.fromEntries(configs.map(([q, minEffect]) => [`${q}/${minEffect}`, (d) => regressions(compareSamples(d, { q, minEffect }))]));
  const counts = evaluate('ab20', (rng, s, t) => abPr(rng, 20, s, t), methods);
  printRows(counts, configs.map(([q, e]) => [`${q}/${e}`, `q = ${q}, minEffect = ${pct(e, 0)}`]));
}

main();
