/**
 * The starter files `pipeline-gates init` writes: a workflow (plan → sharded tests → gate) and a
 * config file. Pure text builders, so the tests can feed the output straight to GitHub's own
 * workflow parser and to our config loader without touching the disk.
 *
 * The workflow is the shape the README recommends: one plan job pins the shard split, every
 * matrix job reads its share and uploads its reports, and the gate job runs `if: always()` so a
 * failing or cancelled shard is still reported. Each report artifact is named per shard and each
 * shard writes below its own folder, so `merge-multiple: true` can never overwrite one shard's
 * JUnit or coverage file with another's.
 */

import { pickRunner, type RunnerProfile } from './runners.js';

/** Where the workflow goes, relative to the repository root. */
export const WORKFLOW_PATH = '.github/workflows/pipeline-gates.yml';
/** Where the config goes: the path the action and the CLI read by default. */
export const CONFIG_PATH = '.github/pipeline-gates.yml';
/** The published action, until the user names theirs (`--action-ref`). */
export const DEFAULT_ACTION_REF = 'OWNER/pipeline-gates@v1';
export const DEFAULT_BRANCH = 'main';
/** Artifact names: one per shard, downloaded together by this prefix. */
export const REPORTS_ARTIFACT_PREFIX = 'pipeline-gates-reports-';

export interface StarterOptions {
  /** The default branch: pushes to it run the workflow and save history. */
  readonly branch: string;
  /** What `uses:` names for the plan, shard and gate steps, e.g. `acme/pipeline-gates@v1` or `./`. */
  readonly actionRef: string;
  /** How the test job runs the tests (src/init/runners.ts); default: a placeholder to replace. */
  readonly runner?: RunnerProfile;
}

export interface StarterFile {
  /** Relative to the repository root, with `/` separators. */
  readonly path: string;
  readonly content: string;
}

export function starterFiles(o: StarterOptions): StarterFile[] {
  return [
    { path: WORKFLOW_PATH, content: starterWorkflow(o) },
    { path: CONFIG_PATH, content: starterConfig(o) }
  ];
}

// A remote action (`owner/repo[/path]@ref`) or a local one (`./path`). GitHub owner and repo
// names are letters, digits, `-`, `_` and `.`; a ref is a tag, branch or SHA.
const REMOTE_REF = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)((?:\/[A-Za-z0-9._-]+)*)@([A-Za-z0-9][A-Za-z0-9._/-]*)$/;
const LOCAL_REF = /^\.\/[A-Za-z0-9._/-]*$/;

/** Why an `--action-ref` cannot go into `uses:`, or undefined when it can. */
export function actionRefProblem(ref: string): string | undefined {
  if (REMOTE_REF.test(ref) || LOCAL_REF.test(ref)) return undefined;
  return `"${ref}" is not an action reference; give OWNER/REPO@REF (e.g. ${DEFAULT_ACTION_REF}) or a local path starting with ./`;
}

/**
 * Why a branch name cannot go into the `push: branches:` filter, or undefined. Git's own rules
 * (no `..`, no `//`, no trailing `/`, `.` or `.lock`) plus the filter's pattern characters:
 * `*`, `?`, `[`, `+` and a leading `!` would turn the name into a pattern.
 */
export function branchProblem(branch: string): string | undefined {
  const ok = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(branch) && !/\.\.|\/\/|\/\.|\/$|\.$|\.lock$/.test(branch);
  return ok ? undefined : `"${branch}" is not a branch name that can go into a push filter (letters, digits, ".", "_", "-" and "/", as git allows)`;
}

// A plain YAML scalar stays a string when it starts with a letter and is not one of the words
// YAML 1.1 or 1.2 reads as a boolean or null; anything else (`1.0`, `0x1F`, `no`) is quoted.
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

function yamlScalar(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9._/-]*$/.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text);
}

