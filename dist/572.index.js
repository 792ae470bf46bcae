export const id = 572;
export const ids = [572];
export const modules = {

/***/ 45572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ evaluatePerformanceGate),
  L: () => (/* binding */ seriesOf)
});

// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(47088);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
// EXTERNAL MODULE: ./src/stats/hodges-lehmann.ts
var hodges_lehmann = __webpack_require__(19129);
// EXTERNAL MODULE: ./src/stats/mann-whitney.ts
var mann_whitney = __webpack_require__(98462);
;// CONCATENATED MODULE: ./src/stats/multiple.ts
/**
 * Benjamini–Hochberg adjusted p-values ("q-values"), as R's `p.adjust(p, method = "BH")`.
 *
 * Benjamini & Hochberg (1995, JRSS B 57:289–300): with p_(1) ≤ … ≤ p_(m), rejecting every
 * hypothesis with p_(i) ≤ (i/m)·q controls the false discovery rate at q for independent (and
 * positively dependent, Benjamini & Yekutieli 2001) tests. The adjusted value
 *   q_(i) = min_{k ≥ i} min(1, (m/k) · p_(k))
 * is the smallest level at which hypothesis (i) is rejected, so "q_i ≤ level" is the BH decision.
 * When every hypothesis is null, BH at level q has a family-wise error of at most q — which is
 * what "no false alarm in a PR with no real change" needs.
 */
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    for (const p of pValues)
        if (!(p >= 0 && p <= 1))
            throw new RangeError(`benjaminiHochberg: p-values must be in [0, 1], got ${p}`);
    // Indices by p descending (ties keep input order), so the running minimum runs from k = m down.
    const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p || a.i - b.i);
    const q = new Array(m);
    let running = 1;
    order.forEach(({ p, i }, position) => {
        const rank = m - position; // 1-based rank in ascending order
        running = Math.min(running, (m / rank) * p);
        q[i] = running;
    });
    return q;
}

;// CONCATENATED MODULE: ./src/stats/detector.ts
/**
 * Same-job A/B regression verdicts: base and head samples of each benchmark, measured interleaved
 * in one job, so the runner's run-level speed cancels and only the sample noise is left.
 *
 * Per benchmark, on log values (a slowdown is a ratio; logs make ×1.1 and ÷1.1 the same size):
 * - a one-sided Mann–Whitney U test in the bad direction (head slower, or head lower for
 *   bigger-is-better) and, symmetrically, one in the good direction for improvements;
 * - the Hodges–Lehmann shift as a ratio head/base with its distribution-free CI.
 * Across benchmarks, Benjamini–Hochberg q-values, separately for the regression tests and the
 * improvement tests (improvements never block, so they must not spend the regression budget).
 *
 * regression  ⇔ q_regression ≤ level AND the estimate is worse by at least minEffect
 *               (ratio ≥ 1 + minEffect when smaller is better, ratio ≤ 1 − minEffect when bigger is);
 * improvement ⇔ the mirror image; unchanged otherwise;
 * insufficient ⇔ the test can never reach the level (1/C(m+n, m) > level: too few samples), or a
 *               value is ≤ 0 or not finite (no logs): never a silent pass.
 * strong      ⇔ the whole CI lies beyond minEffect on the verdict's side.
 * "Exactly at the boundary counts": an effect equal to minEffect or a q equal to the level flags,
 * with a relative tolerance of 1e-9 so that rounding in log/exp cannot move a value across it.
 */




const DEFAULT_Q = 0.01;
const DEFAULT_MIN_EFFECT = 0.03;
const DEFAULT_CONFIDENCE = 0.95;
/** Relative tolerance at the boundaries (see the header). */
const BOUNDARY_TOLERANCE = 1e-9;
/** Fewest samples per side for which 1/C(2k, k) ≤ level. */
function samplesNeeded(level) {
    let k = 1;
    while ((0,mann_whitney/* minimumPValue */.Gv)(k, k) > level * (1 + BOUNDARY_TOLERANCE))
        k++;
    return k;
}
function checkOptions(options) {
    const q = options.q ?? DEFAULT_Q;
    const minEffect = options.minEffect ?? DEFAULT_MIN_EFFECT;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    if (!(q > 0 && q < 1))
        throw new RangeError(`compareSamples: q must be in (0, 1), got ${q}`);
    if (!(minEffect >= 0 && minEffect < 1))
        throw new RangeError(`compareSamples: minEffect must be in [0, 1), got ${minEffect}`);
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`compareSamples: confidence must be in (0, 1), got ${confidence}`);
    return { q, minEffect, confidence };
}
/** Why a benchmark cannot be tested, or undefined when it can. */
function insufficiency(base, head, level) {
    const bad = [...base, ...head].filter((v) => !(v > 0 && Number.isFinite(v))).length;
    if (bad > 0)
        return `${bad} value(s) are zero, negative or not finite: ratios are compared on logs, so this benchmark cannot be tested`;
    const least = (0,mann_whitney/* minimumPValue */.Gv)(base.length, head.length);
    if (least > level * (1 + BOUNDARY_TOLERANCE)) {
        return `${base.length} base and ${head.length} head samples: the smallest possible p-value, 1/C(${base.length + head.length}, ${head.length}) = ${fmt(least)}, is above the level ${level}; at least ${samplesNeeded(level)} samples each are needed`;
    }
    return undefined;
}
const pair = (r) => ({ pWorse: r.pGreater, pBetter: r.pLess });
function measure(b, index, confidence) {
    const sign = b.direction === 'smaller-is-better' ? 1 : -1;
    const head = b.head.map((v) => sign * Math.log(v));
    const base = b.base.map((v) => sign * Math.log(v));
    const shift = (0,hodges_lehmann/* hodgesLehmannShift */.Ss)(head, base, { confidence });
    return {
        index,
        badShift: shift.estimate,
        badCi: shift.ci,
        ...pair((0,mann_whitney/* mannWhitney */.Pi)(head, base))
    };
}
function compareSamples(benchmarks, options = {}) {
    const { q, minEffect, confidence } = checkOptions(options);
    const reasons = benchmarks.map((b) => insufficiency(b.base, b.head, q));
    const tested = benchmarks.flatMap((b, i) => (reasons[i] === undefined ? [measure(b, i, confidence)] : []));
    const qWorse = benjaminiHochberg(tested.map((t) => t.pWorse));
    const qBetter = benjaminiHochberg(tested.map((t) => t.pBetter));
    const byIndex = new Map(tested.map((t, k) => [t.index, verdictOf(benchmarks[t.index], t, qWorse[k], qBetter[k], { q, minEffect })]));
    return benchmarks.map((b, i) => byIndex.get(i) ?? insufficientVerdict(b, reasons[i], confidence));
}
function insufficientVerdict(b, reason, confidence) {
    const samples = { base: b.base.length, head: b.head.length };
    // Exact counters (Go's B/op and allocs/op, often 0) that read the same on every run of both
    // sides did not change, however few the samples and even at zero, where logs are impossible.
    const [first] = b.base;
    if (first !== undefined && Number.isFinite(first) && samples.head > 0 && [...b.base, ...b.head].every((v) => v === first)) {
        return { name: b.name, verdict: 'unchanged', ratio: 1, ci: [1, 1], pValue: null, qValue: null, samples, strong: false, reason: `every sample is ${first} on both sides` };
    }
    const positive = [...b.base, ...b.head].every((v) => v > 0 && Number.isFinite(v));
    const estimable = positive && samples.base > 0 && samples.head > 0;
    const shift = estimable ? (0,hodges_lehmann/* hodgesLehmannShift */.Ss)(b.head.map(Math.log), b.base.map(Math.log), { confidence }) : undefined;
    return {
        name: b.name,
        verdict: 'insufficient',
        ratio: shift ? Math.exp(shift.estimate) : null,
        ci: shift ? [Math.exp(shift.ci[0]), Math.exp(shift.ci[1])] : null,
        pValue: null,
        qValue: null,
        samples,
        strong: false,
        reason: samples.base === 0 || samples.head === 0 ? `no ${samples.base === 0 ? 'base' : 'head'} samples` : reason
    };
}
/** Log thresholds, oriented so that positive = worse: worse by minEffect, better by minEffect. */
function thresholds(direction, minEffect) {
    const up = Math.log1p(minEffect);
    const down = -Math.log1p(-minEffect);
    // Smaller is better: worse = ratio ≥ 1 + e (log ≥ up); better = ratio ≤ 1 − e (log ≤ −down).
    // Bigger is better, in the flipped sign: worse = ratio ≤ 1 − e; better = ratio ≥ 1 + e.
    return direction === 'smaller-is-better' ? { worse: up, better: down } : { worse: down, better: up };
}
/** The verdict rule of the header, shared by the A/B detector and history mode. */
function decide(direction, e, o) {
    const limit = thresholds(direction, o.minEffect);
    const atLeast = (value, bound) => value >= bound - (Math.abs(bound) + 1) * BOUNDARY_TOLERANCE;
    const significant = (qValue) => qValue <= o.q * (1 + BOUNDARY_TOLERANCE);
    const worseSide = e.badShift >= 0;
    const pValue = worseSide ? e.pWorse : e.pBetter;
    const qValue = worseSide ? e.qWorse : e.qBetter;
    const ratio = Math.exp(direction === 'smaller-is-better' ? e.badShift : -e.badShift);
    const change = `${pct(ratio)} ${worseSide ? 'worse' : 'better'}`;
    const flagged = significant(qValue) && atLeast(Math.abs(e.badShift), worseSide ? limit.worse : limit.better);
    if (flagged) {
        // The CI end nearest to "no change" must itself be beyond the minimum effect.
        const near = e.badCi ? (worseSide ? e.badCi[0] : -e.badCi[1]) : -Infinity;
        const strong = atLeast(near, worseSide ? limit.worse : limit.better);
        const tail = strong ? '; the whole CI is beyond the minimum effect' : '';
        return { verdict: worseSide ? 'regression' : 'improvement', pValue, qValue, strong, reason: `${change} (q = ${fmt(qValue)} ≤ ${o.q}, at least ${pct1(o.minEffect)})${tail}` };
    }
    const why = significant(qValue) ? `significant (q = ${fmt(qValue)}) but smaller than the ${pct1(o.minEffect)} minimum effect` : `not significant (q = ${fmt(qValue)} > ${o.q})`;
    return { verdict: 'unchanged', pValue, qValue, strong: false, reason: `${change}, ${why}` };
}
function verdictOf(b, t, qWorse, qBetter, o) {
    const sign = b.direction === 'smaller-is-better' ? 1 : -1;
    const ends = [Math.exp(sign * t.badCi[0]), Math.exp(sign * t.badCi[1])].sort((x, y) => x - y);
    const decision = decide(b.direction, { ...t, qWorse, qBetter }, o);
    return { name: b.name, ratio: Math.exp(sign * t.badShift), ci: ends, samples: { base: b.base.length, head: b.head.length }, ...decision };
}
function fmt(x) {
    return x >= 0.001 ? x.toPrecision(2) : x.toExponential(1);
}
/** How far `ratio` is from 1, as people read a change: `1.1` → `10%`, `0.955` → `4.5%`. */
function pct(ratio) {
    return (0,format/* percent */.KN)(Math.abs(ratio - 1), 1);
}
function pct1(fraction) {
    return (0,format/* percent */.KN)(fraction, 2);
}

// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
;// CONCATENATED MODULE: ./src/stats/history-null.ts
/**
 * The null model of history mode: what one run's value of a benchmark looks like when nothing
 * changed, learnt from that benchmark's own past runs rather than assumed.
 *
 * Model, on oriented log values (log of a time, minus log of a rate, so that "slower" is positive
 * for every benchmark): y_{b,k} = level_b + shift_k + e_{b,k}, b a benchmark, k a run. Every
 * benchmark in a run shares the runner's speed shift_k; e is the benchmark's own noise.
 * 1. Robust two-way fit, two sweeps of Tukey's median polish (Tukey 1977, Exploratory Data
 *    Analysis, ch. 11): level_b = median_k (y − shift_k); shift_k = median_b (y − level_b) over the
 *    benchmarks that move with the runner (needs ≥ 3 in the run, else 0). Deterministic metrics
 *    (sizes, counts: no spread at all in the window) are neither used for nor adjusted by it.
 * 2. Each past run's residual leaves its own value out of the level (e = y − shift − median of the
 *    others), so past residuals are out-of-sample, as the head's residual is.
 * 3. Under "no change" the head's residual is exchangeable with the n past residuals, so its rank
 *    among them gives an exact conformal p-value, (1 + #{e ≥ r}) / (n + 1) (Vovk, Gammerman &
 *    Shafer 2005, Algorithmic Learning in a Random World, ch. 2); the + 1 is the finite-sample
 *    correction. It cannot go below 1/(n + 1), about 0.05 for 20 runs: one run proves little.
 * 4. Beyond the largest past residual, the tail is extrapolated as a generalised Pareto law
 *    (Pickands 1975; the peaks-over-threshold limit of extreme-value theory) anchored there:
 *      p = (1/(n + 1)) · (1 + ξ (r − e_max) / d̄)^(−1/ξ),  d̄ = mean |e| (the series' own spread).
 *    The shape ξ is the one constant fitted to data: on real continuous-benchmark histories
 *    (bench/detector.mjs replays them), one-run spikes of +50% on 2%-noise series are common, so the
 *    tail is heavier than exponential (ξ = 0). See DEFAULT_TAIL_SHAPE.
 */

/** ξ of the tail beyond the largest past residual; calibrated on half the real histories, checked on the rest. */
const DEFAULT_TAIL_SHAPE = 0.5;
const MIN_SHIFT_BENCHMARKS = 3;
const present = (row) => Array.from(row).filter((x) => !Number.isNaN(x));
function madOf(values) {
    const m = (0,median/* median */.J)(values);
    return (0,median/* median */.J)(values.map((x) => Math.abs(x - m)));
}
/** shift_k per run: the median deviation of the shiftable benchmarks, or 0 with too few of them. */
function runShifts(rows, levels, shiftable, runs, least) {
    const shifts = new Float64Array(runs);
    for (let k = 0; k < runs; k++) {
        const deltas = [];
        rows.forEach((row, b) => {
            if (shiftable[b] && !Number.isNaN(row[k]))
                deltas.push(row[k] - levels[b]);
        });
        shifts[k] = deltas.length >= least ? (0,median/* median */.J)(deltas) : 0;
    }
    return shifts;
}
/**
 * Residual of each value against the median of the others (step 2). For the value at sorted index
 * i the others' median is read off the sorted list with that one index skipped.
 */
