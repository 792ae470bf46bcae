export const id = 391;
export const ids = [391,242];
export const modules = {

/***/ 81729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   PJ: () => (/* binding */ readShardInput),
/* harmony export */   jU: () => (/* binding */ readPlanInputs),
/* harmony export */   kR: () => (/* binding */ readCanaryInputs)
/* harmony export */ });
/* unused harmony exports INPUT, COMMANDS, HISTORY_MODES */
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92490);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54661);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73750);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99437);




/** Every input the action reads, by its action.yml name. Read here and nowhere else. */
const INPUT = {
    command: 'command',
    token: 'github-token',
    config: 'config',
    junit: 'junit',
    coverage: 'coverage',
    sarif: 'sarif',
    metrics: 'metrics',
    benchmarks: 'benchmarks',
    benchmarksBase: 'benchmarks-base',
    measureCommand: 'measure-command',
    measureRuns: 'measure-runs',
    measureWarmup: 'measure-warmup',
    measureBaseDir: 'measure-base-dir',
    measureName: 'measure-name',
    minTests: 'min-tests',
    maxFailures: 'max-failures',
    checkName: 'check-name',
    commentMode: 'comment-mode',
    maxAnnotations: 'max-annotations',
    failOnReportError: 'fail-on-report-error',
    uploadReport: 'upload-report',
    baseline: 'baseline',
    canary: 'canary',
    pass: 'pass',
    marginal: 'marginal',
    history: 'history',
    tests: 'tests',
    testsFile: 'tests-file',
    testsCommand: 'tests-command',
    shards: 'shards',
    targetSeconds: 'target-seconds',
    overheadSeconds: 'overhead-seconds',
    maxShards: 'max-shards',
    granularity: 'granularity',
    timings: 'timings',
    shard: 'shard'
};
const COMMANDS = ['gate', 'plan', 'shard', 'publish', 'canary'];
const HISTORY_MODES = ['cache', 'off'];
const BOOLEANS = ['true', 'false'];
function readInputs(read) {
    const configPath = read(INPUT.config);
    const checkName = read(INPUT.checkName);
    const commentMode = optionalChoice(read, INPUT.commentMode, _config_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .COMMENT_MODES */ .p8);
    const maxAnnotations = optionalInt(read, INPUT.maxAnnotations);
    const failOnReportError = optionalChoice(read, INPUT.failOnReportError, BOOLEANS);
    const measure = readMeasure(read);
    const reports = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .reportOverrides */ .yu)({
        junit: lines(read(INPUT.junit)),
        coverage: lines(read(INPUT.coverage)),
        sarif: lines(read(INPUT.sarif)),
        metrics: lines(read(INPUT.metrics)),
        benchmarks: lines(read(INPUT.benchmarks)),
        'benchmarks-base': lines(read(INPUT.benchmarksBase)),
        'min-tests': read(INPUT.minTests),
        'max-failures': read(INPUT.maxFailures)
    }, _config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .inputName */ .yu);
    return Object.freeze({
        command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
        token: read(INPUT.token),
        ...(configPath ? { configPath } : {}),
        history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
        uploadReport: optionalChoice(read, INPUT.uploadReport, BOOLEANS) !== 'false',
        overrides: Object.freeze({
            ...reports,
            ...(measure ? { measure } : {}),
            ...(checkName ? { checkName } : {}),
            ...(commentMode ? { commentMode } : {}),
            ...(maxAnnotations !== undefined ? { maxAnnotations } : {}),
            ...(failOnReportError ? { failOnReportError: failOnReportError === 'true' } : {})
        })
    });
}
/** measure-* inputs; each one set wins over the config file's measure block. */
function readMeasure(read) {
    const command = read(INPUT.measureCommand);
    const runs = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedNumber */ .Xo)(read(INPUT.measureRuns), (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .inputName */ .yu)(INPUT.measureRuns), 1, Number.MAX_SAFE_INTEGER, 'at least 1');
    const warmup = optionalInt(read, INPUT.measureWarmup);
    const baseDir = read(INPUT.measureBaseDir);
    const name = read(INPUT.measureName);
    const m = {
        ...(command ? { command } : {}),
        ...(runs !== undefined ? { runs } : {}),
        ...(warmup !== undefined ? { warmup } : {}),
        ...(baseDir ? { 'base-dir': baseDir } : {}),
        ...(name ? { name } : {})
    };
    return Object.keys(m).length ? m : undefined;
}
/** The plan inputs, by the names the plan job's options share with the CLI's flags. */
function readPlanInputs(read) {
    return Object.freeze({
        tests: lines(read(INPUT.tests)),
        'tests-file': read(INPUT.testsFile),
        'tests-command': read(INPUT.testsCommand),
        shards: read(INPUT.shards) || 'auto',
        'target-seconds': read(INPUT.targetSeconds),
        'overhead-seconds': read(INPUT.overheadSeconds),
        'max-shards': read(INPUT.maxShards),
        granularity: read(INPUT.granularity),
        timings: lines(read(INPUT.timings))
    });
}
function readCanaryInputs(read) {
    return Object.freeze({ baseline: lines(read(INPUT.baseline)), canary: lines(read(INPUT.canary)), pass: read(INPUT.pass), marginal: read(INPUT.marginal) });
}
/** The 1-based shard of this matrix job. */
function readShardInput(read) {
    const index = optionalInt(read, INPUT.shard);
    if (!index)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`Input "shard" must be this job's shard number (1-based), e.g. shard: \${{ matrix.shard }}.`);
    return index;
}
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}
function optionalInt(read, name) {
    return (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(read(name), (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .inputName */ .yu)(name));
}
function optionalChoice(read, name, allowed) {
    return (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Yq)(read(name), (0,_config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .inputName */ .yu)(name), allowed);
}


/***/ }),

