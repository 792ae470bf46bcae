// The shard planner on real, stale timings: replays every committed version of the timing files
// in ../shared/corpus/timings (pytest-split `.test_durations`, knapsack reports). For each
// consecutive pair (i, i+1) it plans with versions ≤ i and the previous step's plan, for the tests
// of version i+1, and scores the plan with version i+1's real times:
//   ratio = realised slowest shard ÷ floor, floor = max(total_{i+1} / k, largest_{i+1})
//   churn = share of the tests in both plans that changed shard
// beside two baselines run on the same steps: greedy LPT on the last version alone (pytest-split
// and knapsack style; unknown tests get the mean) and hash splitting (Jest/Vitest style: a stable
// hash of the path mod k). Then times planning 100,000 synthetic tests into 256 shards.
// Goals: median ratio ≤ 1.05, worst ≤ 1.25, churn ≤ 10%, 100k × 256 ≤ 100 ms.
// Usage: npm run bench:planner [-- --sweep] [-- --runs 9] [-- --only replay|speed], where the script is
//   node --disable-warning=ExperimentalWarning --import ./scripts/ts-resolve.mjs --experimental-transform-types bench/planner.mjs
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { aggregateToFiles, DEFAULT_WINDOW, estimateTests, planShards } from '../src/planner/index.ts';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus/timings');
const { values: args } = parseArgs({
  options: { sweep: { type: 'boolean', default: false }, runs: { type: 'string', default: '9' }, only: { type: 'string', default: 'all' } }
});
const SHARD_COUNTS = [4, 8, 16, 32];

// ---- corpus ---------------------------------------------------------------------------------