function leaveOneOutResiduals(values) {
    const sorted = Float64Array.from(values).sort();
    const m = sorted.length - 1;
    const at = (j, i) => sorted[j < i ? j : j + 1];
    const out = new Float64Array(sorted.length);
    for (let i = 0; i < sorted.length; i++) {
        const others = m % 2 === 1 ? at((m - 1) / 2, i) : (at(m / 2 - 1, i) + at(m / 2, i)) / 2;
        out[i] = sorted[i] - others;
    }
    return out.sort();
}
/** Steps 1–2 over a window: `rows[b][k]` is benchmark b's oriented log value in run k (NaN when absent). */
function fitWindow(rows, o) {
    const least = o.minBenchmarksForShift ?? MIN_SHIFT_BENCHMARKS;
    const values = rows.map(present);
    const counts = values.map((v) => v.length);
    const usable = counts.map((c) => c >= o.minRuns && c >= 2);
    const shiftable = values.map((v, b) => usable[b] && (o.adjustHistoryRuns ?? true) && madOf(v) > 0);
    const runs = rows[0]?.length ?? 0;
    let levels = values.map((v, b) => (usable[b] ? (0,median/* median */.J)(v) : NaN));
    let shifts = new Float64Array(runs);
    if (shiftable.some(Boolean)) {
        for (let sweep = 0; sweep < 2; sweep++) {
            shifts = runShifts(rows, levels, shiftable, runs, least);
            levels = rows.map((row, b) => (usable[b] ? (0,median/* median */.J)(adjusted(row, shiftable[b], shifts)) : NaN));
        }
    }
    const series = rows.map((row, b) => {
        if (!usable[b])
            return undefined;
        const residuals = leaveOneOutResiduals(adjusted(row, shiftable[b], shifts));
        const spread = residuals.reduce((s, e) => s + Math.abs(e), 0) / residuals.length;
        return { level: levels[b], residuals, spread, shiftable: shiftable[b] };
    });
    const shiftRange = shifts.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    return { series, counts, minBenchmarksForShift: least, shiftRange };
}
function adjusted(row, shiftable, shifts) {
    const out = [];
    row.forEach((x, k) => {
        if (!Number.isNaN(x))
            out.push(shiftable ? x - shifts[k] : x);
    });
    return out;
}
/** A new run's shared shift against the fitted levels: `heads[b]` oriented log or NaN. */
function headShift(fit, heads) {
    const deltas = heads.flatMap((y, b) => {
        const s = fit.series[b];
        return s?.shiftable && !Number.isNaN(y) ? [y - s.level] : [];
    });
    return deltas.length >= fit.minBenchmarksForShift ? { shift: (0,median/* median */.J)(deltas), benchmarks: deltas.length } : { shift: 0, benchmarks: 0 };
}
/** The head's residual (step 2 for the new run): its value minus level and, when it moves with the runner, the run's shift. */
function residualOf(s, y, shift) {
    return y - s.level - (s.shiftable ? shift : 0);
}
/** P(E ≥ x) under the series' null (steps 3–4); `residuals` ascending. */
function upperTail(x, s, xi = DEFAULT_TAIL_SHAPE) {
    const e = s.residuals;
    const n = e.length;
    if (s.spread === 0)
        return x > 0 ? 0 : 1;
    const top = e[n - 1];
    if (x <= top)
        return (1 + (n - lowerBound(e, x))) / (n + 1);
    const t = (x - top) / s.spread;
    return (xi === 0 ? Math.exp(-t) : (1 + xi * t) ** (-1 / xi)) / (n + 1);
}
/** P(E ≤ x): the upper tail of the mirrored residuals. */
function lowerTail(x, s, xi = DEFAULT_TAIL_SHAPE) {
    const mirrored = Float64Array.from(s.residuals, (e) => -e).reverse();
    return upperTail(-x, { ...s, residuals: mirrored }, xi);
}
/**
 * The smallest worse residual whose one-run p-value reaches `level` (inverting step 4, or the rank
 * of step 3 when the level is within reach of the ranks). Infinity when nothing could.
 */
