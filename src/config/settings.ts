import type { CoverageGateOptions } from '../gates/coverage-gate.js';
import type { DocsGateRule } from '../gates/docs-gate.js';
import { parseMetricCondition, type MetricCondition } from '../gates/metric-gate.js';
import type { GateExceptions } from '../gates/outcomes.js';
import type { PerformanceGateOptions } from '../gates/performance-gate.js';
import type { SecurityGateOptions } from '../gates/security-gate.js';
import type { TestsGateOptions } from '../gates/tests-gate.js';
import type { GateAction } from '../model/verdict.js';
import { CONTAINER_EXCLUDE, configSchema, type CONTAINER_RULES, type FileConfig } from './schema.js';
import { wholeNumber, type Namer } from './values.js';

/** The container gate's settings; src/pipeline/container-gate.ts applies them. */
export interface ContainerGateOptions {
  readonly action: GateAction;
  readonly ignore: readonly (typeof CONTAINER_RULES)[number][];
  /** Globs of Dockerfiles the shell does not read. */
  readonly exclude: readonly string[];
}

/** Values given as action inputs or CLI flags; each one, when set, wins over the config file. */
export interface SettingOverrides {
  readonly junit?: readonly string[];
  readonly coverage?: readonly string[];
  readonly sarif?: readonly string[];
  readonly metrics?: readonly string[];
  readonly benchmarks?: readonly string[];
  readonly benchmarksBase?: readonly string[];
  readonly minTests?: number;
  readonly maxFailures?: number;
  readonly checkName?: string;
  readonly commentMode?: FileConfig['comment']['mode'];
  readonly maxAnnotations?: number;
  readonly failOnReportError?: boolean;
  readonly measure?: Partial<NonNullable<FileConfig['measure']>>;
}

/** The gate options the CLI and the action share, as typed (flags and inputs share these names). */
export interface GateOptionsText {
  readonly junit?: readonly string[];
  readonly coverage?: readonly string[];
  readonly sarif?: readonly string[];
  readonly metrics?: readonly string[];
  readonly benchmarks?: readonly string[];
  readonly 'benchmarks-base'?: readonly string[];
  readonly 'min-tests'?: string;
  readonly 'max-failures'?: string;
}

/** Report globs and test counts given on the command line or as inputs; each one set wins over the file. */
export function reportOverrides(o: GateOptionsText, name: Namer): SettingOverrides {
  const globs = (key: keyof GateOptionsText, to: keyof SettingOverrides) => (o[key]?.length ? { [to]: o[key] } : {});
  const minTests = wholeNumber(o['min-tests'], name('min-tests'));
  const maxFailures = wholeNumber(o['max-failures'], name('max-failures'));
  return {
    ...globs('junit', 'junit'),
    ...globs('coverage', 'coverage'),
    ...globs('sarif', 'sarif'),
    ...globs('metrics', 'metrics'),
    ...globs('benchmarks', 'benchmarks'),
    ...globs('benchmarks-base', 'benchmarksBase'),
    ...(minTests !== undefined ? { minTests } : {}),
    ...(maxFailures !== undefined ? { maxFailures } : {})
  };
}

export interface ResolvedSettings {
  readonly configId: string;
  readonly junitPatterns: readonly string[];
  /** Glob → format id, for reports whose format should not be detected. */
  readonly formats: Readonly<Record<string, string>>;
  readonly tests: TestsGateOptions;
  readonly maxRuns: number;
  readonly checkName: string;
  readonly commentMode: FileConfig['comment']['mode'];
  readonly maxAnnotations: number;
  /** Conclusion of a run whose gates only warned (the verdict, its outputs and the check run). */
  readonly warningsConclusion: 'success' | 'neutral';
  readonly failOnReportError: boolean;
  readonly coveragePatterns: readonly string[];
  readonly sarifPatterns: readonly string[];
  readonly metricsPatterns: readonly string[];
  readonly benchmarkPatterns: readonly string[];
  readonly benchmarkBasePatterns: readonly string[];
  readonly coverage?: CoverageGateOptions;
  readonly security: readonly SecurityGateOptions[];
  readonly docs?: DocsGateRule;
  /** Metric conditions and absolute benchmark limits, each with its own action. */
  readonly conditions: readonly { readonly condition: MetricCondition; readonly action: GateAction; readonly gate: string }[];
  readonly performance?: PerformanceGateOptions;
  readonly flaky: { readonly action: GateAction } | undefined;
  readonly measure?: FileConfig['measure'];
  /** Gate name → what waives it on a pull request. */
  readonly exceptions: Readonly<Record<string, GateExceptions>>;
  readonly approvalLabels: readonly string[];
  /** The container gate; undefined when the config turns it off. */
  readonly container?: ContainerGateOptions;
  /** Bounds of what the pipeline advisor reads. */
  readonly pipeline: PipelineSettings;
}

