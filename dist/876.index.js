export const id = 876;
export const ids = [876];
export const modules = {

/***/ 79876:
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
;// CONCATENATED MODULE: ./src/init/runners.ts
/**
 * Which test runner a repository uses, from the files `init` read (src/shell/repo-facts.ts), and
 * how the starter workflow runs it: set-up steps, the test files to split, and one shard's
 * command with JUnit, coverage and per-file timings switched on. Pure: facts in, text out.
 *
 * Every command reads the shard's tests from $TESTS_FILE into a bash array and passes them where
 * the runner reads paths: after the options for runners whose list options would swallow them
 * (jest's `--reporters` is an array option, so paths after it become reporter names), before
 * them where the runner has no `--` (vitest, mocha). It writes JUnit below $REPORTS_DIR/junit/ and
 * coverage below $REPORTS_DIR/coverage/.
 */
const READ_TESTS = 'mapfile -t TESTS < "$TESTS_FILE"';
const JS_TESTS = ['**/*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/*.spec.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/__tests__/**/*.{js,jsx,ts,tsx}', '!**/node_modules/**'];
/** The runner the repository uses, most specific evidence first; `none` when nothing says. */
function pickRunner(facts, wanted) {
    const found = wanted ? { id: wanted, reason: '--runner' } : detect(facts);
    return found ? profile(found.id, found.reason, facts) : GENERIC;
}
const RUNNER_IDS = ['jest', 'vitest', 'mocha', 'node', 'pytest', 'go', 'cargo', 'maven', 'gradle'];
function detect(facts) {
    const pkg = facts.packageJson;
    if (pkg) {
        const script = pkg.testScript ?? '';
        for (const [id, pattern] of [['vitest', /\bvitest\b/], ['jest', /\bjest\b/], ['mocha', /\bmocha\b/], ['node', /\bnode\b[^&|;]*\s--test\b/]]) {
            if (pattern.test(script))
                return { id, reason: `package.json scripts.test runs ${id === 'node' ? 'node --test' : id}` };
        }
        for (const id of ['vitest', 'jest', 'mocha'])
            if (pkg.dependencies.includes(id))
                return { id, reason: `package.json depends on ${id}` };
    }
    const has = (f) => facts.files.includes(f);
    const pytestText = ['pyproject.toml', 'setup.cfg', 'tox.ini'].find((f) => /\bpytest\b/.test(facts.texts[f] ?? ''));
    if (has('pytest.ini') || pytestText)
        return { id: 'pytest', reason: has('pytest.ini') ? 'pytest.ini' : `${pytestText} mentions pytest` };
    if (has('go.mod'))
        return { id: 'go', reason: 'go.mod' };
    if (has('Cargo.toml'))
        return { id: 'cargo', reason: 'Cargo.toml' };
    if (has('pom.xml'))
        return { id: 'maven', reason: 'pom.xml' };
    if (has('build.gradle') || has('build.gradle.kts'))
        return { id: 'gradle', reason: has('build.gradle') ? 'build.gradle' : 'build.gradle.kts' };
    if (has('pyproject.toml') || has('requirements.txt'))
        return { id: 'pytest', reason: `${has('pyproject.toml') ? 'pyproject.toml' : 'requirements.txt'} (a Python project; pytest runs unittest tests too)` };
    if (pkg)
        return { id: 'node', reason: 'package.json with no test runner named: the built-in node --test' };
    return undefined;
}
function profile(id, reason, facts) {
    const base = { id, reason };
    switch (id) {
        case 'jest': {
            const missing = !facts.packageJson?.dependencies.includes('jest-junit');
            return {
                ...base,
                label: 'jest',
                tests: JS_TESTS,
                setup: nodeSetup(facts, missing && facts.lockfile === 'npm' ? 'npm install --no-save jest-junit@17' : undefined),
                // JEST_JUNIT_ADD_FILE_ATTRIBUTE: jest-junit names no files by default, and timings match by file
                command: [
                    READ_TESTS,
                    'export JEST_JUNIT_OUTPUT_DIR="$REPORTS_DIR/junit" JEST_JUNIT_ADD_FILE_ATTRIBUTE=true',
                    'npx jest --ci --coverage --coverageReporters=lcov --coverageDirectory="$REPORTS_DIR/coverage" --reporters=default --reporters=jest-junit --runTestsByPath -- "${TESTS[@]}"'
                ],
                coverage: ['lcov.info'],
                todo: missing ? ['Add jest-junit as a devDependency (npm install --save-dev jest-junit); the workflow installs it for the run until then.'] : []
            };
        }
        case 'vitest':
            return {
                ...base,
                label: 'vitest',
                tests: JS_TESTS,
                setup: nodeSetup(facts),
                command: [READ_TESTS, 'npx vitest run "${TESTS[@]}" --reporter=default --reporter=junit --outputFile.junit="$REPORTS_DIR/junit/junit.xml" --coverage.enabled --coverage.reporter=lcov --coverage.reportsDirectory="$REPORTS_DIR/coverage"'],
                coverage: ['lcov.info'],
                todo: facts.packageJson?.dependencies.includes('@vitest/coverage-v8') ? [] : ['Add @vitest/coverage-v8 (the same version as vitest) as a devDependency for coverage.']
            };
        case 'mocha': {
            const deps = facts.packageJson?.dependencies ?? [];
            const needed = ['mocha-junit-reporter', 'c8'].filter((d) => !deps.includes(d));
            return {
                ...base,
                label: 'mocha',
                tests: ['test/**/*.{js,mjs,cjs,ts}', '**/*.spec.{js,mjs,cjs,ts}', '!**/node_modules/**'],
                setup: nodeSetup(facts, needed.length && facts.lockfile === 'npm' ? `npm install --no-save ${needed.join(' ')}` : undefined),
                command: [READ_TESTS, 'npx c8 --reporter=lcov --reports-dir="$REPORTS_DIR/coverage" mocha "${TESTS[@]}" --reporter=mocha-junit-reporter --reporter-option mochaFile="$REPORTS_DIR/junit/junit.xml"'],
                coverage: ['lcov.info'],
                todo: [
                    ...(needed.length ? [`Add ${needed.join(' and ')} as devDependencies; the workflow installs them for the run until then.`] : []),
                    'mocha-junit-reporter names the test file only for tests inside a describe(): top-level it()s get no timings by file.'
                ]
            };
        }
        case 'node':
            return {
                ...base,
                label: 'node --test',
                tests: ['**/*.test.{js,mjs,cjs}', '**/test/**/*.{js,mjs,cjs}', '!**/node_modules/**'],
                setup: nodeSetup(facts),
                command: [
                    READ_TESTS,
                    'node --test --experimental-test-coverage --test-reporter=spec --test-reporter-destination=stdout --test-reporter=junit --test-reporter-destination="$REPORTS_DIR/junit/junit.xml" --test-reporter=lcov --test-reporter-destination="$REPORTS_DIR/coverage/lcov.info" "${TESTS[@]}"'
                ],
                coverage: ['lcov.info'],
                todo: []
            };
        case 'pytest':
            return {
                ...base,
                label: 'pytest',
                tests: ['**/test_*.py', '**/*_test.py', '!**/.venv/**'],
                setup: pythonSetup(facts),
                // xunit1 writes each case's file and line: timings match by file, failures link to lines
                command: [READ_TESTS, 'python -m pytest -o junit_family=xunit1 --junitxml="$REPORTS_DIR/junit/junit.xml" --cov --cov-report=xml:"$REPORTS_DIR/coverage/coverage.xml" -- "${TESTS[@]}"'],
                coverage: ['coverage.xml'],
                todo: []
            };
        default:
            return compiledProfile(id, reason);
    }
}
/** Go, Rust and the JVM: tests selected by package, test target or class rather than by path. */
function compiledProfile(id, reason) {
    const base = { id, reason };
    switch (id) {
        case 'go':
            return {
                ...base,
                label: 'go test (gotestsum)',
                tests: ['**/*_test.go', '!vendor/**'],
                setup: `${step('actions/setup-go@v5', { 'go-version-file': 'go.mod' })}\n      - run: go install gotest.tools/gotestsum@v1.12.0`,
                // go test runs packages: the shard's test files become their package folders
                command: [
                    'mapfile -t PACKAGES < <(xargs -d \'\\n\' -n1 dirname < "$TESTS_FILE" | sort -u | sed \'s|^|./|\')',
                    'gotestsum --junitfile "$REPORTS_DIR/junit/junit.xml" -- -coverprofile="$REPORTS_DIR/coverage/coverage.out" "${PACKAGES[@]}"'
                ],
                coverage: ['coverage.out'],
                todo: ['The plan splits test files, and go test runs whole packages: a package whose test files land in two shards runs in both. Keep each package\'s tests in one file per package, or plan fewer, larger shards.']
            };
        case 'cargo':
            return {
                ...base,
                label: 'cargo nextest',
                tests: ['tests/*.rs', '**/tests/*.rs', '!target/**'],
                setup: `${step('taiki-e/install-action@v2', { tool: 'cargo-nextest,cargo-llvm-cov' })}\n      - run: rustup component add llvm-tools-preview`,
                // integration test files are nextest test binaries; unit tests (--lib --bins) run in shard 1
                command: [
                    READ_TESTS,
                    'ARGS=(); for f in "${TESTS[@]}"; do ARGS+=(--test "$(basename "$f" .rs)"); done',
                    'if [ "$SHARD" = 1 ]; then ARGS+=(--lib --bins); fi',
                    'grep -qs "profile.ci.junit" .config/nextest.toml || printf \'\\n[profile.ci.junit]\\npath = "junit.xml"\\n\' >> .config/nextest.toml',
                    'cargo llvm-cov nextest --profile ci --lcov --output-path "$REPORTS_DIR/coverage/lcov.info" "${ARGS[@]}"',
                    'cp target/nextest/ci/junit.xml "$REPORTS_DIR/junit/junit.xml"'
                ],
                coverage: ['lcov.info'],
                todo: []
            };
        case 'maven':
            return {
                ...base,
                label: 'Maven Surefire',
                tests: ['**/src/test/java/**/*Test.java', '**/src/test/java/**/*Tests.java', '**/src/test/java/**/Test*.java'],
                setup: step('actions/setup-java@v4', { distribution: 'temurin', 'java-version': '21', cache: 'maven' }),
                command: [
                    'CLASSES=$(sed -E \'s#^.*src/test/java/##; s#\\.java$##; s#/#.#g\' "$TESTS_FILE" | paste -sd, -)',
                    'mvn -B -ntp org.jacoco:jacoco-maven-plugin:0.8.12:prepare-agent test org.jacoco:jacoco-maven-plugin:0.8.12:report -Dtest="$CLASSES" -Dsurefire.failIfNoSpecifiedTests=false',
                    'find . -path "*/target/surefire-reports/TEST-*.xml" -exec cp {} "$REPORTS_DIR/junit/" \\;',
                    'find . -path "*/target/site/jacoco/jacoco.xml" -exec sh -c \'cp "$1" "$2/$(echo "$1" | tr / _)"\' _ {} "$REPORTS_DIR/coverage" \\;'
                ],
                coverage: ['*jacoco.xml'],
                todo: []
            };
        case 'gradle':
            return {
                ...base,
                label: 'Gradle',
                tests: ['**/src/test/java/**/*Test.java', '**/src/test/kotlin/**/*Test.kt', '**/src/test/java/**/*Tests.java'],
                setup: `${step('actions/setup-java@v4', { distribution: 'temurin', 'java-version': '21' })}\n${step('gradle/actions/setup-gradle@v4', {})}`,
                command: [
                    'ARGS=(); while IFS= read -r f; do c=$(echo "$f" | sed -E \'s#^.*src/test/(java|kotlin)/##; s#\\.(java|kt)$##; s#/#.#g\'); ARGS+=(--tests "$c"); done < "$TESTS_FILE"',
                    './gradlew test "${ARGS[@]}" jacocoTestReport',
                    'find . -path "*/build/test-results/test/TEST-*.xml" -exec cp {} "$REPORTS_DIR/junit/" \\;',
                    'find . -path "*/build/reports/jacoco/test/jacocoTestReport.xml" -exec sh -c \'cp "$1" "$2/$(echo "$1" | tr / _)"\' _ {} "$REPORTS_DIR/coverage" \\;'
                ],
                coverage: ['*jacocoTestReport.xml'],
                todo: ['Apply the jacoco plugin (plugins { id "jacoco" }) and enable its XML report (jacocoTestReport { reports { xml.required = true } }).']
            };
    }
}
/** No runner recognised: the placeholder that fails loudly until the user puts a command in. */
const GENERIC = {
    id: 'none',
    label: 'your test runner',
    reason: 'no test runner recognised',
    tests: ['**/*.test.*', '**/test_*.py', '!**/node_modules/**'],
    setup: '      # EDIT: set up your toolchain here (actions/setup-node, actions/setup-python, ...).',
    command: ['echo "::error title=Pipeline Gates starter::Replace this step with your test command (see the comments above it)."', 'exit 1'],
    coverage: ['lcov.info', '*.xml'],
    todo: ['Replace the "Run this shard\'s tests" step with your test command; it reads the tests from $TESTS_FILE and writes JUnit XML to $REPORTS_DIR/junit/ and coverage to $REPORTS_DIR/coverage/.']
};
function step(uses, inputs) {
    const lines = Object.entries(inputs).map(([k, v]) => `          ${k}: ${/^[\w./,-]+$/.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v)}`);
    return `      - uses: ${uses}${lines.length ? `\n        with:\n${lines.join('\n')}` : ''}`;
}
function nodeSetup(facts, extra) {
    const pm = facts.lockfile ?? 'npm';
    const version = facts.files.includes('.nvmrc') ? { 'node-version-file': '.nvmrc' } : facts.files.includes('.node-version') ? { 'node-version-file': '.node-version' } : { 'node-version': 'lts/*' };
    const install = { npm: facts.lockfile ? 'npm ci' : 'npm install', yarn: 'yarn install --frozen-lockfile', pnpm: 'pnpm install --frozen-lockfile' }[pm];
    return [
        ...(pm === 'pnpm' ? [step('pnpm/action-setup@v4', {})] : []),
        step('actions/setup-node@v5', { ...version, ...(facts.lockfile ? { cache: pm } : {}) }),
        `      - run: ${install}${extra ? ` && ${extra}` : ''}`
    ].join('\n');
}
function pythonSetup(facts) {
    const version = facts.files.includes('.python-version') ? { 'python-version-file': '.python-version' } : { 'python-version': '3.x' };
    const installs = [
        ...(facts.files.includes('requirements.txt') ? ['pip install -r requirements.txt'] : []),
        ...(facts.files.includes('requirements-dev.txt') ? ['pip install -r requirements-dev.txt'] : []),
        ...(facts.files.includes('pyproject.toml') || facts.files.includes('setup.py') ? ['pip install -e .'] : []),
        'pip install pytest pytest-cov'
    ];
    return `${step('actions/setup-python@v5', { ...version, cache: 'pip' })}\n      - run: ${installs.join(' && ')}`;
}

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
    const runner = o.runner ?? pickRunner({ files: [], texts: {} });
    const edit = runner.id === 'none' ? 'EDIT: ' : '';
    const block = (lines, indent) => lines.map((l) => `${indent}${l}`).join('\n');
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

;// CONCATENATED MODULE: ./src/shell/repo-facts.ts


/** Root files that name a test runner or a toolchain; only these are looked at. */
const MARKERS = [
    'package.json', 'package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', '.nvmrc', '.node-version',
    'pyproject.toml', 'setup.cfg', 'setup.py', 'pytest.ini', 'tox.ini', 'requirements.txt', 'requirements-dev.txt', '.python-version',
    'go.mod', 'Cargo.toml', 'pom.xml', 'build.gradle', 'build.gradle.kts'
];
/** Files whose content decides; each read up to this many bytes (a runner is named near the top). */
const READ = ['package.json', 'pyproject.toml', 'setup.cfg', 'tox.ini'];
const MAX_BYTES = 256 * 1024;
/**
 * What `init` needs to pick the test runner: which marker files the repository root has, and the
 * test script and dependency names of package.json. Reads at most 256 KiB of four files; a file
 * that cannot be read or parsed counts as absent (init then writes the generic template).
 */
async function readRepoFacts(dir) {
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch {
        return { files: [], texts: {} };
    }
    const files = MARKERS.filter((m) => names.includes(m));
    const texts = {};
    for (const f of READ)
        if (files.includes(f))
            texts[f] = await head(external_node_path_default().join(dir, f));
    const lockfile = files.includes('pnpm-lock.yaml') ? 'pnpm' : files.includes('yarn.lock') ? 'yarn' : files.includes('package-lock.json') ? 'npm' : undefined;
    const packageJson = texts['package.json'] !== undefined ? packageFacts(texts['package.json']) : undefined;
    return { files, texts, ...(lockfile ? { lockfile } : {}), ...(packageJson ? { packageJson } : {}) };
}
function packageFacts(text) {
    let pkg;
    try {
        pkg = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof pkg !== 'object' || pkg === null)
        return undefined;
    const p = pkg;
    const names = (v) => (typeof v === 'object' && v !== null ? Object.keys(v) : []);
    const scripts = p.scripts;
    const test = typeof scripts === 'object' && scripts !== null && typeof scripts.test === 'string' ? scripts.test : undefined;
    return { ...(test !== undefined ? { testScript: test } : {}), dependencies: [...names(p.dependencies), ...names(p.devDependencies)] };
}
async function head(file) {
    try {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const buffer = Buffer.alloc(MAX_BYTES);
            const { bytesRead } = await handle.read(buffer, 0, MAX_BYTES, 0);
            return buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/cli/init.ts







const INIT_HELP = `Usage: pipeline-gates init [--dir DIR] [--branch NAME] [--action-ref REF] [--runner ID] [--force]

Writes a starter workflow (${WORKFLOW_PATH}: plan → sharded test matrix → gate)
and a config file (${CONFIG_PATH}, with preset: strict commented out). The test job
runs the repository's test runner (from package.json, pyproject.toml, go.mod, Cargo.toml,
pom.xml or build.gradle) with JUnit, coverage and file names switched on.

Options for init:
  --dir DIR           The repository root to write into (default: the current directory)
  --branch NAME       The default branch: pushes to it run the workflow and save history (default ${DEFAULT_BRANCH})
  --action-ref REF    What the workflow's uses: lines name (default ${DEFAULT_ACTION_REF}; ./ for a local copy)
  --runner ID         The test runner, instead of the one found: ${RUNNER_IDS.join(', ')}
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
    const wanted = values.runner;
    if (wanted !== undefined && !RUNNER_IDS.includes(wanted))
        throw new config_file/* UsageError */.eb(`--runner: "${wanted}" is not one of ${RUNNER_IDS.join(', ')}.`);
    const dir = external_node_path_default().resolve(values.dir ?? '.');
    const runner = pickRunner(await readRepoFacts(dir), wanted);
    const result = await writeStarterFiles(dir, starterFiles({ branch, actionRef, runner }), { force: !!values.force });
    const where = values.dir ? `${external_node_path_default().relative(process.cwd(), dir) || '.'}/` : '';
    io.out(runner.id === 'none' ? 'No test runner recognised: the test job is a placeholder to replace.\n' : `Test runner: ${runner.label} (${runner.reason}).\n`);
    for (const file of result.written)
        io.out(`${result.replaced.includes(file) ? 'Replaced' : 'Wrote'} ${where}${file}\n`);
    io.out(`\n${nextSteps(actionRef, runner)}`);
    return 0;
}
function nextSteps(actionRef, runner) {
    const steps = [
        ...(actionRef === DEFAULT_ACTION_REF ? [`Replace OWNER in ${WORKFLOW_PATH} (three uses: lines) and in the schema line of ${CONFIG_PATH}, or run init --force --action-ref OWNER/REPO@REF.`] : []),
        ...(runner.id === 'none' ? [`In ${WORKFLOW_PATH}, set the tests to split (plan job, tests:).`] : [`In ${WORKFLOW_PATH}, check the tests to split (plan job, tests:) and the set-up steps of the test job.`]),
        ...runner.todo,
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
                runner: { type: 'string' },
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