function detectableResidual(s, level, xi = DEFAULT_TAIL_SHAPE) {
    const e = s.residuals;
    const n = e.length;
    if (s.spread === 0)
        return 0;
    const top = e[n - 1];
    const scaled = level * (n + 1);
    if (scaled >= 1) {
        // (1 + #{e ≥ x}) ≤ scaled: at most ⌊scaled⌋ − 1 past residuals at or above x.
        const allowed = Math.floor(scaled) - 1;
        return allowed >= n ? -Infinity : e[n - 1 - allowed] + 1e-12;
    }
    const t = xi === 0 ? -Math.log(scaled) : (scaled ** -xi - 1) / xi;
    return top + t * s.spread;
}
/** First index with e[i] ≥ x in an ascending array. */
function lowerBound(e, x) {
    let lo = 0;
    let hi = e.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (e[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/stats/history-mode.ts
/**
 * History mode: one value per benchmark per run, the head run judged against the last N runs of the
 * default branch. Much weaker than same-job A/B (the runner changes from run to run), so its verdicts
 * carry `action: 'warn'` unless the caller asks otherwise.
 *
 * The null comes from each benchmark's own past (history-null.ts): its residuals after the run-wide
 * shift is removed, an exact conformal rank within their range and a generalised Pareto tail beyond
 * it; the benchmark must look worse with and without the shift removed (see `judge`). Then
 * Benjamini–Hochberg across benchmarks and the A/B detector's decision rule (q ≤ level and at least
 * minEffect, direction-aware).
 *
 * What one run cannot do: on a series whose runs vary by 8%, a 5% move is indistinguishable from
 * noise. When the head is worse by at least minEffect but not significant, the verdict is
 * "insufficient" with the reason and `detectable`, the smallest move one run could prove.
 *
 * On the default branch (`confirm: true`) a suspected regression (q ≤ watchQ, at least minEffect) is
 * "watching": it becomes a regression only when the next `confirmRuns` runs each stay worse than
 * half the suspected move (and minEffect) against the same baseline, the way a reviewer reads a
 * chart. Real CI histories are full of one-run spikes (+50% and back is common), and those never
 * page anyone. The defaults (tail shape, watchQ 0.05, 2 confirming runs) were chosen on half of the
 * real histories in the shared corpus and checked on the other half (bench/detector.mjs).
 *
 * A benchmark with fewer than `minRuns` values, or a head ≤ 0, is "insufficient", never a silent pass.
 * Pass benchmarks that share the runner's speed in one call; deterministic metrics (no spread in
 * the window) are recognised and left out of the run shift.
 */




/** Calibrated with the tail shape on real histories (bench/detector.mjs --sweep); see the README. */
const DEFAULT_WATCH_Q = 0.05;
const DEFAULT_CONFIRM_RUNS = 2;
const valid = (v) => v !== undefined && v > 0 && Number.isFinite(v);
/** Oriented log: positive = worse for either direction. */
const oriented = (direction, v) => (valid(v) ? (direction === 'smaller-is-better' ? 1 : -1) * Math.log(v) : NaN);
const atLeast = (x, bound) => x >= bound - (Math.abs(bound) + 1) * BOUNDARY_TOLERANCE;
function options(o) {
    const full = {
        window: o.window ?? 20,
        minRuns: o.minRuns ?? 10,
        q: o.q ?? DEFAULT_Q,
        minEffect: o.minEffect ?? DEFAULT_MIN_EFFECT,
        tailShape: o.tailShape ?? DEFAULT_TAIL_SHAPE,
        action: o.action ?? 'warn',
        minBenchmarksForShift: o.minBenchmarksForShift ?? 3,
        adjustHistoryRuns: o.adjustHistoryRuns ?? true,
        confirm: o.confirm ?? false,
        watchQ: o.watchQ ?? DEFAULT_WATCH_Q,
        confirmRuns: o.confirmRuns ?? DEFAULT_CONFIRM_RUNS
    };
    if (!(full.q > 0 && full.q < 1))
        throw new RangeError(`historyMode: q must be in (0, 1), got ${full.q}`);
    if (!(full.minEffect >= 0 && full.minEffect < 1))
        throw new RangeError(`historyMode: minEffect must be in [0, 1), got ${full.minEffect}`);
    if (!(full.tailShape >= 0 && Number.isFinite(full.tailShape)))
        throw new RangeError(`historyMode: tailShape must be ≥ 0, got ${full.tailShape}`);
    if (!(Number.isInteger(full.confirmRuns) && full.confirmRuns >= 1))
        throw new RangeError(`historyMode: confirmRuns must be an integer ≥ 1, got ${full.confirmRuns}`);
    if (!(Number.isInteger(full.window) && full.window >= 1 && full.minRuns >= 2))
        throw new RangeError('historyMode: window must be ≥ 1 and minRuns ≥ 2');
    return full;
}
/**
 * Judges `heads` (oriented logs) against the window `runs`: fit, residuals, p-values, BH, decision.
 * When this run's shift is larger than any the window's runs had, the benchmark must look worse
 * both with and without the removal (an intersection–union test: p = the larger of the two): the
 * runner model is trusted for moves of the size it was fitted on, not beyond. On real runs, a
 * runner 20% faster on most benchmarks is not 20% faster on all of them, and the others would
 * otherwise look 20% slower.
 */
function judge(runs, heads, benchmarks, o) {
    const rows = benchmarks.map((b) => Float64Array.from(runs, (r) => oriented(b.direction, r.values[b.name])));
    const fit = fitWindow(rows, o);
    const shift = headShift(fit, heads);
    // The runner model is trusted for runner moves of the size it was fitted on; past them, not alone.
    const unusual = shift.benchmarks > 0 && Math.abs(shift.shift) > fit.shiftRange;
    const plain = unusual ? fitWindow(rows, { ...o, adjustHistoryRuns: false }) : undefined;
    const found = benchmarks.map((_, i) => {
        const s = fit.series[i];
        if (!s || Number.isNaN(heads[i]))
            return undefined;
        const residual = residualOf(s, heads[i], shift.shift);
        const both = [{ s, r: residual }, ...(plain?.series[i] ? [{ s: plain.series[i], r: heads[i] - plain.series[i].level }] : [])];
        const pWorse = Math.max(...both.map((x) => upperTail(x.r, x.s, o.tailShape)));
        const pBetter = Math.max(...both.map((x) => lowerTail(x.r, x.s, o.tailShape)));
        return { s, both, raw: heads[i] - s.level, residual, pWorse, pBetter };
    });
    const used = found.filter((f) => f !== undefined);
    const qWorse = benjaminiHochberg(used.map((f) => f.pWorse));
    const qBetter = benjaminiHochberg(used.map((f) => f.pBetter));
    // A lone regression among m benchmarks needs p ≤ q/m under BH: that is what one run can prove.
    const loneLevel = o.q / Math.max(1, used.length);
    let k = 0;
    const tested = found.map((f, i) => {
        if (!f)
            return undefined;
        const q = { qWorse: qWorse[k], qBetter: qBetter[k++] };
        const decision = decide(benchmarks[i].direction, { badShift: f.residual, pWorse: f.pWorse, pBetter: f.pBetter, ...q }, o);
        const detectable = Math.max(...f.both.map((x) => detectableResidual(x.s, loneLevel, o.tailShape) + f.residual - x.r), Math.log1p(o.minEffect));
        return { series: f.s, raw: f.raw, residual: f.residual, qWorse: q.qWorse, decision, detectable };
    });
    return { fit, shift, tested };
}
function historyMode(runs, benchmarks, opts = {}) {
    const o = options(opts);
    const heads = benchmarks.map((b) => oriented(b.direction, b.head));
    const now = judge(runs.slice(-o.window), heads, benchmarks, o);
    const previous = o.confirm ? suspicions(runs, heads, benchmarks, o) : [];
    const verdicts = benchmarks.map((b, i) => {
        const t = now.tested[i];
        if (!t)
            return insufficient(b, now.fit.counts[i], o);
        const own = oneRunVerdict(b, t, now.fit.counts[i], o);
        if (!o.confirm)
            return own;
        return confirmed(own, suspected(t, o), previous[i], o);
    });
    const { shift, benchmarks: used } = now.shift;
    return { runShift: Math.exp(shift), runShiftBenchmarks: used, verdicts };
}
/** A pull request (or a single run): regression, improvement, unchanged, or insufficient evidence. */
function oneRunVerdict(b, t, runs, o) {
    const sign = b.direction === 'smaller-is-better' ? 1 : -1;
    const detectable = Math.exp(sign * t.detectable);
    const common = {
        name: b.name, action: o.action, ratio: Math.exp(sign * t.residual), rawRatio: Math.exp(sign * t.raw),
        spread: Math.expm1(t.series.spread), pValue: t.decision.pValue, qValue: t.decision.qValue, runs, strong: false, detectable
    };
    if (t.decision.verdict === 'unchanged' && atLeast(t.residual, Math.log1p(o.minEffect))) {
        const noise = `its last ${t.series.residuals.length} runs moved by ±${logPct(t.series.spread)} typically and up to +${logPct(t.series.residuals.at(-1))}`;
        const reason = `insufficient evidence: ${pct(Math.exp(t.residual))} worse, but one run cannot tell that from this benchmark's own noise (${noise}); one run proves only moves beyond ×${(0,format/* sig3 */.tH)(detectable)}`;
        return { ...common, verdict: 'insufficient', reason };
    }
    return { ...common, verdict: t.decision.verdict, reason: t.decision.reason };
}
/** Oriented logs of a run's values for the benchmarks. */
const headsOf = (run, benchmarks) => benchmarks.map((b) => oriented(b.direction, run.values[b.name]));
/**
 * For each of the last `confirmRuns` runs (oldest first), judged against the runs before it: the
 * benchmarks it suspected, and whether every later run, this one included, stayed worse than half
 * the suspected move (and minEffect) against that same baseline, each with its own run shift.
 */
function suspicions(runs, heads, benchmarks, o) {
    const found = benchmarks.map(() => undefined);
    for (let j = Math.min(o.confirmRuns, runs.length); j >= 1; j--) {
        const suspect = runs[runs.length - j];
        const then = judge(runs.slice(Math.max(0, runs.length - j - o.window), runs.length - j), headsOf(suspect, benchmarks), benchmarks, o);
        const later = [...runs.slice(runs.length - j + 1).map((r) => headsOf(r, benchmarks)), heads];
        const shifts = later.map((h) => headShift(then.fit, h).shift);
        then.tested.forEach((t, i) => {
            if (found[i]?.stays || !t || !suspected(t, o))
                return;
            const bar = Math.max(Math.log1p(o.minEffect), t.residual / 2);
            const moves = later.map((h, k) => (Number.isNaN(h[i]) ? NaN : residualOf(t.series, h[i], shifts[k])));
            const now = moves.at(-1);
            if (Number.isNaN(now))
                return;
            const stays = moves.every((m) => Number.isNaN(m) || atLeast(m, bar));
            found[i] = { id: suspect.id ?? `the run ${j} before this one`, move: t.residual, qValue: t.qWorse, now, stays, since: j };
        });
    }
    return found;
}
/** Worse by minEffect at the watch level: worth the next runs' look. */
function suspected(t, o) {
    return atLeast(t.residual, Math.log1p(o.minEffect)) && t.qWorse <= Math.max(o.watchQ, o.q) * (1 + BOUNDARY_TOLERANCE);
}
/** Default branch: a suspected regression is watched until `confirmRuns` later runs stay at its level. */
function confirmed(own, suspect, before, o) {
    const worse = (x) => `${pct(Math.exp(x))} worse`;
    const was = before ? `${before.id} was ${worse(before.move)} (q = ${fmt(before.qValue)})` : '';
    if (before?.stays && before.since >= o.confirmRuns) {
        const reason = `${worse(before.now)} against the runs before ${before.id}, confirmed: ${was} and the ${before.since === 1 ? 'next run' : `${before.since} runs since`} stayed at that level`;
        return { ...own, verdict: 'regression', qValue: before.qValue, reason, since: before.id };
    }
    if (before?.stays) {
        const reason = `watching: ${was} and this run stayed at that level (${before.since} of ${o.confirmRuns} runs confirm it)`;
        return { ...own, verdict: 'watching', reason, since: before.id };
    }
    const refuted = before ? `${was} but this run is not: a spike, not a regression. ` : '';
    if (suspect) {
        const evidence = own.verdict === 'regression' ? own.reason : `${pct(own.ratio ?? 1)} worse (q = ${fmt(own.qValue ?? 1)} ≤ ${Math.max(o.watchQ, o.q)})`;
        const reason = `${refuted}watching: ${evidence}; the next default-branch ${o.confirmRuns === 1 ? 'run confirms' : `${o.confirmRuns} runs confirm`} it (or show a one-run spike)`;
        return { ...own, verdict: 'watching', reason };
    }
    return before ? { ...own, reason: `${refuted}${own.reason}`, since: before.id } : own;
}
function insufficient(b, runs, o) {
    const reason = !valid(b.head)
        ? `this run's value (${b.head}) is zero, negative or not finite: levels are compared on logs`
        : `${runs} of the last ${o.window} runs have a value; at least ${o.minRuns} are needed`;
    const none = { ratio: null, rawRatio: null, spread: null, pValue: null, qValue: null, detectable: null };
    return { name: b.name, verdict: 'insufficient', action: o.action, ...none, runs, strong: false, reason };
}
const logPct = (logMove) => (0,format/* percent */.KN)(Math.expm1(logMove), 1);

;// CONCATENATED MODULE: ./src/gates/performance-gate.ts





const LISTED = 10;
/** Values in a base unit when the tool's unit converts to one, so `ms` and `µs` runs compare. */
function seriesOf(results) {
    const out = new Map();
    for (const r of results) {
        const n = r.normalized;
        const unit = n ? n.unit : r.unit;
        const values = n ? [...(n.samples ?? [n.value])] : [...(r.samples ?? [r.value])];
        const seen = out.get(r.name);
        if (seen && seen.unit === unit)
            seen.values.push(...values);
        else if (!seen)
            out.set(r.name, { name: r.name, unit, direction: r.direction, values });
    }
    return out;
}
function evaluatePerformanceGate(input, options) {
    const head = seriesOf(input.head);
    if (head.size === 0)
        return { gate: noBenchmarks(options), comparisons: [] };
    const base = seriesOf(input.base ?? []);
    if (base.size > 0)
        return abGate(head, base, options);
    return historyGate(head, input.history, options, input.defaultBranch ?? false);
}
function abGate(head, base, options) {
    const family = [];
    const unitClash = [];
    for (const h of head.values()) {
        const b = base.get(h.name);
        if (b && b.unit !== h.unit) {
            unitClash.push(performance_gate_insufficient(h, 'ab', `the base is in ${b.unit} and the head in ${h.unit}, which do not convert`, b.values.length));
            continue;
        }
        family.push({ name: h.name, direction: h.direction, head: h.values, base: b?.values ?? [] });
    }
    // BH's q-values do not depend on the minimum effect, so one call per distinct effect over the
    // whole family gives every benchmark its own effect with the family's correction.
    const verdicts = new Map();
    const effects = new Set(family.map((b) => effectFor(b.name, options)));
    for (const minEffect of effects) {
        for (const v of compareSamples(family, { q: options.q, minEffect }))
            if (effectFor(v.name, options) === minEffect)
                verdicts.set(v.name, v);
    }
    const comparisons = [
        ...family.map((b) => ({ ...verdicts.get(b.name), mode: 'ab', unit: head.get(b.name).unit, direction: b.direction })),
        ...unitClash
    ].map(tidy);
    return { gate: summarise(comparisons, options.action, options, 'ab'), comparisons };
}
function historyGate(head, history, options, confirm) {
    const runs = (history?.runs ?? []).map((r) => ({ id: r.id, values: r.values }));
    const comparable = [...head.values()].filter((h) => !history?.units[h.name] || history.units[h.name] === h.unit);
    const benchmarks = comparable.map((h) => ({ name: h.name, head: (0,median/* median */.J)(h.values), direction: h.direction }));
    const results = new Map();
    let runShift;
    for (const minEffect of new Set(benchmarks.map((b) => effectFor(b.name, options)))) {
        const r = historyMode(runs, benchmarks, { q: options.q, minEffect, action: options.historyAction, confirm });
        runShift = r.runShiftBenchmarks > 0 ? r.runShift : undefined;
        for (const v of r.verdicts)
            if (effectFor(v.name, options) === minEffect)
                results.set(v.name, v);
    }
    const comparisons = [...head.values()].map((h) => {
        const v = results.get(h.name);
        if (!v)
            return performance_gate_insufficient(h, 'history', `the history holds it in ${history?.units[h.name] ?? '?'}, this run in ${h.unit}`, 0);
        const extra = { ...(v.detectable !== null ? { detectable: v.detectable } : {}), ...(v.since !== undefined ? { since: v.since } : {}) };
        return tidy({ name: h.name, mode: 'history', verdict: v.verdict, unit: h.unit, direction: h.direction, ratio: v.ratio, ci: null, pValue: v.pValue, qValue: v.qValue, samples: { base: v.runs, head: h.values.length }, strong: v.strong, reason: v.reason, ...extra });
    });
    const gate = summarise(comparisons, options.historyAction, options, 'history');
    return { gate, comparisons, ...(runShift !== undefined ? { runShift } : {}) };
}
function effectFor(name, options) {
    return options.maxRegression[name] ?? options.minEffect;
}
function performance_gate_insufficient(h, mode, reason, base) {
    return { name: h.name, mode, verdict: 'insufficient', unit: h.unit, direction: h.direction, ratio: null, ci: null, pValue: null, qValue: null, samples: { base, head: h.values.length }, strong: false, reason };
}
/** Ratios to 4 significant digits: the JSON verdict is read by people too. */
function tidy(c) {
    const r = (x) => Number(x.toPrecision(4));
    return { ...c, ratio: c.ratio === null ? null : r(c.ratio), ci: c.ci ? [r(c.ci[0]), r(c.ci[1])] : null, ...(c.detectable !== undefined ? { detectable: r(c.detectable) } : {}) };
}
function summarise(comparisons, action, options, mode) {
    const regressions = comparisons.filter((c) => c.verdict === 'regression');
    // History mode judged these, but one run cannot prove their move ("insufficient evidence"): noise, not a setup problem.
    const inconclusive = comparisons.filter((c) => c.verdict === 'insufficient' && c.detectable !== undefined).length;
    const unjudged = comparisons.filter((c) => c.verdict === 'insufficient' && c.detectable === undefined);
    const watching = comparisons.filter((c) => c.verdict === 'watching');
    const improved = comparisons.filter((c) => c.verdict === 'improvement').length;
    const how = mode === 'ab' ? 'same-job A/B samples' : 'one value per run against the base branch history';
    const base = {
        gate: 'performance', category: 'performance', action, metric: 'regressed benchmarks', comparator: '<=', threshold: 0, actual: regressions.length
    };
    const tail = [
        improved ? `${improved} improved` : '',
        watching.length ? `${watching.length} watching (worse in one run; the next default-branch runs confirm or dismiss it)` : '',
        inconclusive ? `${inconclusive} inconclusive (one run cannot prove their move)` : '',
        unjudged.length ? `${unjudged.length} not judged` : ''
    ].filter(Boolean).join(', ');
    const counts = `${(0,format/* count */.U9)(comparisons.length, 'benchmarks')} compared (${how})${tail ? `; ${tail}` : ''}`;
    if (regressions.length) {
        const items = regressions.slice(0, LISTED).map(regressionItem);
        return {
            ...base,
            status: (0,verdict/* failureStatus */.l1)(action),
            message: `${regressions.length} ${regressions.length === 1 ? 'benchmark regressed' : 'benchmarks regressed'} by at least ${(0,format/* percent */.KN)(options.minEffect)} (q ≤ ${options.q}). ${counts}.`,
            suggestions: [
                'Profile the regressed benchmarks against the base commit; the effect and its confidence interval are in the table.',
                'If the slowdown is intended, raise gates.performance.max-regression for that benchmark or waive the gate with an exception label.'
            ],
            items,
            ...(regressions.length > LISTED ? { moreItems: regressions.length - LISTED } : {})
        };
    }
    if (unjudged.length === comparisons.length && mode === 'history') {
        // No base yet (history mode's first runs) is not a failure: say so.
        return { ...base, status: 'skipped', actual: null, message: `No benchmark could be judged: the base branch history does not have enough runs yet. ${unjudged[0]?.reason ?? ''}`.trim(), suggestions: suggestionsFor(mode) };
    }
    if (unjudged.length === comparisons.length) {
        // Same-job samples that cannot reach significance are a setup problem the user must see.
        return {
            ...base, status: 'warning', action: 'warn', actual: null,
            message: `No benchmark could be judged: insufficient samples. ${unjudged[0]?.reason ?? ''}`.trim(),
            suggestions: suggestionsFor(mode),
            items: unjudged.slice(0, LISTED).map((c) => ({ text: `${c.name}: ${c.reason}` })),
            ...(unjudged.length > LISTED ? { moreItems: unjudged.length - LISTED } : {})
        };
    }
    if (unjudged.length) {
        return {
            ...base,
            status: 'warning',
            action: 'warn',
            message: `No regression among the judged benchmarks, but ${unjudged.length} could not be judged (insufficient samples). ${counts}.`,
            suggestions: suggestionsFor(mode),
            items: unjudged.slice(0, LISTED).map((c) => ({ text: `${c.name}: ${c.reason}` })),
            ...(unjudged.length > LISTED ? { moreItems: unjudged.length - LISTED } : {})
        };
    }
    return { ...base, status: 'passed', message: `No regression. ${counts}.`, suggestions: [] };
}
function suggestionsFor(mode) {
    return mode === 'ab'
        ? ['Give each benchmark more samples (repetitions, -count, --runs): with q = 0.01 the test needs at least 5 per side (7 for a lone regression among 20 benchmarks), 20 for useful power.']
        : ['Nothing to do: history mode starts judging after 10 runs of the default branch. For an answer on every PR, run base and head in the same job (benchmarks-base or measure base-dir).'];
}
function regressionItem(c) {
    const worse = c.direction === 'smaller-is-better' ? 'slower' : 'lower';
    const ratio = c.ratio ?? 1;
    const effect = `${(0,format/* percent */.KN)(Math.abs(ratio - 1), 1)} ${worse}`;
    const ci = c.ci ? ` (95% CI ×${(0,format/* sig3 */.tH)(c.ci[0])}–×${(0,format/* sig3 */.tH)(c.ci[1])})` : '';
    const q = c.qValue !== null ? `, q = ${c.qValue.toPrecision(2)}` : '';
    return { text: `${c.name}: ${effect}${ci}${q}, ${c.samples.base} base / ${c.samples.head} head samples` };
}
function noBenchmarks(options) {
    return {
        gate: 'performance', category: 'performance', action: options.action, metric: 'regressed benchmarks', comparator: '<=', threshold: 0, actual: null,
        status: (0,verdict/* failureStatus */.l1)(options.action),
        message: 'The performance gate is configured, but no benchmark results were read.',
        suggestions: ['Point reports.benchmarks (or the benchmarks input) at the files your benchmark step writes, or configure measure.']
    };
}


/***/ }),

/***/ 19129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ss: () => (/* binding */ hodgesLehmannShift)
/* harmony export */ });
/* unused harmony exports pairwiseDifferences, hodgesLehmannRatio */
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72484);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86060);
/* harmony import */ var _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98462);
/**
 * The two-sample Hodges–Lehmann shift estimate and its distribution-free confidence interval
 * (Hodges & Lehmann 1963; the interval is Moses's; Hollander, Wolfe & Chicken, Nonparametric
 * Statistical Methods, 3rd ed. 2014, §4.2 and §4.3).
 *
 * With D_(1) ≤ … ≤ D_(mn) the sorted pairwise differences head_i − base_j:
 * - estimate Δ̂ = median(D) (§4.2);
 * - interval [D_(C), D_(mn + 1 − C)], where C is the Mann–Whitney critical count: the interval
 *   misses the true shift Δ exactly when U computed on (head − Δ, base) is < C or > mn − C, so its
 *   coverage is 1 − 2·P(U ≤ C − 1) under the continuity assumption, whatever the distribution.
 *
 * C, as R's `wilcox.test(head, base, conf.int = TRUE)` picks it in its exact branch:
 *   C = qwilcox(α/2, m, n) (the smallest q with P(U ≤ q) ≥ α/2), raised to 1 when it is 0 (then the
 *   requested level cannot be reached and the interval is [min D, max D]); achieved level
 *   1 − 2·pwilcox(C − 1, m, n).
 * Otherwise (ties, or m·n past the exact limit) H&W's large-sample value, the integer nearest to
 *   C = mn/2 − z_{α/2} · σ_U,   σ_U the tie-corrected standard deviation of U (§4.3).
 * R finds its non-exact interval and estimate by root-finding on the corrected z statistic instead;
 * ours stays the textbook order-statistic form, so it can differ from R there by a neighbouring D.
 *
 * On log values the shift is a log ratio: `hodgesLehmannRatio` reports exp(Δ̂) and [exp(lo), exp(hi)].
 * Cost: the mn differences are materialised (8·mn bytes: 10,000 × 10,000 is the practical ceiling)
 * and three order statistics selected in expected O(mn); benchmark samples are far smaller.
 */