export interface PipelineSettings {
  readonly logs: boolean;
  readonly maxJobs: number;
  readonly maxLogBytes: number;
  readonly cacheLimitBytes: number;
  readonly maxDockerfiles: number;
}

export function resolveSettings(config: FileConfig, o: SettingOverrides): ResolvedSettings {
  const g = config.gates;
  const r = config.reports;
  return {
    configId: config.id,
    junitPatterns: o.junit ?? r.junit ?? [],
    formats: r.formats,
    tests: { action: g.tests.action ?? 'block', minTests: o.minTests ?? g.tests['min-tests'], maxFailures: o.maxFailures ?? g.tests['max-failures'] },
    flaky: g.tests.flaky === 'ignore' ? undefined : { action: g.tests.flaky === 'block' ? 'block' : 'warn' },
    maxRuns: config.history['max-runs'],
    checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
    commentMode: o.commentMode ?? config.comment.mode,
    maxAnnotations: o.maxAnnotations ?? config.check['max-annotations'],
    warningsConclusion: config.check.warnings,
    failOnReportError: o.failOnReportError ?? config['fail-on-report-error'],
    coveragePatterns: o.coverage ?? r.coverage ?? [],
    sarifPatterns: o.sarif ?? r.sarif ?? [],
    metricsPatterns: o.metrics ?? r.metrics ?? [],
    benchmarkPatterns: o.benchmarks ?? r.benchmarks ?? [],
    benchmarkBasePatterns: o.benchmarksBase ?? r['benchmarks-base'] ?? [],
    ...(g.coverage ? { coverage: coverageOptions(g.coverage) } : {}),
    security: securityOptions(config),
    ...(g.docs ? { docs: { name: 'docs', action: g.docs.action ?? 'block', when: g.docs.when, require: g.docs.require } } : {}),
    conditions: conditions(config),
    ...(g.performance ? { performance: performanceOptions(g.performance) } : {}),
    ...measureOf(config.measure, o.measure),
    exceptions: exceptionsOf(config),
    approvalLabels: config.approval.labels,
    ...(g.container?.enabled === false ? {} : { container: { action: g.container?.action ?? 'warn', ignore: g.container?.ignore ?? [], exclude: g.container?.exclude ?? [...CONTAINER_EXCLUDE] } }),
    pipeline: pipelineOf(config.pipeline)
  };
}

function pipelineOf(p: FileConfig['pipeline']): PipelineSettings {
  return { logs: p.logs, maxJobs: p['max-jobs'], maxLogBytes: Math.round(p['max-log-mb'] * 1024 * 1024), cacheLimitBytes: Math.round(p['cache-limit-gb'] * 1024 ** 3), maxDockerfiles: p['max-dockerfiles'] };
}

function coverageOptions(c: NonNullable<FileConfig['gates']['coverage']>): CoverageGateOptions {
  const minimum = { ...(c.lines !== undefined ? { lines: c.lines } : {}), ...(c.branches !== undefined ? { branches: c.branches } : {}) };
  return {
    action: c.action ?? 'block',
    minimum,
    ...(c['max-drop'] !== undefined ? { maxDrop: { lines: c['max-drop'] } } : {}),
    tolerance: c.tolerance,
    ...(c.patch !== undefined ? { patch: c.patch } : {}),
    patchMinLines: c['patch-min-lines'],
    paths: c.paths
  };
}