/***/ 73147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99437);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81729);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75242);



/** The Action: one bundle, five jobs chosen by `command`. Anything thrown fails the step. */
async function runAction(io = _runner_js__WEBPACK_IMPORTED_MODULE_2__.runner) {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(io.input);
        switch (inputs.command) {
            case 'gate':
                return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(392), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(108), __webpack_require__.e(572), __webpack_require__.e(74), __webpack_require__.e(703), __webpack_require__.e(348), __webpack_require__.e(342)]).then(__webpack_require__.bind(__webpack_require__, 68342))).gateStep(inputs, io);
            case 'plan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(108), __webpack_require__.e(628), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 77734))).planStep(inputs, io);
            case 'shard':
                return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(281), __webpack_require__.e(108), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 38985))).shardStep(inputs, io);
            case 'publish':
                return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(392), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(622), __webpack_require__.e(108), __webpack_require__.e(572), __webpack_require__.e(74), __webpack_require__.e(703), __webpack_require__.e(122)]).then(__webpack_require__.bind(__webpack_require__, 10122))).publishStep(inputs, io);
            case 'canary':
                return await (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(497), __webpack_require__.e(382), __webpack_require__.e(305), __webpack_require__.e(823), __webpack_require__.e(278), __webpack_require__.e(281), __webpack_require__.e(108), __webpack_require__.e(710), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 46351))).canaryStep(inputs, io);
        }
    }
    catch (err) {
        failStep(err, io);
    }
}
function failStep(err, io) {
    if (err instanceof _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e) {
        for (const p of err.problems)
            io.problem(p);
        io.fail([err.message, ...err.problems.map(_model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .V)].join('\n'));
        return;
    }
    // Anything else, thrown strings included, still fails the step with something readable.
    io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}


/***/ }),

/***/ 75242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runner: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

const LOG_ANNOTATION = { failure: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, notice: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm };
/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
const runner = {
    input: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
    output: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    notice: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    problem: (p) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
    /** A check-run annotation as a workflow command (the toolkit escapes message and properties). */
    annotate: (a) => LOG_ANNOTATION[a.annotation_level](a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line }),
    fail: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message),
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return false;
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write({ overwrite: false });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        return true;
    }
};


/***/ }),

/***/ 54661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   tV: () => (/* binding */ DEFAULT_PERFORMANCE),
/* harmony export */   vb: () => (/* binding */ needsApproval),
/* harmony export */   yu: () => (/* binding */ reportOverrides)
/* harmony export */ });
/* unused harmony export defaultCheckName */
/* harmony import */ var _gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20796);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92490);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73750);