/** All head_i − base_j, unsorted. */
function differences(head, base) {
    const diffs = new Float64Array(head.length * base.length);
    let k = 0;
    for (const h of head)
        for (const b of base)
            diffs[k++] = h - b;
    return diffs;
}
/** All head_i − base_j, sorted ascending. */
function pairwiseDifferences(head, base) {
    return differences(head, base).sort();
}
/**
 * The k-th smallest of a[lo..hi] (0-based k), by Hoare's quickselect with a median-of-three pivot;
 * partitions `a` in place so that a[lo..k] ≤ a[k] ≤ a[k..hi]. Expected O(hi − lo): the estimate and
 * the CI need three order statistics of mn differences, not a full O(mn log mn) sort.
 */
function select(a, k, lo, hi) {
    while (hi > lo) {
        const mid = (lo + hi) >> 1;
        const pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i++] = a[j];
                a[j--] = t;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
/** Order statistics at the given 0-based ranks (ascending), each selection narrowing the next. */
function orderStatistics(a, ranks) {
    let lo = 0;
    return ranks.map((k) => {
        const v = select(a, k, lo, a.length - 1);
        lo = k;
        return v;
    });
}
/** The critical count C (1-based order statistic of the lower end) and the coverage it achieves. */
function criticalCount(head, base, alpha, exact) {
    const m = head.length;
    const n = base.length;
    const { tieTerm } = (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .rankSum */ .uB)(head, base);
    if ((0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .useExact */ .n0)(m, n, tieTerm > 0, exact)) {
        const c = Math.max(1, (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .exactQuantile */ .HT)(alpha / 2, m, n));
        return { c, achieved: 1 - 2 * (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .exactLowerTail */ .t$)(c - 1, m, n), method: 'exact' };
    }
    const sigma = (0,_mann_whitney_js__WEBPACK_IMPORTED_MODULE_2__/* .uSigma */ .TU)(m, n, tieTerm);
    const raw = Math.round((m * n) / 2 - _stdlib_stats_base_dists_normal_quantile__WEBPACK_IMPORTED_MODULE_1___default()(1 - alpha / 2, 0, 1) * sigma);
    const c = Math.min(Math.max(1, raw), Math.floor((m * n + 1) / 2));
    // P(U ≤ C − 1) by the same normal law, with the continuity correction.
    const tail = sigma > 0 ? _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()((c - 1 + 0.5 - (m * n) / 2) / sigma, 0, 1) : 0;
    return { c, achieved: 1 - 2 * tail, method: 'normal' };
}
function hodgesLehmannShift(head, base, options = {}) {
    const confidence = options.confidence ?? 0.95;
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`hodgesLehmannShift: confidence must be in (0, 1), got ${confidence}`);
    if (head.length === 0 || base.length === 0)
        throw new RangeError('hodgesLehmannShift: both samples need at least one value');
    if (![...head, ...base].every(Number.isFinite))
        throw new RangeError('hodgesLehmannShift: values must be finite');
    const diffs = differences(head, base);
    const { c, achieved, method } = criticalCount(head, base, 1 - confidence, options.exact);
    // 1-based D_(C) and D_(mn + 1 − C) → 0-based C − 1 and mn − C; the median from the middle one(s).
    const total = diffs.length;
    const mid = total >> 1;
    const middle = total % 2 === 1 ? [mid] : [mid - 1, mid];
    const ranks = [...new Set([c - 1, ...middle, total - c])].sort((x, y) => x - y);
    const values = new Map(orderStatistics(diffs, ranks).map((v, i) => [ranks[i], v]));
    const estimate = middle.length === 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
    const ci = [values.get(c - 1), values.get(total - c)];
    return { estimate, ci, confidence, achievedConfidence: achieved, method };
}
/** The shift on log values, reported as a ratio; every value must be positive and finite. */
function hodgesLehmannRatio(head, base, options = {}) {
    if (![...head, ...base].every((v) => v > 0 && Number.isFinite(v)))
        throw new RangeError('hodgesLehmannRatio: values must be positive (ratios are taken on logs)');
    const shift = hodgesLehmannShift(head.map(Math.log), base.map(Math.log), options);
    return {
        ratio: Math.exp(shift.estimate),
        ci: [Math.exp(shift.ci[0]), Math.exp(shift.ci[1])],
        confidence: shift.confidence,
        achievedConfidence: shift.achievedConfidence,
        method: shift.method
    };
}


