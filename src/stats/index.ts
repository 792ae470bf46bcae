/**
 * Statistics for performance regressions: pure functions, no I/O, randomness only through an
 * injected seedable PRNG. See each module's header for the formulas and their sources.
 */
export { compareMetric, type CanaryClassification, type CanaryDirection, type CanaryMetricInput, type CanaryMetricResult } from './canary.js';
export { bestSplit, bumps, eDivisive, type Bump, type ChangePoint, type ChangePointOptions } from './change-point.js';
export {
  compareSamples,
  DEFAULT_CONFIDENCE,
  DEFAULT_MIN_EFFECT,
  DEFAULT_Q,
  samplesNeeded,
  type BenchmarkSamples,
  type CompareOptions,
  type Direction,
  type Verdict,
  type VerdictKind
} from './detector.js';
export { historyMode, type HistoryBenchmark, type HistoryOptions, type HistoryResult, type HistoryRun, type HistoryVerdict, type HistoryVerdictKind } from './history-mode.js';
export { DEFAULT_TAIL_SHAPE } from './history-null.js';
export { hodgesLehmannRatio, hodgesLehmannShift, pairwiseDifferences, type RatioEstimate, type ShiftEstimate, type ShiftOptions } from './hodges-lehmann.js';
export { EXACT_MAX_PRODUCT, exactDistribution, mannWhitneyGreater, minimumPValue, type MannWhitneyOptions, type MannWhitneyResult } from './mann-whitney.js';
export { benjaminiHochberg } from './multiple.js';
export { createRng, gamma, logNormal, normal, shuffleInPlace, studentT, uniformInt, xoshiro128ss, type Rng } from './random.js';
