import type { CoverageFormat } from '../../format.js';
import { cloverFormat } from './clover.js';
import { coberturaFormat } from './cobertura.js';
import { goCoverFormat } from './go-cover.js';
import { istanbulSummaryFormat } from './istanbul-summary.js';
import { istanbulFormat } from './istanbul.js';
import { jacocoFormat } from './jacoco.js';
import { lcovFormat } from './lcov.js';

export { mergeCoverage } from './merge.js';

/**
 * Every coverage format. Each `sniff` looks for a marker no other format has (a root element with
 * its tell-tale attribute, a key only that JSON has, a first line only that text format starts
 * with), so the order only matters for speed: the cheap, common ones first.
 */
export const COVERAGE_FORMATS: readonly CoverageFormat[] = [
  lcovFormat,
  coberturaFormat,
  jacocoFormat,
  cloverFormat,
  istanbulFormat,
  istanbulSummaryFormat,
  goCoverFormat
];