/***/ }),

/***/ 98462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ minimumPValue),
/* harmony export */   HT: () => (/* binding */ exactQuantile),
/* harmony export */   Pi: () => (/* binding */ mannWhitney),
/* harmony export */   TU: () => (/* binding */ uSigma),
/* harmony export */   n0: () => (/* binding */ useExact),
/* harmony export */   nK: () => (/* binding */ mannWhitneyGreater),
/* harmony export */   t$: () => (/* binding */ exactLowerTail),
/* harmony export */   uB: () => (/* binding */ rankSum)
/* harmony export */ });
/* unused harmony exports EXACT_MAX_PRODUCT, EXACT_FORCED_MAX_PRODUCT, normalUpperTail, exactDistribution, exactUpperTail */
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72484);
/* harmony import */ var _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0__);
/**
 * One-sided Mann–Whitney U test (the Wilcoxon rank-sum test) for "head is stochastically larger
 * than base", the way R's `wilcox.test(head, base, alternative = "greater")` computes it.
 *
 * Statistic (Mann & Whitney 1947; Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, §4.1):
 *   U = #{(i, j): head_i > base_j} + ½ · #{(i, j): head_i = base_j} = W − m(m + 1)/2,
 * W being the sum of the head ranks (mid-ranks for ties) in the pooled sample, m = |head|, n = |base|.
 * R prints U as "W". Under H0 (one distribution) E[U] = mn/2 and, without ties, Var[U] = mn(N + 1)/12.
 *
 * p-value = P(U ≥ u_observed) under H0:
 * - exact (no ties and m·n ≤ EXACT_MAX_PRODUCT): the null distribution of U by Mann & Whitney's
 *   recurrence (1947) — see `exactDistribution`;
 * - otherwise the normal approximation with R's tie and continuity corrections:
 *   z = (U − mn/2 − ½) / σ,  σ² = (mn/12) · [(N + 1) − Σ(t³ − t) / (N(N − 1))]   (t = size of each tie
 *   group; the large-sample approximation of H&W §4.1 with its tie correction), p = 1 − Φ(z).
 *
 * The exact/approximate switch. R uses the exact law when m < 50 and n < 50 and there are no ties.
 * We use it when m·n ≤ 2,500: that holds all of R's exact region (49·49 = 2,401), so we agree with R
 * there, and adds the unbalanced designs where the normal tail is worst (at 5 × 400 an exact
 * p = 1.0e-4 comes out as 6.2e-4 from the approximation, 1.0e-3 as 2.1e-3). The recurrence costs
 * Σ_{i≤m, j≤n} (ij + 1) ≈ (mn)²/4 additions: 1.6 million at the limit, about 8 ms once, then cached.
 * Past the limit the approximation is close, and in the far tail errs on the safe side (a larger p):
 * at 50 × 51 it is within 0.2% of the exact p at 0.05, 2% above at 0.01, 11% at 1e-3, 27% at 1e-4.
 * Ties make the untied exact law wrong, so ties always use the normal approximation, as R does.
 */

