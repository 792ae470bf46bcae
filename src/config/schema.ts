import { canarySchema } from '../canary/config.js';
import { z } from 'zod';
import { FORMAT_IDS } from '../ingest/format-ids.js';

/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */

export const GATE_ACTIONS = ['block', 'warn', 'require-approval'] as const;
export const COMMENT_MODES = ['always', 'changes', 'failures', 'off'] as const;
export const PRESETS = ['strict'] as const;

const globs = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .transform((v) => (typeof v === 'string' ? [v] : v));

const action = z.enum(GATE_ACTIONS).describe('block fails the run; warn only reports; require-approval blocks until the PR has an approving review or an approval label');

const exceptions = z
  .strictObject({
    labels: z.array(z.string().min(1)).default([]).describe('PR labels that waive this gate, e.g. hotfix'),
    keywords: z.array(z.string().min(1)).default([]).describe('Words in the PR body that waive this gate, e.g. #trivial')
  })
  .describe('What waives this gate on a pull request; the report shows the waiver and what caused it');

const gateCommon = { action: action.optional(), exceptions: exceptions.optional() };

const percent = z.number().min(0).max(100);
const percentOrAuto = z.union([percent, z.literal('auto')]);
const count = z.int().min(0);

const testsGate = z
  .strictObject({
    ...gateCommon,
    'min-tests': count.default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': count.default(0).describe('Most failed or errored tests allowed'),
    flaky: z.enum(['warn', 'block', 'ignore']).default('warn').describe('What a test that failed and then passed on a retry does')
  })
  .describe('The tests gate: failures, errors, a minimum test count, flaky tests');

const coverageGate = z
  .strictObject({
    ...gateCommon,
    lines: percentOrAuto.optional().describe('Minimum line coverage in percent, or auto (the base branch value)'),
    branches: percentOrAuto.optional().describe('Minimum branch coverage in percent, or auto'),
    tolerance: z.number().min(0).max(100).default(0.1).describe('Percentage points an auto target or a drop may miss by'),
    patch: percent.optional().describe('Minimum coverage of the lines the pull request adds or changes'),
    'patch-min-lines': count.default(20).describe('Fewer coverable changed lines than this: patch coverage is not gated'),
    'max-drop': z.number().min(0).max(100).optional().describe('Most percentage points line coverage may fall below the base branch'),
    paths: z.record(z.string().min(1), percent).default({}).describe('Glob → minimum line coverage for the files it matches, e.g. "src/core/**": 90; several space-separated globs with !exclusions: "src/** !src/generated/**": 80')
  })
  .describe('Coverage: overall, patch (from the local git diff), drop versus base, per path');

const performanceGate = z
  .strictObject({
    ...gateCommon,
    q: z.number().gt(0).lt(1).default(0.01).describe('False discovery rate across the benchmarks of a run (Benjamini-Hochberg)'),
    'min-effect': z.number().min(0).max(10).default(0.03).describe('Smallest slowdown that counts, as a fraction (0.03 = 3%)'),
    'max-regression': z.record(z.string().min(1), z.number().min(0).max(10)).default({}).describe('Benchmark name → the largest slowdown allowed (0.2 = 20%)'),
    limits: z.array(z.string().min(1)).default([]).describe('Absolute limits on benchmarks or metrics, e.g. "import wall time < 5s", "p99_latency < 10ms"'),
    'history-action': z.enum(['block', 'warn']).default('warn').describe('Action for verdicts from history (one value per run) rather than same-job A/B samples')
  })
  .describe('Performance: same-job A/B comparison (or history), plus absolute limits');

const severityMax = z
  .strictObject({ critical: count.optional(), high: count.optional(), medium: count.optional(), low: count.optional() })
  .describe('Most findings allowed per security severity');
const levelMax = z.strictObject({ error: count.optional(), warning: count.optional(), note: count.optional() }).describe('Most findings allowed per SARIF level');

const securityGate = z
  .strictObject({
    ...gateCommon,
    max: severityMax.default({}),
    'max-level': levelMax.default({}),
    tools: z.array(z.string().min(1)).optional().describe('Only findings from these tools (the SARIF driver name)'),
    'new-only': z.boolean().default(false).describe('Gate only findings the base branch did not have')
  })
  .describe('Security and static analysis findings from SARIF');

const docsGate = z
  .strictObject({
    ...gateCommon,
    when: globs.describe('When files matching these change…'),
    require: globs.describe('…a file matching these must change too (e.g. CHANGELOG.md)')
  })
  .describe('Docs or changelog entry when source changes');

/** Dockerfiles under test fixtures are often bad on purpose. */
export const CONTAINER_EXCLUDE = ['**/fixtures/**', '**/__fixtures__/**', '**/testdata/**'] as const;

export const CONTAINER_RULES = ['copy-before-install', 'manifest-with-sources', 'toolchain-in-final-image', 'install-without-cache', 'add-local-file', 'unpinned-base', 'no-dockerignore'] as const;