/** Report globs and test counts given on the command line or as inputs; each one set wins over the file. */
function reportOverrides(o, name) {
    const globs = (key, to) => (o[key]?.length ? { [to]: o[key] } : {});
    const minTests = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(o['min-tests'], name('min-tests'));
    const maxFailures = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .wholeNumber */ .rD)(o['max-failures'], name('max-failures'));
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
function resolveSettings(config, o) {
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
        ...(g.container?.enabled === false ? {} : { container: { action: g.container?.action ?? 'warn', ignore: g.container?.ignore ?? [], exclude: g.container?.exclude ?? [..._schema_js__WEBPACK_IMPORTED_MODULE_1__/* .CONTAINER_EXCLUDE */ .$5] } }),
        pipeline: pipelineOf(config.pipeline)
    };
}
function pipelineOf(p) {
    return { logs: p.logs, maxJobs: p['max-jobs'], maxLogBytes: Math.round(p['max-log-mb'] * 1024 * 1024), cacheLimitBytes: Math.round(p['cache-limit-gb'] * 1024 ** 3), maxDockerfiles: p['max-dockerfiles'] };
}
function coverageOptions(c) {
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
function securityOptions(config) {
    const out = [];
    for (const name of ['security', 'secrets']) {
        const s = config.gates[name];
        if (!s)
            continue;
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
function performanceOptions(p) {
    return { action: p.action ?? 'block', historyAction: p['history-action'], q: p.q, minEffect: p['min-effect'], maxRegression: p['max-regression'] };
}
/**
 * The performance gate for benchmarks given without a `gates.performance` block: what an empty
 * block means (q 0.01, min-effect 3%, history-mode verdicts warn, A/B regressions block).
 */
const DEFAULT_PERFORMANCE = performanceOptions(_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .configSchema */ .Qn.parse({ gates: { performance: {} } }).gates.performance);
/**
 * `gates.metrics` conditions and `gates.performance.limits`. They were checked when the config
 * was loaded (see `configProblems`), so a parse failure here cannot happen.
 */
function conditions(config) {
    const out = [];
    for (const m of config.gates.metrics) {
        const text = typeof m === 'string' ? m : m.condition;
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(text);
        if (parsed.ok)
            out.push({ condition: parsed.condition, action: (typeof m === 'string' ? undefined : m.action) ?? 'block', gate: `metrics.${parsed.condition.path}` });
    }
    const perf = config.gates.performance;
    for (const text of perf?.limits ?? []) {
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(text);
        if (parsed.ok)
            out.push({ condition: parsed.condition, action: perf?.action ?? 'block', gate: `performance.limit ${parsed.condition.path}` });
    }
    return out;
}
function exceptionsOf(config) {
    const out = {};
    const g = config.gates;
    const add = (name, e) => {
        if (e)
            out[name] = e;
    };
    add('tests', g.tests.exceptions);
    add('coverage', g.coverage?.exceptions);
    add('performance', g.performance?.exceptions);
    add('security', g.security?.exceptions);
    add('secrets', g.secrets?.exceptions);
    add('docs', g.docs?.exceptions);
    if (g.container)
        add('container', g.container.exceptions);
    for (const m of g.metrics) {
        if (typeof m === 'string' || !m.exceptions)
            continue;
        const parsed = (0,_gates_metric_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetricCondition */ .t)(m.condition);
        add(`metrics.${parsed.ok ? parsed.condition.path : m.condition}`, m.exceptions);
    }
    return out;
}
/** Stable, so it can be made a required status check; the id keeps several configs apart. */
function defaultCheckName(configId) {
    return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}
/** Whether any gate can end as require-approval (then the PR's reviews are worth fetching). */
function needsApproval(s) {
    const actions = [s.tests.action, s.coverage?.action, s.docs?.action, s.performance?.action, s.container?.action, ...s.security.map((g) => g.action), ...s.conditions.map((c) => c.action)];
    return actions.includes('require-approval');
}
/** The measure block: inputs over the file; a command from either is required to measure. */
function measureOf(file, input) {
    const command = input?.command ?? file?.command;
    if (!command)
        return {};
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


/***/ }),

/***/ 16486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ FORMAT_IDS)
/* harmony export */ });
/**
 * The ids users may name in `reports.formats` and `--format`, in sniffing order. Kept apart from
 * the registry so the config schema does not load every parser; a test keeps the two equal.
 */
const FORMAT_IDS = [
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
];


/***/ }),

/***/ 64042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   pA: () => (/* binding */ nearest)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean": the names nearest to a misspelt one, by edit distance. One helper for metric
 * names in conditions and for CLI flags.
 */
/** Levenshtein distance, two rows at a time. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
        }
        prev = row;
    }
    return prev[b.length];
}
/** The candidates by closeness to `name` (case-insensitive), nearest first; ties by name. */
function nearest(name, candidates) {
    return [...new Set(candidates)]
        .map((n) => ({ n, d: editDistance(name.toLowerCase(), n.toLowerCase()) }))
        .sort((a, b) => a.d - b.d || (a.n < b.n ? -1 : 1))
        .map((x) => x.n);
}
/** The one candidate close enough to be a typo of `name` (a third of its letters off at most). */
function didYouMean(name, candidates) {
    const [best] = nearest(name, candidates);
    if (best === undefined || name === '')
        return undefined;
    return editDistance(name.toLowerCase(), best.toLowerCase()) <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 99437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    return `${where}: ${p.message}`;
}
/** A user mistake that stops the run before any gate: config, inputs or arguments. */
class UsageError extends Error {
    problems;
    constructor(message, problems = []) {
        super(message);
        this.problems = problems;
        this.name = 'UsageError';
    }
}


/***/ })

};