function securityOptions(config: FileConfig): SecurityGateOptions[] {
  const out: SecurityGateOptions[] = [];
  for (const name of ['security', 'secrets'] as const) {
    const s = config.gates[name];
    if (!s) continue;
    out.push({
      name,
      action: s.action ?? 'block',
      ...(s.tools ? { tools: s.tools } : {}),
      maxBySeverity: s.max,
      maxByLevel: s['max-level'],
      newOnly: s['new-only']
    });
  }
  return out;
}

function performanceOptions(p: NonNullable<FileConfig['gates']['performance']>): PerformanceGateOptions {
  return { action: p.action ?? 'block', historyAction: p['history-action'], q: p.q, minEffect: p['min-effect'], maxRegression: p['max-regression'] };
}

/**
 * The performance gate for benchmarks given without a `gates.performance` block: what an empty
 * block means (q 0.01, min-effect 3%, history-mode verdicts warn, A/B regressions block).
 */
export const DEFAULT_PERFORMANCE: PerformanceGateOptions = performanceOptions(configSchema.parse({ gates: { performance: {} } }).gates.performance!);

/**
 * `gates.metrics` conditions and `gates.performance.limits`. They were checked when the config
 * was loaded (see `configProblems`), so a parse failure here cannot happen.
 */
function conditions(config: FileConfig): ResolvedSettings['conditions'] {
  const out: Array<ResolvedSettings['conditions'][number]> = [];
  for (const m of config.gates.metrics) {
    const text = typeof m === 'string' ? m : m.condition;
    const parsed = parseMetricCondition(text);
    if (parsed.ok) out.push({ condition: parsed.condition, action: (typeof m === 'string' ? undefined : m.action) ?? 'block', gate: `metrics.${parsed.condition.path}` });
  }
  const perf = config.gates.performance;
  for (const text of perf?.limits ?? []) {
    const parsed = parseMetricCondition(text);
    if (parsed.ok) out.push({ condition: parsed.condition, action: perf?.action ?? 'block', gate: `performance.limit ${parsed.condition.path}` });
  }
  return out;
}

function exceptionsOf(config: FileConfig): Record<string, GateExceptions> {
  const out: Record<string, GateExceptions> = {};
  const g = config.gates;
  const add = (name: string, e: { labels: string[]; keywords: string[] } | undefined) => {
    if (e) out[name] = e;
  };
  add('tests', g.tests.exceptions);
  add('coverage', g.coverage?.exceptions);
  add('performance', g.performance?.exceptions);
  add('security', g.security?.exceptions);
  add('secrets', g.secrets?.exceptions);
  add('docs', g.docs?.exceptions);
  if (g.container) add('container', g.container.exceptions);
  for (const m of g.metrics) {
    if (typeof m === 'string' || !m.exceptions) continue;
    const parsed = parseMetricCondition(m.condition);
    add(`metrics.${parsed.ok ? parsed.condition.path : m.condition}`, m.exceptions);
  }
  return out;
}

/** Stable, so it can be made a required status check; the id keeps several configs apart. */
export function defaultCheckName(configId: string): string {
  return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}

/** Whether any gate can end as require-approval (then the PR's reviews are worth fetching). */
export function needsApproval(s: ResolvedSettings): boolean {
  const actions = [s.tests.action, s.coverage?.action, s.docs?.action, s.performance?.action, s.container?.action, ...s.security.map((g) => g.action), ...s.conditions.map((c) => c.action)];
  return actions.includes('require-approval');
}

/** The measure block: inputs over the file; a command from either is required to measure. */
function measureOf(file: FileConfig['measure'], input: SettingOverrides['measure']): { measure?: NonNullable<FileConfig['measure']> } {
  const command = input?.command ?? file?.command;
  if (!command) return {};
  const base = input?.['base-dir'] ?? file?.['base-dir'];
  return {
    measure: {
      command,
      name: input?.name ?? file?.name ?? 'command',
      runs: input?.runs ?? file?.runs ?? 10,
      warmup: input?.warmup ?? file?.warmup ?? 1,
      ...(base ? { 'base-dir': base } : {})
    }
  };
}