/** Each project's versions, oldest first (MANIFEST.tsv lists them newest first, as git log does). */
function loadDatasets() {
  return readdirSync(corpus)
    .filter((name) => statSync(path.join(corpus, name)).isDirectory() && existsSync(path.join(corpus, name, 'MANIFEST.tsv')))
    .sort()
    .map((name) => {
      const rows = readFileSync(path.join(corpus, name, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
      const files = rows.map((r) => r[r.length - 1]).reverse();
      const pytest = files.some((f) => f.endsWith('.test_durations.json'));
      const versions = files.map((f) => new Map(Object.entries(JSON.parse(readFileSync(path.join(corpus, name, f), 'utf8')))));
      return { name, pytest, versions };
    });
}

// ---- strategies: each returns Map<test, 1-based shard> ---------------------------------------

const estimateOptions = { current: undefined };
function ours(tests, history, previous, k, margin) {
  const plan = planShards({ tests, history, previous, shards: k, margin }, { estimate: estimateOptions.current });
  return toAssignment(plan);
}

function toAssignment(plan) {
  const assignment = new Map();
  for (const shard of plan.shards) for (const t of shard.tests) assignment.set(t, shard.index);
  return assignment;
}

/** pytest-split's least_duration / knapsack: last timings only, unknown tests at the mean, LPT. */
function lptLast(tests, history, _previous, k) {
  const last = history[history.length - 1];
  const known = tests.filter((t) => last.has(t)).map((t) => last.get(t));
  const mean = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const sorted = tests.map((t) => [t, last.get(t) ?? mean]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const loads = new Array(k).fill(0);
  const assignment = new Map();
  for (const [t, seconds] of sorted) {
    let s = 0;
    for (let j = 1; j < k; j++) if (loads[j] < loads[s]) s = j;
    loads[s] += seconds;
    assignment.set(t, s + 1);
  }
  return assignment;
}

/** Jest/Vitest `--shard`: a stable hash of the path decides; timings play no part. */
function hashSplit(tests, _history, _previous, k) {
  return new Map(tests.map((t) => [t, (createHash('sha1').update(t).digest().readUInt32BE(0) % k) + 1]));
}

// ---- replay ---------------------------------------------------------------------------------

/** One score per (k, step): realised ratio, and churn against the same strategy's last plan. */
function replay(snapshots, strategy, margin) {
  const scores = [];
  for (const k of SHARD_COUNTS) {
    let previous;
    for (let i = 0; i + 1 < snapshots.length; i++) {
      const next = snapshots[i + 1];
      const tests = [...next.keys()];
      if (k > tests.length) continue;
      const assignment = strategy(tests, snapshots.slice(0, i + 1), previous && { shards: k, assignment: previous }, k, margin);
      scores.push({ k, step: i, ratio: realisedRatio(assignment, next, k), churn: previous ? churn(previous, assignment) : undefined, snapshots });
      previous = assignment;
    }
  }
  return scores;
}

function realisedRatio(assignment, real, k) {
  const loads = new Array(k).fill(0);
  let total = 0;
  let largest = 0;
  for (const [t, seconds] of real) {
    loads[assignment.get(t) - 1] += seconds;
    total += seconds;
    largest = Math.max(largest, seconds);
  }
  const floor = Math.max(total / k, largest);
  return floor > 0 ? Math.max(...loads) / floor : 1;
}

function churn(before, after) {
  let common = 0;
  let changed = 0;
  for (const [t, shard] of after) {
    const was = before.get(t);
    if (was === undefined) continue;
    common++;
    if (was !== shard) changed++;
  }
  return common ? changed / common : 0;
}

function summary(scores) {
  const ratios = scores.map((s) => s.ratio).sort((a, b) => a - b);
  const churns = scores.filter((s) => s.churn !== undefined).map((s) => s.churn);
  const mid = ratios.length >> 1;
  return {
    n: ratios.length,
    p90: ratios[Math.min(ratios.length - 1, Math.floor(0.9 * ratios.length))],
    median: ratios.length % 2 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2,
    worst: ratios[ratios.length - 1],
    churn: churns.length ? churns.reduce((a, b) => a + b, 0) / churns.length : 0
  };
}

const fmt = (s) => (s.n ? `${s.median.toFixed(3)} ${s.worst.toFixed(3)} ${(100 * s.churn).toFixed(1).padStart(5)}%` : '   —      —        — ');

// ---- the report -----------------------------------------------------------------------------

function granularities(dataset) {
  const files = dataset.pytest ? dataset.versions.map((v) => aggregateToFiles(v)) : dataset.versions;
  return dataset.pytest ? [['file', files], ['case', dataset.versions]] : [['file', files]];
}

function compare(datasets) {
  const strategies = { ours, 'lpt-last': lptLast, hash: hashSplit };
  const pooled = { file: {}, case: {} };
  console.log(`${'dataset'.padEnd(42)} gran  steps | ${Object.keys(strategies).map((s) => `${s}: median worst churn`.padEnd(30)).join('| ')}`);
  for (const dataset of datasets) {
    if (dataset.versions.length < 2) {
      console.log(`${dataset.name.padEnd(42)} skipped: one version, nothing to replay`);
      continue;
    }
    for (const [gran, snapshots] of granularities(dataset)) {
      const row = Object.entries(strategies).map(([name, strategy]) => {
        const scores = replay(snapshots, strategy);
        (pooled[gran][name] ??= []).push(...scores.map((score) => ({ ...score, dataset: dataset.name })));
        return summary(scores);
      });
      console.log(`${dataset.name.padEnd(42)} ${gran}  ${String(row[0].n).padStart(5)} | ${row.map((s) => fmt(s).padEnd(30)).join('| ')}`);
    }
  }
  for (const gran of ['file', 'case']) {
    const row = Object.keys(strategies).map((name) => summary(pooled[gran][name] ?? []));
    console.log(`${`OVERALL (${gran} granularity, pooled steps)`.padEnd(42)} ${gran}  ${String(row[0].n).padStart(5)} | ${row.map((s) => fmt(s).padEnd(30)).join('| ')}`);
  }
  return pooled;
}

/**
 * Why a step missed 1.25. `new`: the share of the next version's time in tests no earlier version
 * timed. `fresh`: our plan without the previous one. `known-oracle`: a fresh plan that knows the
 * next version's real times of every test with history and guesses the rest as we do: above 1.25,
 * the new tests alone sink the step. `oracle`: a fresh plan knowing every real time: above 1.25,
 * the floor max(total / k, largest) is out of reach for the split at all. `drift`:
 * Σ|estimate − real| ÷ Σ real over the tests with history (estimates scaled to the real total):
 * how far the past missed the next version for tests it did know.
 */
function explain(pooled) {
  const causes = {};
  for (const gran of ['file', 'case']) {
    const bad = (pooled[gran].ours ?? []).filter((s) => s.ratio > 1.25);
    if (!bad.length) continue;
    console.log(`\nsteps above 1.25 (${gran} granularity): ${bad.length} of ${pooled[gran].ours.length}`);
    const rows = bad.map((s) => ({ ...s, ...diagnose(s) }));
    for (const r of rows.sort((a, b) => b.ratio - a.ratio)) {
      const cause =
        r.best > 1.25 ? 'lumpy: not reachable even knowing every time' : r.oracle > 1.25 ? 'new tests' : r.fresh <= 1.25 ? 'sticky on drifted times' : 'drift of known tests';
      causes[cause] = (causes[cause] ?? 0) + 1;
      console.log(`  ${r.dataset.padEnd(42)} k=${String(r.k).padEnd(2)} step ${String(r.step).padStart(2)}  ours ${r.ratio.toFixed(3)}  fresh ${r.fresh.toFixed(3)}  known-oracle ${r.oracle.toFixed(3)}  oracle ${r.best.toFixed(3)}  new ${(100 * r.newShare).toFixed(0).padStart(3)}%  drift ${r.drift.toFixed(2)}  → ${cause}`);
    }
  }
  console.log(`causes: ${Object.entries(causes).map(([cause, n]) => `${cause} ${n}`).join(', ') || 'none'}`);
}

function diagnose({ snapshots, step, k }) {
  const history = snapshots.slice(0, step + 1);
  const next = snapshots[step + 1];
  const tests = [...next.keys()];
  const seen = new Set(history.flatMap((h) => [...h.keys()]));
  const total = tests.reduce((s, t) => s + next.get(t), 0);
  const newShare = tests.filter((t) => !seen.has(t)).reduce((s, t) => s + next.get(t), 0) / total;
  const known = new Map(tests.filter((t) => seen.has(t)).map((t) => [t, next.get(t)]));
  const oracle = realisedRatio(ours(tests, [known], undefined, k), next, k);
  const fresh = realisedRatio(ours(tests, history, undefined, k), next, k);
  const best = realisedRatio(ours(tests, [next], undefined, k), next, k);
  const drift = relativeError([...known.keys()], history, next, estimateOptions.current);
  return { newShare, oracle, fresh, drift: drift.error / (drift.weight || 1), best };
}

/**
 * Estimator and margin choices. Plans are scored as above (pooled over both granularities); `err`
 * scores the estimator alone: Σ|estimate − next| ÷ Σ next over the tests with history, after
 * scaling the estimates to the next total (runner speed is not the estimator's to predict),
 * averaged over datasets and granularities.
 */
function sweep(datasets) {
  const runs = datasets.filter((d) => d.versions.length > 1).flatMap((d) => granularities(d).map(([, s]) => s));
  const score = (estimate, margin) => {
    estimateOptions.current = estimate;
    const s = summary(runs.flatMap((r) => replay(r, ours, margin)));
    const err = runs.reduce((sum, r) => sum + estimateError(r, estimate), 0) / runs.length;
    estimateOptions.current = undefined;
    return `${s.median.toFixed(3)} ${s.p90.toFixed(3)} ${(100 * s.churn).toFixed(1).padStart(4)}% ${err.toFixed(3)}`;
  };
  console.log('\nsweep (both granularities pooled, margin 0.03): window combine, by regime cut → median p90 churn err');
  const regimes = [Infinity, 0.2, 0.25, 0.3];
  console.log(`  ${''.padEnd(12)}${regimes.map((r) => `cut ${r}`.padEnd(28)).join('')}`);
  for (const window of [1, 2, 3, 4, 5, 8]) {
    for (const combine of window === 1 ? ['median'] : ['median', 'recent']) {
      console.log(`  ${`${window} ${combine}`.padEnd(12)}${regimes.map((regime) => score({ window, combine, regime }, 0.03).padEnd(28)).join('')}`);
    }
  }
  console.log('margin (default estimator) → median p90 churn err');
  for (const margin of [0, 0.01, 0.02, 0.03, 0.05, 0.1]) console.log(`  ${margin.toFixed(2)} → ${score(undefined, margin)}`);
}

function estimateError(snapshots, options) {
  let error = 0;
  let weight = 0;
  for (let i = 0; i + 1 < snapshots.length; i++) {
    const history = snapshots.slice(0, i + 1);
    const step = relativeError([...snapshots[i + 1].keys()].filter((t) => history.some((h) => h.has(t))), history, snapshots[i + 1], options);
    error += step.error;
    weight += step.weight;
  }
  return weight > 0 ? error / weight : 0;
}

/** Σ|estimate − real| and Σ real over `tests`, the estimates scaled to the real total first. */
function relativeError(tests, history, next, options) {
  const estimates = estimateTests(tests, history, options);
  const weight = tests.reduce((s, t) => s + next.get(t), 0);
  const scale = weight / tests.reduce((s, t) => s + estimates.get(t).seconds, 0) || 1;
  return { error: tests.reduce((s, t) => s + Math.abs(estimates.get(t).seconds * scale - next.get(t)), 0), weight };
}

// ---- speed ----------------------------------------------------------------------------------

/** A seeded generator, so every run times the same input. */
function random(seed) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) + 0.5) / 2 ** 32;
  return { next, normal: () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()) };
}

