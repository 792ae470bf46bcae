// Real continuous-benchmark histories (github-action-benchmark gh-pages data, normalised: see the
// folder's README) as the gate's history sees them: one value per benchmark per run, oldest first.
// Loading, grouping into pull requests of 20 benchmarks, and labelling alarms the way a reviewer
// does (no ground truth: a move that persists over the next runs is real, one that vanishes is not).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRng, shuffleInPlace } from '../src/stats/index.ts';

/** Where the shared corpus lives, relative to the repository (acceptance scripts use the same). */
export const DEFAULT_DIR = '../shared/corpus/benchmarks/histories';
/** Suites with fewer runs cannot be judged (10 runs of history + the labelling look-ahead). */
const MIN_SUITE_RUNS = 15;

/**
 * Every suite of every file: { project, suite, names, directions, runs: [{ id, values }] }. Series marked
 * `duplicate_of` are left out (the same values twice); a series `continued_as` another is merged into
 * it; points published in another quantity (a `unit` of their own) and values ≤ 0 are skipped.
 */
export function loadHistories(dir) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.flatMap((file) => {
    const doc = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    return doc.suites.filter((s) => s.n_runs >= MIN_SUITE_RUNS).map((s) => suiteOf(doc.repo, s));
  });
}

function suiteOf(project, s) {
  const runs = Array.from({ length: s.n_runs }, (_, i) => ({ id: String(i), values: {} }));
  const directions = {};
  for (const series of s.series) {
    if (series.duplicate_of) continue;
    const name = series.continued_as ?? series.name;
    directions[name] ??= series.direction === 'bigger' ? 'bigger-is-better' : 'smaller-is-better';
    for (const p of series.runs) {
      if (p.unit && p.unit !== series.unit) continue;
      if (!(p.value > 0 && Number.isFinite(p.value)) || !runs[p.run]) continue;
      runs[p.run].values[name] = p.value;
    }
  }
  return { project, suite: s.suite, names: Object.keys(directions), directions, runs };
}

/** The benchmarks of a suite cut into seeded groups of at most `size`: each group is one user's pull request. */
export function groupsOf(suite, size, seed) {
  const names = [...suite.names];
  shuffleInPlace(createRng(seed), names);
  const count = Math.ceil(names.length / size);
  // Even sizes (37 → 19 + 18), so no group is a runt.
  return Array.from({ length: count }, (_, g) => names.filter((_, i) => i % count === g));
}

/** Oriented log of a value: positive = worse, for either direction. */
export const orient = (direction, v) => (direction === 'smaller-is-better' ? 1 : -1) * Math.log(v);

function medianOf(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * A reviewer's label for an alarm on `name` at run k: the level before is the median of the last
 * `window` values; the alarm is a true shift when each of the next `ahead` values stays worse than
 * that level by at least half the alarmed move (and by minEffect), false when one comes back, and
 * undefined when the history ends before `ahead` more values.
 */
export function label(suite, name, k, { window = 20, ahead = 3, minEffect = 0.03 } = {}) {
  const dir = suite.directions[name];
  const value = (r) => suite.runs[r]?.values[name];
  const before = [];
  for (let r = k - 1; r >= 0 && before.length < window; r--) if (value(r) !== undefined) before.push(orient(dir, value(r)));
  const now = value(k);
  if (before.length === 0 || now === undefined) return undefined;
  const level = medianOf(before);
  const bar = Math.max(Math.log1p(minEffect), (orient(dir, now) - level) / 2);
  const next = [];
  for (let r = k + 1; r < suite.runs.length && next.length < ahead; r++) if (value(r) !== undefined) next.push(orient(dir, value(r)) - level);
  if (next.length < ahead) return undefined;
  return next.every((x) => x >= bar);
}

/**
 * The same label for a reported level shift at run k: the next `ahead` values stay worse than the
 * level before the move by half the move (and minEffect); undefined when the history ends first.
 */
export function labelShift(suite, name, k, shift, { ahead = 3, minEffect = 0.03 } = {}) {
  const dir = suite.directions[name];
  const level = orient(dir, shift.before);
  const bar = Math.max(Math.log1p(minEffect), Math.abs(orient(dir, shift.after) - level) / 2);
  const next = [];
  for (let r = k + 1; r < suite.runs.length && next.length < ahead; r++) {
    const v = suite.runs[r].values[name];
    if (v !== undefined) next.push(orient(dir, v) - level);
  }
  if (next.length < ahead) return undefined;
  return next.every((x) => x >= bar);
}

/** The suite with `name` made worse by ×factor from run `from` on (a sustained step, as a merged regression). */
export function withStep(suite, name, from, factor) {
  const dir = suite.directions[name];
  const runs = suite.runs.map((r, k) => {
    if (k < from || r.values[name] === undefined) return r;
    const v = r.values[name];
    return { ...r, values: { ...r.values, [name]: dir === 'smaller-is-better' ? v * factor : v / factor } };
  });
  return { ...suite, runs };
}

/**
 * Seeded places for injected steps: { suite, group, name, at } with `before` runs of history and
 * the benchmark present in the `after` runs from the step on.
 */
export function injectionPlaces(suites, count, seed, { size = 20, before = 21, after = 5 } = {}) {
  const rng = createRng(seed);
  const candidates = suites.flatMap((suite, si) => groupsOf(suite, size, seed + si).map((group) => ({ suite, group })));
  const places = [];
  for (let tries = 0; places.length < count && tries < count * 50; tries++) {
    const { suite, group } = candidates[Math.floor(rng.next() * candidates.length)];
    const name = group[Math.floor(rng.next() * group.length)];
    const at = before + Math.floor(rng.next() * (suite.runs.length - before - after + 1));
    if (at + after > suite.runs.length) continue;
    let present = 0;
    for (let r = at; r < at + after; r++) if (suite.runs[r].values[name] !== undefined) present++;
    if (present === after) places.push({ suite, group, name, at });
  }
  return places;
}

/** Projects split in two halves by name (alternating), for calibrating on one and checking on the other. */
export function halves(suites) {
  const projects = [...new Set(suites.map((s) => s.project))].sort();
  const calibration = new Set(projects.filter((_, i) => i % 2 === 0));
  return { calibration, holdOut: new Set(projects.filter((p) => !calibration.has(p))) };
}
