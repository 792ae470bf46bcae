// Walk-forward replays of the real histories, exactly as the gate runs: on every run k, the gate sees
// the runs before k as its history and run k as the head (a pull request, or a push to the default
// branch). Each method is replayed on the same groups of benchmarks, the same runs and the same labels.
import { compareSamples, createRng, historyMode, shuffleInPlace } from '../src/stats/index.ts';
import { levelShifts } from '../src/engine/trends.ts';
import { groupsOf, label, labelShift, orient, withStep } from './real-histories.mjs';

const GROUP = 20;
const WINDOW = 20;
const MIN_RUNS = 10;
/** Runs the history document keeps (config history.max-runs, default 30): all the gate ever sees. */
const KEPT = 30;

/** Counts of one method: judged comparisons with a label, alarms, and alarms labelled false, per project. */
function tally() {
  return { comparisons: 0, alarms: 0, falseAlarms: 0 };
}
function add(byProject, project, comparisons, alarms, falseAlarms) {
  const t = (byProject[project] ??= tally());
  t.comparisons += comparisons;
  t.alarms += alarms;
  t.falseAlarms += falseAlarms;
}

/** The history-mode gate on run k of a group: verdicts by name. */
export function historyGateAt(suite, group, k, options) {
  const past = suite.runs.slice(Math.max(0, k - KEPT), k);
  const head = suite.runs[k].values;
  const benchmarks = group.filter((n) => head[n] !== undefined).map((name) => ({ name, head: head[name], direction: suite.directions[name] }));
  if (!benchmarks.length) return new Map();
  return new Map(historyMode(past, benchmarks, { window: WINDOW, minRuns: MIN_RUNS, ...options }).verdicts.map((v) => [v.name, v]));
}

/** Every run of every group as the head: false alarms of history mode (PR rule, or confirmed on the default branch). */
export function replayHistory(suites, options, seed) {
  const byProject = {};
  suites.forEach((suite, si) => {
    for (const group of groupsOf(suite, GROUP, seed + si)) {
      for (let k = MIN_RUNS; k < suite.runs.length; k++) {
        let [n, alarms, falseAlarms] = [0, 0, 0];
        for (const v of historyGateAt(suite, group, k, options).values()) {
          if (v.pValue === null) continue;
          const truth = label(suite, v.name, k);
          if (truth === undefined) continue;
          n++;
          if (v.verdict === 'regression') {
            alarms++;
            if (!truth) falseAlarms++;
          }
        }
        add(byProject, suite.project, n, alarms, falseAlarms);
      }
    }
  });
  return byProject;
}

/** github-action-benchmark's rule: this run's value against the previous run's, worse by more than `threshold`. */
export function ratioAlarm(suite, name, k, threshold) {
  const now = suite.runs[k].values[name];
  let r = k - 1;
  while (r >= 0 && suite.runs[r].values[name] === undefined) r--;
  if (r < 0 || now === undefined) return undefined;
  return orient(suite.directions[name], now) - orient(suite.directions[name], suite.runs[r].values[name]) > Math.log(threshold);
}

export function replayRatio(suites, threshold) {
  const byProject = {};
  for (const suite of suites) {
    for (let k = MIN_RUNS; k < suite.runs.length; k++) {
      let [n, alarms, falseAlarms] = [0, 0, 0];
      for (const name of suite.names) {
        const alarm = ratioAlarm(suite, name, k, threshold);
        const truth = alarm === undefined ? undefined : label(suite, name, k);
        if (truth === undefined) continue;
        n++;
        if (alarm) {
          alarms++;
          if (!truth) falseAlarms++;
        }
      }
      add(byProject, suite.project, n, alarms, falseAlarms);
    }
  }
  return byProject;
}

/**
 * Same-job A/B on exchangeable real data: for a group and a run k, each benchmark's last 2n values,
 * shuffled and dealt to base and head (what interleaved samples in one job would look like, with the
 * run-to-run noise of the real series). Every alarm in an A/A pull request is false.
 */
