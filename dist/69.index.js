export const id = 69;
export const ids = [69];
export const modules = {

/***/ 1069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INIT_HELP: () => (/* binding */ INIT_HELP),
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/init/templates.ts
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
/** Where the workflow goes, relative to the repository root. */
const WORKFLOW_PATH = '.github/workflows/pipeline-gates.yml';
/** Where the config goes: the path the action and the CLI read by default. */
const CONFIG_PATH = '.github/pipeline-gates.yml';
/** The published action, until the user names theirs (`--action-ref`). */
const DEFAULT_ACTION_REF = 'OWNER/pipeline-gates@v1';
const DEFAULT_BRANCH = 'main';
/** Artifact names: one per shard, downloaded together by this prefix. */
const REPORTS_ARTIFACT_PREFIX = 'pipeline-gates-reports-';
function starterFiles(o) {
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
function actionRefProblem(ref) {
    if (REMOTE_REF.test(ref) || LOCAL_REF.test(ref))
        return undefined;
    return `"${ref}" is not an action reference; give OWNER/REPO@REF (e.g. ${DEFAULT_ACTION_REF}) or a local path starting with ./`;
}
/**
 * Why a branch name cannot go into the `push: branches:` filter, or undefined. Git's own rules
 * (no `..`, no `//`, no trailing `/`, `.` or `.lock`) plus the filter's pattern characters:
 * `*`, `?`, `[`, `+` and a leading `!` would turn the name into a pattern.
 */
function branchProblem(branch) {
    const ok = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(branch) && !/\.\.|\/\/|\/\.|\/$|\.$|\.lock$/.test(branch);
    return ok ? undefined : `"${branch}" is not a branch name that can go into a push filter (letters, digits, ".", "_", "-" and "/", as git allows)`;
}
// A plain YAML scalar stays a string when it starts with a letter and is not one of the words
// YAML 1.1 or 1.2 reads as a boolean or null; anything else (`1.0`, `0x1F`, `no`) is quoted.
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
function yamlScalar(text) {
    return /^[A-Za-z_][A-Za-z0-9._/-]*$/.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text);
}
function starterWorkflow(o) {
    const uses = o.actionRef;
    const branch = yamlScalar(o.branch);
    return `# Pipeline Gates: plan → sharded tests → gate. Written by \`pipeline-gates init\`.
# Edit the two places marked EDIT: the tests to split (plan job) and the test command (test job).
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
          # EDIT: the test files to split across shards, one glob per line ("!" excludes), or
          # tests-command: a command that lists them (e.g. npx jest --listTests).
          tests: |
            **/*.test.*
            **/test_*.py
            !**/node_modules/**
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
      # EDIT: set up your toolchain here (actions/setup-node, actions/setup-python, ...).
      # EDIT: run the tests listed in $TESTS_FILE (one per line); write JUnit XML below
      # $REPORTS_DIR/junit/ and coverage (lcov, Cobertura, JaCoCo, ...) below $REPORTS_DIR/coverage/.
      # For example:
      #   jest:   JEST_JUNIT_OUTPUT_DIR="$REPORTS_DIR/junit" xargs -d '\\n' -a "$TESTS_FILE" npx jest --ci --runTestsByPath
      #             --coverage --coverageReporters=lcov --coverageDirectory="$REPORTS_DIR/coverage"
      #             --reporters=default --reporters=jest-junit
      #   pytest: xargs -d '\\n' -a "$TESTS_FILE" pytest --junitxml="$REPORTS_DIR/junit/junit.xml"
      #             --cov --cov-report=xml:"$REPORTS_DIR/coverage/coverage.xml"
      - name: Run this shard's tests
        env:
          TESTS_FILE: \${{ steps.shard.outputs.tests-file }}
          REPORTS_DIR: reports/shard-\${{ matrix.shard }}
        run: |
          mkdir -p "$REPORTS_DIR/junit" "$REPORTS_DIR/coverage"
          echo "::error title=Pipeline Gates starter::Replace this step with your test command (see the comments above it in ${WORKFLOW_PATH})."
          exit 1
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
            reports/*/coverage/**/lcov.info
            reports/*/coverage/**/*.xml
`;
}
/**
 * The config: the tests gate spelled out with its defaults, the strict preset one uncomment away,
 * and commented examples of the other gates. Every commented example is written as
 * `# key: value` at the indentation it would have, so removing `# ` gives valid config (a test
 * uncomments each one and loads the result).
 */
function starterConfig(o) {
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
function schemaUrl(actionRef) {
    const m = REMOTE_REF.exec(actionRef);
    if (!m)
        return undefined;
    const [, owner, repo, , ref] = m;
    return `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/schema/pipeline-gates.schema.json`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
;// CONCATENATED MODULE: ./src/init/write.ts



/**
 * Writes the starter files under `dir` (the repository root), creating `.github/workflows/`.
 * Without `force` every target is checked before anything is written, so a refusal leaves the
 * repository exactly as it was rather than half initialised. The files are then created with
 * `wx`, so a file that appears in between is still never overwritten.
 */
async function writeStarterFiles(dir, files, options) {
    await requireDirectory(dir);
    const existing = [];
    for (const file of files) {
        const kind = await kindOf(external_node_path_default().join(dir, file.path));
        if (kind === 'directory')
            throw new config_file/* UsageError */.eb(`${file.path} is a directory; move it away before running init.`);
        if (kind === 'file')
            existing.push(file.path);
    }
    if (existing.length && !options.force) {
        throw new config_file/* UsageError */.eb(`${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
    }
    const written = [];
    for (const file of files) {
        const target = external_node_path_default().join(dir, file.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        try {
            await (0,promises_.writeFile)(target, file.content, { flag: options.force ? 'w' : 'wx' });
        }
        catch (err) {
            if (err.code === 'EEXIST')
                throw new config_file/* UsageError */.eb(`${file.path} appeared while init was writing; run init --force to replace it.`);
            throw new config_file/* UsageError */.eb(`${file.path} could not be written: ${err.message}.`);
        }
        written.push(file.path);
    }
    return { written, replaced: existing };
}
async function requireDirectory(dir) {
    const kind = await kindOf(dir);
    if (kind !== 'directory')
        throw new config_file/* UsageError */.eb(`--dir ${dir}: ${kind === 'missing' ? 'no such directory' : 'not a directory'}; give the root of your repository.`);
}
async function kindOf(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory() ? 'directory' : 'file';
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return 'missing';
        throw new config_file/* UsageError */.eb(`${p} could not be checked: ${err.message}.`);
    }
}

;// CONCATENATED MODULE: ./src/cli/init.ts





const INIT_HELP = `Usage: pipeline-gates init [--dir DIR] [--branch NAME] [--action-ref REF] [--force]

Writes a starter workflow (${WORKFLOW_PATH}: plan → sharded test matrix → gate)
and a config file (${CONFIG_PATH}, with preset: strict commented out).

Options for init:
  --dir DIR           The repository root to write into (default: the current directory)
  --branch NAME       The default branch: pushes to it run the workflow and save history (default ${DEFAULT_BRANCH})
  --action-ref REF    What the workflow's uses: lines name (default ${DEFAULT_ACTION_REF}; ./ for a local copy)
  --force             Replace the files when they already exist (otherwise nothing is written)
  -h, --help          Show this help`;
/**
 * `pipeline-gates init`: writes the two starter files and says what to edit next. Bad arguments
 * and existing files throw a UsageError (exit 2 through the CLI), before anything is written.
 */
async function initCommand(args, io) {
    const values = parse(args);
    if (values.help) {
        io.out(`${INIT_HELP}\n`);
        return 0;
    }
    const branch = values.branch ?? DEFAULT_BRANCH;
    const actionRef = values['action-ref'] ?? DEFAULT_ACTION_REF;
    const badBranch = branchProblem(branch);
    if (badBranch)
        throw new config_file/* UsageError */.eb(`--branch: ${badBranch}.`);
    const badRef = actionRefProblem(actionRef);
    if (badRef)
        throw new config_file/* UsageError */.eb(`--action-ref: ${badRef}.`);
    const dir = external_node_path_default().resolve(values.dir ?? '.');
    const result = await writeStarterFiles(dir, starterFiles({ branch, actionRef }), { force: !!values.force });
    const where = values.dir ? `${external_node_path_default().relative(process.cwd(), dir) || '.'}/` : '';
    for (const file of result.written)
        io.out(`${result.replaced.includes(file) ? 'Replaced' : 'Wrote'} ${where}${file}\n`);
    io.out(`\n${nextSteps(actionRef)}`);
    return 0;
}
function nextSteps(actionRef) {
    const steps = [
        ...(actionRef === DEFAULT_ACTION_REF ? [`Replace OWNER in ${WORKFLOW_PATH} (three uses: lines) and in the schema line of ${CONFIG_PATH}, or run init --force --action-ref OWNER/REPO@REF.`] : []),
        `In ${WORKFLOW_PATH}, set the tests to split (plan job, tests:) and replace the "Run this shard's tests" step with your test command; it writes JUnit XML to $REPORTS_DIR/junit/ and coverage to $REPORTS_DIR/coverage/.`,
        `Review the gates in ${CONFIG_PATH}; uncomment preset: strict for the five mandatory gates.`,
        'Commit both files and open a pull request; then make the "Pipeline Gates" check required in the branch protection rules.'
    ];
    return `Next steps:\n${steps.map((s, i) => `  ${i + 1}. ${s}\n`).join('')}`;
}
function parse(args) {
    try {
        return (0,external_node_util_.parseArgs)({
            args: [...args],
            options: {
                dir: { type: 'string' },
                branch: { type: 'string' },
                'action-ref': { type: 'string' },
                force: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            },
            strict: true,
            allowPositionals: false
        }).values;
    }
    catch (err) {
        throw new config_file/* UsageError */.eb(`${err.message.split('\n', 1)[0]}. Run pipeline-gates init --help for the options.`);
    }
}


/***/ })

};