/** Largest m·n for which the exact null distribution is used (see the header). */
const EXACT_MAX_PRODUCT = 2500;
/** Largest m·n for which `exact: true` is honoured (≈ 25 million additions, ~0.1 s); past it, normal. */
const EXACT_FORCED_MAX_PRODUCT = 10_000;
/** The switch: exact without ties and within the size limit (or forced within the hard limit). */
function useExact(m, n, ties, exact) {
    if (ties || exact === false)
        return false;
    return m * n <= (exact === true ? EXACT_FORCED_MAX_PRODUCT : EXACT_MAX_PRODUCT);
}
/**
 * U for the first sample and the tie term Σ(t³ − t), from mid-ranks of the pooled sample. Both
 * samples are sorted on their own (native typed-array sort) and merged, so no comparator runs.
 */
function rankSum(head, base) {
    const h = Float64Array.from(head).sort();
    const b = Float64Array.from(base).sort();
    let [i, j, below, rankSumHead, tieTerm] = [0, 0, 0, 0, 0];
    while (i < h.length || j < b.length) {
        const value = Math.min(i < h.length ? h[i] : Infinity, j < b.length ? b[j] : Infinity);
        const i0 = i;
        const j0 = j;
        while (i < h.length && h[i] === value)
            i++;
        while (j < b.length && b[j] === value)
            j++;
        const t = i - i0 + (j - j0);
        rankSumHead += (i - i0) * (below + (t + 1) / 2); // every value of the group gets the mid-rank
        tieTerm += t * t * t - t;
        below += t;
    }
    return { u: rankSumHead - (h.length * (h.length + 1)) / 2, tieTerm };
}
/** Both one-sided p-values from one ranking (the detector tests both directions). */
function mannWhitney(head, base, options = {}) {
    const m = head.length;
    const n = base.length;
    if (m === 0 || n === 0)
        throw new RangeError('mannWhitney: both samples need at least one value');
    if (!head.every(Number.isFinite) || !base.every(Number.isFinite))
        throw new RangeError('mannWhitney: values must be finite');
    const { u, tieTerm } = rankSum(head, base);
    const ties = tieTerm > 0;
    const sizes = { head: m, base: n };
    if (useExact(m, n, ties, options.exact)) {
        return { u, pGreater: exactUpperTail(u, m, n), pLess: exactLowerTail(u, m, n), method: 'exact', ties, sizes };
    }
    const correct = options.correct ?? true;
    // "less" is "greater" for the mirrored statistic mn − U (R: z = (U − mn/2 + ½)/σ, p = Φ(z)).
    const pLess = normalUpperTail(m * n - u, m, n, tieTerm, correct);
    return { u, pGreater: normalUpperTail(u, m, n, tieTerm, correct), pLess, method: 'normal', ties, sizes };
}
function mannWhitneyGreater(head, base, options = {}) {
    const { pGreater, pLess: _less, ...rest } = mannWhitney(head, base, options);
    return { ...rest, pValue: pGreater };
}
/** The tie-corrected σ of U (Hollander & Wolfe §4.1; R's SIGMA). */
function uSigma(m, n, tieTerm) {
    const big = m + n;
    const tie = big > 1 ? tieTerm / (big * (big - 1)) : 0;
    return Math.sqrt(((m * n) / 12) * (big + 1 - tie));
}
/**
 * P(U ≥ u) by the normal approximation with R's corrections. With every value tied σ = 0 and the
 * data carry no evidence either way: z = −½/0 = −∞ and p = 1, which is also what R returns.
 */