/**
 * 100,000 tests with log-normal times in 300 folders, and three snapshots from runners up to 20%
 * apart with 30% noise per test. Names go through JSON, as they do when read from a file, so the
 * planner's map lookups compare flat strings of other objects, as in the Action; each snapshot
 * holds its tests in its own (execution) order, not the listing's.
 */
function synthetic(n) {
  const rng = random(42);
  const names = JSON.parse(JSON.stringify(Array.from({ length: n }, (_, i) => `tests/area_${i % 300}/test_module_${i}.py`)));
  const base = names.map(() => Math.exp(rng.normal() * 1.2));
  const history = [0.9, 1.2, 1].map((runner) => {
    const order = shuffle(names.map((_, i) => i), rng);
    const keys = JSON.parse(JSON.stringify(order.map((i) => names[i])));
    return new Map(keys.map((t, p) => [t, base[order[p]] * runner * Math.exp(rng.normal() * 0.3)]));
  });
  return { names, history };
}

function shuffle(items, rng) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Each case is timed interleaved with a bare loop doing the hash lookups its input forces (one
 * per test and snapshot read, one per test in the previous plan): the share of the time no
 * planner over these maps can avoid.
 */
function timePlanning() {
  const { names, history } = synthetic(100_000);
  const runs = Number(args.runs);
  const previousPlan = planShards({ tests: names.slice(1000), history: history.slice(0, 2), shards: 256 });
  const previous = { shards: 256, assignment: toAssignment(previousPlan) };
  const cases = {
    'one snapshot': { tests: names, history: history.slice(-1), shards: 256 },
    'three snapshots (reads the newest 2)': { tests: names, history, shards: 256 },
    'three snapshots + previous plan (1% new)': { tests: names, history, previous, shards: 256 }
  };
  console.log(`\n100,000 tests → 256 shards, median of ${runs} runs after 2 warm-ups (lookups: the bare Map.get loop):`);
  for (const [label, input] of Object.entries(cases)) {
    const maps = [...input.history.slice(-DEFAULT_WINDOW), ...(input.previous ? [input.previous.assignment] : [])];
    const [times, lookups] = [[], []];
    let found = 0;
    let plan;
    for (let r = 0; r < runs + 2; r++) {
      let t = process.hrtime.bigint();
      plan = planShards(input);
      if (r >= 2) times.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      found = 0;
      for (const map of maps) for (let i = 0; i < names.length; i++) if (map.get(names[i]) !== undefined) found++;
      if (r >= 2) lookups.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const note = `makespan ÷ floor ${(plan.makespanSeconds / plan.floorSeconds).toFixed(5)}, sticky ${plan.sticky}, moved ${plan.moved}`;
    console.log(`  ${label.padEnd(42)} ${ms(times)}  (min ${Math.min(...times).toFixed(1)})  lookups ${ms(lookups)} (${found} hits)  ${note}`);
  }
}

const ms = (xs) => `${[...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1).padStart(6)} ms`;

console.log(`node ${process.version}; k ∈ {${SHARD_COUNTS.join(', ')}}; ratio = realised slowest shard ÷ floor on the next version's real times`);
if (args.only === 'speed') {
  // the replay is skipped on request
} else if (existsSync(corpus)) {
  const datasets = loadDatasets();
  explain(compare(datasets));
  if (args.sweep) sweep(datasets);
} else {
  console.log(`corpus replay skipped: ${corpus} is not here`);
}
if (args.only !== 'replay') timePlanning();
