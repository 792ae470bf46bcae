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

export type RunnerId = 'jest' | 'vitest' | 'mocha' | 'node' | 'pytest' | 'go' | 'cargo' | 'maven' | 'gradle';

/** What `init` found in the repository; texts are the first bytes of each marker file. */
export interface RepoFacts {
  readonly packageJson?: { readonly testScript?: string; readonly dependencies: readonly string[] };
  readonly lockfile?: 'npm' | 'yarn' | 'pnpm';
  /** Marker files present at the root (`pyproject.toml`, `go.mod`, `.nvmrc`, …). */
  readonly files: readonly string[];
  /** Their text (bounded), for the ones whose content decides: pyproject.toml, setup.cfg, tox.ini. */
  readonly texts: Readonly<Record<string, string>>;
}

export interface RunnerProfile {
  readonly id: RunnerId | 'none';
  readonly label: string;
  /** Why this runner: the file and what in it. */
  readonly reason: string;
  /** Globs of the test files for the plan job, one per line. */
  readonly tests: readonly string[];
  /** Steps before the tests, as YAML list items at step indentation (6 spaces). */
  readonly setup: string;
  /** The body of the run step (bash), one shard's tests from $TESTS_FILE. */
  readonly command: readonly string[];
  /** Coverage files the gate reads, below each shard's coverage/ folder. */
  readonly coverage: readonly string[];
  /** What the user still has to do, for the next-steps list. */
  readonly todo: readonly string[];
}

const READ_TESTS = 'mapfile -t TESTS < "$TESTS_FILE"';
const JS_TESTS = ['**/*.test.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/*.spec.{js,jsx,ts,tsx,mjs,cjs,mts,cts}', '**/__tests__/**/*.{js,jsx,ts,tsx}', '!**/node_modules/**'];

/** The runner the repository uses, most specific evidence first; `none` when nothing says. */
export function pickRunner(facts: RepoFacts, wanted?: RunnerId): RunnerProfile {
  const found = wanted ? { id: wanted, reason: '--runner' } : detect(facts);
  return found ? profile(found.id, found.reason, facts) : GENERIC;
}

export const RUNNER_IDS: readonly RunnerId[] = ['jest', 'vitest', 'mocha', 'node', 'pytest', 'go', 'cargo', 'maven', 'gradle'];

function detect(facts: RepoFacts): { id: RunnerId; reason: string } | undefined {
  const pkg = facts.packageJson;
  if (pkg) {
    const script = pkg.testScript ?? '';
    for (const [id, pattern] of [['vitest', /\bvitest\b/], ['jest', /\bjest\b/], ['mocha', /\bmocha\b/], ['node', /\bnode\b[^&|;]*\s--test\b/]] as const) {
      if (pattern.test(script)) return { id, reason: `package.json scripts.test runs ${id === 'node' ? 'node --test' : id}` };
    }
    for (const id of ['vitest', 'jest', 'mocha'] as const) if (pkg.dependencies.includes(id)) return { id, reason: `package.json depends on ${id}` };
  }
  const has = (f: string) => facts.files.includes(f);
  const pytestText = ['pyproject.toml', 'setup.cfg', 'tox.ini'].find((f) => /\bpytest\b/.test(facts.texts[f] ?? ''));
  if (has('pytest.ini') || pytestText) return { id: 'pytest', reason: has('pytest.ini') ? 'pytest.ini' : `${pytestText} mentions pytest` };
  if (has('go.mod')) return { id: 'go', reason: 'go.mod' };
  if (has('Cargo.toml')) return { id: 'cargo', reason: 'Cargo.toml' };
  if (has('pom.xml')) return { id: 'maven', reason: 'pom.xml' };
  if (has('build.gradle') || has('build.gradle.kts')) return { id: 'gradle', reason: has('build.gradle') ? 'build.gradle' : 'build.gradle.kts' };
  if (has('pyproject.toml') || has('requirements.txt')) return { id: 'pytest', reason: `${has('pyproject.toml') ? 'pyproject.toml' : 'requirements.txt'} (a Python project; pytest runs unittest tests too)` };
  if (pkg) return { id: 'node', reason: 'package.json with no test runner named: the built-in node --test' };
  return undefined;
}

function profile(id: RunnerId, reason: string, facts: RepoFacts): RunnerProfile {
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
function compiledProfile(id: 'go' | 'cargo' | 'maven' | 'gradle', reason: string): RunnerProfile {
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
const GENERIC: RunnerProfile = {
  id: 'none',
  label: 'your test runner',
  reason: 'no test runner recognised',
  tests: ['**/*.test.*', '**/test_*.py', '!**/node_modules/**'],
  setup: '      # EDIT: set up your toolchain here (actions/setup-node, actions/setup-python, ...).',
  command: ['echo "::error title=Pipeline Gates starter::Replace this step with your test command (see the comments above it)."', 'exit 1'],
  coverage: ['lcov.info', '*.xml'],
  todo: ['Replace the "Run this shard\'s tests" step with your test command; it reads the tests from $TESTS_FILE and writes JUnit XML to $REPORTS_DIR/junit/ and coverage to $REPORTS_DIR/coverage/.']
};

function step(uses: string, inputs: Record<string, string>): string {
  const lines = Object.entries(inputs).map(([k, v]) => `          ${k}: ${/^[\w./,-]+$/.test(v) && !/^\d/.test(v) ? v : JSON.stringify(v)}`);
  return `      - uses: ${uses}${lines.length ? `\n        with:\n${lines.join('\n')}` : ''}`;
}

function nodeSetup(facts: RepoFacts, extra?: string): string {
  const pm = facts.lockfile ?? 'npm';
  const version: Record<string, string> = facts.files.includes('.nvmrc') ? { 'node-version-file': '.nvmrc' } : facts.files.includes('.node-version') ? { 'node-version-file': '.node-version' } : { 'node-version': 'lts/*' };
  const install = { npm: facts.lockfile ? 'npm ci' : 'npm install', yarn: 'yarn install --frozen-lockfile', pnpm: 'pnpm install --frozen-lockfile' }[pm];
  return [
    ...(pm === 'pnpm' ? [step('pnpm/action-setup@v4', {})] : []),
    step('actions/setup-node@v5', { ...version, ...(facts.lockfile ? { cache: pm } : {}) }),
    `      - run: ${install}${extra ? ` && ${extra}` : ''}`
  ].join('\n');
}

function pythonSetup(facts: RepoFacts): string {
  const version: Record<string, string> = facts.files.includes('.python-version') ? { 'python-version-file': '.python-version' } : { 'python-version': '3.x' };
  const installs = [
    ...(facts.files.includes('requirements.txt') ? ['pip install -r requirements.txt'] : []),
    ...(facts.files.includes('requirements-dev.txt') ? ['pip install -r requirements-dev.txt'] : []),
    ...(facts.files.includes('pyproject.toml') || facts.files.includes('setup.py') ? ['pip install -e .'] : []),
    'pip install pytest pytest-cov'
  ];
  return `${step('actions/setup-python@v5', { ...version, cache: 'pip' })}\n      - run: ${installs.join(' && ')}`;
}