export function replayAb(suites, n, prsPerSuite, seed, factor = 1) {
  const rng = createRng(seed);
  const out = { prs: 0, falsePrs: 0, comparisons: 0, falseAlarms: 0, hits: 0 };
  suites.forEach((suite, si) => {
    const groups = groupsOf(suite, GROUP, seed + si);
    for (let pr = 0; pr < prsPerSuite; pr++) {
      const group = groups[Math.floor(rng.next() * groups.length)];
      const k = 2 * n + Math.floor(rng.next() * (suite.runs.length - 2 * n));
      const family = samplesAt(suite, group, k, n, rng);
      if (!family.length) continue;
      const target = factor === 1 ? -1 : Math.floor(rng.next() * family.length);
      if (target >= 0) {
        const f = family[target];
        f.head = f.head.map((v) => (f.direction === 'smaller-is-better' ? v * factor : v / factor));
      }
      const flags = compareSamples(family).map((v) => v.verdict === 'regression');
      const wrong = flags.filter((f, i) => f && i !== target).length;
      out.prs++;
      out.comparisons += family.length - (target >= 0 ? 1 : 0);
      out.falseAlarms += wrong;
      if (wrong) out.falsePrs++;
      if (target >= 0 && flags[target]) out.hits++;
    }
  });
  return out;
}

function samplesAt(suite, group, k, n, rng) {
  return group.flatMap((name) => {
    const values = [];
    for (let r = k - 2 * n; r < k; r++) if (suite.runs[r]?.values[name] !== undefined) values.push(suite.runs[r].values[name]);
    if (values.length < 2 * n) return [];
    shuffleInPlace(rng, values);
    return [{ name, direction: suite.directions[name], base: values.slice(0, n), head: values.slice(n) }];
  });
}

/**
 * Detection of injected sustained steps: for each place, the step ×factor from run `at` on, and the
 * first run (0 = the step's own run) at which each method flags the benchmark; Infinity when none
 * of the `after` runs does.
 */
export function detectionDelays(places, factor, methods, after = 5) {
  return Object.fromEntries(Object.entries(methods).map(([m, flagged]) => [m, places.map((p) => {
    const stepped = withStep(p.suite, p.name, p.at, factor);
    for (let j = 0; j < after; j++) if (flagged(stepped, p.group, p.name, p.at + j, p.at)) return j;
    return Infinity;
  })]));
}

/** History mode as a detector for detectionDelays. */
export const historyFlag = (options) => (suite, group, name, k) => historyGateAt(suite, group, k, options).get(name)?.verdict === 'regression';
export const ratioFlag = (threshold) => (suite, group, name, k) => ratioAlarm(suite, name, k, threshold) === true;

/** Change points after each push: a worse shift reported at the step (within ±2 runs of it). */
export const changePointFlag = (suite, group, name, k, at) => changePointsAt(suite, name, k).some((s) => s.worse && Math.abs(s.index - at) <= 2);

/** Level shifts of one benchmark over the last 100 runs up to k, with run indices. */
export function changePointsAt(suite, name, k) {
  const points = [];
  for (let r = Math.max(0, k - 99); r <= k; r++) {
    const v = suite.runs[r].values[name];
    if (v !== undefined) points.push({ sha: '', runId: String(r), value: v });
  }
  const trend = { name: `${suite.project}/${name}`, unit: '', direction: suite.directions[name], points };
  return levelShifts([trend]).map((s) => ({ ...s, index: Number(s.to.runId), last: k }));
}

/**
 * Change points after pushes: at every `every`-th run k, each benchmark's last 100 runs are searched
 * as the gate does after a merge; an alarm is a worse move (or bump) reported fresh, at most 5 runs
 * after it began, labelled by whether the next 3 runs stay at the new level.
 */
export function replayChangePoints(suites, every = 3) {
  const byProject = {};
  for (const suite of suites) {
    for (let k = 2 * MIN_RUNS; k < suite.runs.length; k += every) {
      let [n, alarms, falseAlarms] = [0, 0, 0];
      for (const name of suite.names) {
        if (suite.runs[k].values[name] === undefined) continue;
        const fresh = changePointsAt(suite, name, k).filter((s) => s.worse && s.runsSince <= 5);
        // Labelled only where the history goes on for 3 more runs.
        if (label(suite, name, k) === undefined) continue;
        n++;
        if (fresh.length) {
          alarms++;
          if (!fresh.every((s) => labelShift(suite, name, k, s) === true)) falseAlarms++;
        }
      }
      add(byProject, suite.project, n, alarms, falseAlarms);
    }
  }
  return byProject;
}