function normalUpperTail(u, m, n, tieTerm, correct = true) {
    const sigma = uSigma(m, n, tieTerm);
    const centred = u - (m * n) / 2 - (correct ? 0.5 : 0);
    if (sigma === 0)
        return centred > 0 ? 0 : 1;
    // Φ(−z) rather than 1 − Φ(z), so tiny p-values keep their digits.
    return _stdlib_stats_base_dists_normal_cdf__WEBPACK_IMPORTED_MODULE_0___default()(-centred / sigma, 0, 1);
}
// ---- the exact null distribution ------------------------------------------------------------
const cache = new Map();
const CACHE_LIMIT = 64;
/**
 * P(U = u) for u = 0..mn under H0, by Mann & Whitney's recurrence (1947), in probabilities:
 *   p_{m,n}(u) = m/(m+n) · p_{m−1,n}(u − n) + n/(m+n) · p_{m,n−1}(u),   p_{m,0} = p_{0,n} = [1].
 * (The largest pooled value is a head value with probability m/(m+n), and then beats all n base
 * values.) Every term is a positive weight of probabilities, so nothing cancels or overflows, even
 * where the counts C(m+n, m) exceed 2^53. The law of U_{m,n} equals that of U_{n,m}, so one table
 * serves both orders. Cached (a pure memo: same input, same output).
 */
function exactDistribution(m, n) {
    const [small, large] = m <= n ? [m, n] : [n, m];
    const key = `${small},${large}`;
    const hit = cache.get(key);
    if (hit)
        return hit;
    // row[j] = p_{i,j} for the current i; start at i = 0, where U ≡ 0.
    let row = Array.from({ length: large + 1 }, () => Float64Array.of(1));
    for (let i = 1; i <= small; i++) {
        const next = [Float64Array.of(1)];
        for (let j = 1; j <= large; j++) {
            const dist = new Float64Array(i * j + 1);
            const fromHead = row[j]; // p_{i−1,j}, shifted by j
            const fromBase = next[j - 1]; // p_{i,j−1}
            const wHead = i / (i + j);
            const wBase = j / (i + j);
            for (let u = 0; u < fromHead.length; u++)
                dist[u + j] += wHead * fromHead[u];
            for (let u = 0; u < fromBase.length; u++)
                dist[u] += wBase * fromBase[u];
            next.push(dist);
        }
        row = next;
    }
    const result = row[large];
    if (cache.size >= CACHE_LIMIT)
        cache.delete(cache.keys().next().value);
    cache.set(key, result);
    return result;
}
/** P(U ≥ u) from the exact law (u an integer when there are no ties). */
function exactUpperTail(u, m, n) {
    const dist = exactDistribution(m, n);
    let sum = 0;
    // Sum the tail from its small end upwards so the smallest terms are not lost.
    for (let k = dist.length - 1; k >= Math.max(0, Math.ceil(u)); k--)
        sum += dist[k];
    return Math.min(1, sum);
}
/**
 * R's qwilcox(p, m, n): the smallest q with P(U ≤ q) ≥ p (R subtracts 10·DBL_EPSILON from p so a
 * cumulative sum that lands just below p through rounding still counts).
 */
function exactQuantile(p, m, n) {
    const dist = exactDistribution(m, n);
    const target = p - 10 * Number.EPSILON;
    let cumulative = 0;
    for (let q = 0; q < dist.length; q++) {
        cumulative += dist[q];
        if (cumulative >= target)
            return q;
    }
    return dist.length - 1;
}
/** P(U ≤ q) from the exact law. */
function exactLowerTail(q, m, n) {
    const dist = exactDistribution(m, n);
    let sum = 0;
    for (let k = 0; k <= Math.min(q, dist.length - 1); k++)
        sum += dist[k];
    return Math.min(1, sum);
}
/**
 * The smallest p-value the exact test can give: 1 / C(m + n, m), reached when every head value is
 * above every base value. When it exceeds the level, no data can be significant: "insufficient".
 */
function minimumPValue(m, n) {
    if (m <= 0 || n <= 0)
        return 1;
    const k = Math.min(m, n);
    let p = 1;
    for (let i = 1; i <= k; i++)
        p *= i / (m + n - k + i);
    return p;
}


/***/ })

};