export function starterWorkflow(o: StarterOptions): string {
  const uses = o.actionRef;
  const branch = yamlScalar(o.branch);
  const runner = o.runner ?? pickRunner({ files: [], texts: {} });
  const edit = runner.id === 'none' ? 'EDIT: ' : '';
  const block = (lines: readonly string[], indent: string) => lines.map((l) => `${indent}${l}`).join('\n');
  return `# Pipeline Gates: plan → sharded tests → gate. Written by \`pipeline-gates init\` for ${runner.label}
# (${runner.reason}). ${runner.id === 'none' ? 'Edit the places marked EDIT: the tests to split (plan job) and the test command (test job).' : 'Check the tests to split (plan job) and the test command (test job).'}
name: pipeline-gates

on:
  pull_request:
  push:
    branches: [${branch}]
  workflow_dispatch:

# Least privilege: every job reads the repository and nothing more, unless it says otherwise.
permissions:
  contents: read

# A newer push to the same pull request cancels the older run; default-branch runs always finish,
# because they save the history the next plans and gates read.
concurrency:
  group: pipeline-gates-\${{ github.workflow }}-\${{ github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.plan.outputs.matrix }}
    steps:
      - uses: actions/checkout@v5
      - id: plan
        uses: ${uses}
        with:
          command: plan
          # ${edit}the test files to split across shards, one glob per line ("!" excludes), or
          # tests-command: a command that lists them (e.g. npx jest --listTests).
          tests: |
${block(runner.tests, '            ')}
          shards: auto
          target-seconds: 600    # the wall time one shard job should stay under
          overhead-seconds: 60   # runner start, checkout and install before the tests
          max-shards: 20

  test:
    needs: plan
    name: test \${{ matrix.shard }}/\${{ matrix.total }}
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    steps:
      - uses: actions/checkout@v5
      - id: shard
        uses: ${uses}
        with:
          command: shard
          shard: \${{ matrix.shard }}
${runner.setup}
      # ${edit}${runner.id === 'none' ? 'run the tests listed in $TESTS_FILE (one per line); write JUnit XML below\n      # $REPORTS_DIR/junit/ and coverage (lcov, Cobertura, JaCoCo, ...) below $REPORTS_DIR/coverage/.' : `${runner.label}: this shard's tests from $TESTS_FILE (one per line); JUnit XML with file names\n      # (the timings of later plans) below $REPORTS_DIR/junit/, coverage below $REPORTS_DIR/coverage/.`}
      - name: Run this shard's tests
        env:
          TESTS_FILE: \${{ steps.shard.outputs.tests-file }}
          REPORTS_DIR: reports/shard-\${{ matrix.shard }}
          SHARD: \${{ matrix.shard }}
        run: |
          mkdir -p "$REPORTS_DIR/junit" "$REPORTS_DIR/coverage"
${block(runner.command, '          ')}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: ${REPORTS_ARTIFACT_PREFIX}\${{ matrix.shard }}
          path: reports/
          if-no-files-found: warn
          retention-days: 7

  gate:
    needs: [plan, test]
    if: always()
    runs-on: ubuntu-latest
    permissions:
      contents: read         # checkout, the config file and the diff for patch coverage
      checks: write          # the check run with annotations
      pull-requests: write   # the sticky pull-request comment
      actions: read          # this run's jobs, steps and logs and the cache usage: timings and cache advice
    steps:
      - uses: actions/checkout@v5
      # Every shard's reports, each still in its own reports/shard-N/ folder.
      - uses: actions/download-artifact@v4
        continue-on-error: true   # no shard uploaded anything: the gate still runs and says so
        with:
          pattern: ${REPORTS_ARTIFACT_PREFIX}*
          path: reports
          merge-multiple: true
      - id: gate
        uses: ${uses}
        with:
          command: gate
          junit: reports/*/junit/**/*.xml
          coverage: |
${block(runner.coverage.map((c) => `reports/*/coverage/**/${c}`), '            ')}
`;
}

/**
 * The config: the tests gate spelled out with its defaults, the strict preset one uncomment away,
 * and commented examples of the other gates. Every commented example is written as
 * `# key: value` at the indentation it would have, so removing `# ` gives valid config (a test
 * uncomments each one and loads the result).
 */
export function starterConfig(o: StarterOptions): string {
  const schema = schemaUrl(o.actionRef);
  const schemaLine = schema ? `# yaml-language-server: $schema=${schema}\n` : '';
  return `${schemaLine}# Pipeline Gates configuration. Written by \`pipeline-gates init\`; every key is optional.
# The README lists every key ("Config file" and "Gates"); a mistake is reported with its line.

# The strict preset turns on the five mandatory gates: every test passes with line coverage of
# at least 90%, zero vulnerabilities and a clean gitleaks scan (SARIF), a changelog entry when
# src/ or lib/ changes, compliance.score of at least 70, and import time under 5s (with measure).
# Settings below are merged over it key by key. Uncomment to use it.
# preset: strict

gates:
  tests:
    action: block       # block fails the run; warn only reports; require-approval waits for a review
    min-tests: 1        # a glob that matches nothing fails instead of passing with zero tests
    max-failures: 0
    flaky: warn         # a test that failed and then passed on a retry: warn, block or ignore

  # Coverage from the reports the workflow uploads (coverage input of the gate step).
  # coverage:
  #   lines: 80         # or auto: the default branch's value minus tolerance
  #   patch: 90         # the lines the pull request adds or changes
  #   max-drop: 1       # percentage points below the default branch
  #   exceptions: { labels: [hotfix] }

  # Security findings from SARIF files (give them as reports.sarif or the sarif input).
  # security:
  #   max: { critical: 0, high: 0 }
  #   new-only: true    # only findings the default branch does not have

  # A changelog entry whenever source changes.
  # docs:
  #   when: ["src/**"]
  #   require: [CHANGELOG.md]
  #   exceptions: { labels: [no-changelog] }

  # Conditions on metrics JSON files (reports.metrics or the metrics input).
  # metrics:
  #   - "compliance.score >= 70"
  #   - { condition: "bundle.size_kb <= 250", action: warn }

comment:
  mode: always          # always, changes, failures or off

history:
  max-runs: 30          # default-branch runs kept for timings, trends and the last green commit
`;
}

/** The committed JSON Schema at the same version as the action, for editor completion. */
function schemaUrl(actionRef: string): string | undefined {
  const m = REMOTE_REF.exec(actionRef);
  if (!m) return undefined;
  const [, owner, repo, , ref] = m;
  return `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/schema/pipeline-gates.schema.json`;
}