const containerGate = z
  .strictObject({
    ...gateCommon,
    enabled: z.boolean().default(true).describe('false: no Dockerfile is read'),
    exclude: z
      .array(z.string().min(1))
      .default([...CONTAINER_EXCLUDE])
      .describe('Globs of Dockerfiles not to read (default: test fixtures, which are often wrong on purpose)'),
    ignore: z.array(z.enum(CONTAINER_RULES)).default([]).describe('Container rules not to report, e.g. [unpinned-base]')
  })
  .describe('Dockerfile layer order, cache mounts, multi-stage builds (on by default, action warn)');

const metricCondition = z.union([
  z.string().min(1).describe('"<metric path> <op> <number>", e.g. "compliance.score >= 70"'),
  z.strictObject({ condition: z.string().min(1), ...gateCommon })
]);

const gates = z
  .strictObject({
    tests: testsGate.prefault({}),
    coverage: coverageGate.optional(),
    performance: performanceGate.optional(),
    security: securityGate.optional(),
    secrets: securityGate.optional().describe('A second security gate, usually tools: [gitleaks] with max-level error: 0'),
    docs: docsGate.optional(),
    container: containerGate.optional(),
    metrics: z.array(metricCondition).default([]).describe('Conditions on metrics, e.g. "compliance.score >= 70"')
  })
  .prefault({});

const measure = z
  .strictObject({
    command: z.string().min(1).describe('A command to time (wall time and peak RSS), run without a shell'),
    name: z.string().min(1).default('command').describe('Benchmark name prefix: "<name> wall time", "<name> peak RSS"'),
    runs: z.int().min(1).max(1000).default(10),
    warmup: z.int().min(0).max(100).default(1),
    'base-dir': z.string().min(1).optional().describe('A checkout of the base commit: base and head run alternately (ABBA) in the same job')
  })
  .describe('Measure a command as benchmarks (e.g. import time and memory)');

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
      .default('default')
      .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    preset: z.enum(PRESETS).optional().describe('strict: the five mandatory gates (see README); your own settings win'),
    'check-name': z.string().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    check: z
      .strictObject({
        'max-annotations': z.int().min(0).max(50000).default(500).describe('Annotations sent to the check run at most (failures first, then warnings, then notices); the summary says how many were left out'),
        warnings: z
          .enum(['success', 'neutral'])
          .default('success')
          .describe('Conclusion of a check run whose gates only warned: success (with the warnings in its summary) or neutral')
      })
      .prefault({})
      .describe('The check run'),
    'fail-on-report-error': z
      .boolean()
      .default(false)
      .describe('Fail the step when the check run, comment or report artifact could not be delivered (by default that is a warning and the exit code follows the gates only)'),
    reports: z
      .strictObject({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        coverage: globs.optional().describe('Glob(s) of coverage reports (lcov, Cobertura, JaCoCo, Clover, istanbul, Go); several merge'),
        sarif: globs.optional().describe('Glob(s) of SARIF files'),
        metrics: globs.optional().describe('Glob(s) of metrics JSON files'),
        benchmarks: globs.optional().describe('Glob(s) of benchmark results of this commit (any supported tool)'),
        'benchmarks-base': globs.optional().describe('Glob(s) of benchmark results of the base commit from the same job (A/B)'),
        formats: z
          .record(z.string().min(1), z.enum(FORMAT_IDS))
          .default({})
          .describe('Glob → format id, for files whose format should not be detected from their content')
      })
      .prefault({})
      .describe('Where the reports are'),
    measure: measure.optional(),
    gates,
    approval: z
      .strictObject({
        labels: z.array(z.string().min(1)).default([]).describe('PR labels that approve every require-approval gate (an approving review does too)')
      })
      .prefault({})
      .describe('What satisfies gates with action require-approval'),
    comment: z
      .strictObject({
        mode: z
          .enum(COMMENT_MODES)
          .default('always')
          .describe('When to post the sticky PR comment: always; changes (only when the results differ from the existing comment); failures (only when the run fails, but an existing comment is always updated); off')
      })
      .prefault({}),
    canary: canarySchema,
    pipeline: z
      .strictObject({
        logs: z.boolean().default(true).describe("Read the run's job logs for cache restores and saves (the gate job needs permissions: actions: read)"),
        'max-jobs': z.int().min(0).max(500).default(50).describe('Job logs read at most; the report names the jobs left out'),
        'max-log-mb': z.number().gt(0).max(200).default(8).describe('Megabytes read of each job log, from its start'),
        'cache-limit-gb': z.number().gt(0).max(100000).default(10).describe("The repository's Actions cache limit in GB (10 unless raised); near it, entries are evicted before reuse"),
        'max-dockerfiles': z.int().min(0).max(1000).default(50).describe('Dockerfiles read at most (all of them on a push, the changed ones on a pull request)')
      })
      .prefault({})
      .describe("What the gate job reads about the run itself: job logs, the repository's cache usage, Dockerfiles"),
    history: z
      .strictObject({ 'max-runs': z.int().min(1).max(500).default(30).describe('Runs kept in the history document') })
      .prefault({})
  })
  .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });

export type FileConfig = z.output<typeof configSchema>;
export type FileConfigInput = z.input<typeof configSchema>;

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown>;
}
