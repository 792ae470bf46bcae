/**
 * The ids users may name in `reports.formats` and `--format`, in sniffing order. Kept apart from
 * the registry so the config schema does not load every parser; a test keeps the two equal.
 */
export const FORMAT_IDS = [
  'junit',
  'trx',
  'nunit',
  'xunit',
  'go-test-json',
  'tap',
  'mochawesome',
  'mocha-json',
  'ctrf',
  'rspec-json',
  'dart-json',
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul',
  'istanbul-summary',
  'go-cover',
  'sarif',
  'pipeline-gates-bench',
  'pytest-benchmark',
  'googlecpp',
  'benchmarkdotnet',
  'jmh',
  'julia',
  'hyperfine',
  'vitest-bench',
  'cargo',
  'go',
  'catch2',
  'benchmarkjs',
  'luau',
  'custom-bigger',
  'custom-smaller',
  'metrics'
] as const;

export type FormatId = (typeof FORMAT_IDS)[number];
