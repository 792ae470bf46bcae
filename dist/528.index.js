export const id = 528;
export const ids = [528,242];
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
/* harmony import */ var _canary_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87472);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90131);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32432);



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
    const junit = lines(read(INPUT.junit));
    const minTests = optionalInt(read, INPUT.minTests);
    const maxFailures = optionalInt(read, INPUT.maxFailures);
    const checkName = read(INPUT.checkName);
    const commentMode = optionalChoice(read, INPUT.commentMode, _config_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_MODES */ .p8);
    const maxAnnotations = optionalInt(read, INPUT.maxAnnotations);
    const failOnReportError = optionalChoice(read, INPUT.failOnReportError, BOOLEANS);
    const configPath = read(INPUT.config);
    const globs = (name, key) => {
        const value = lines(read(name));
        return value.length ? { [key]: value } : {};
    };
    const measure = readMeasure(read);
    return Object.freeze({
        command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
        token: read(INPUT.token),
        ...(configPath ? { configPath } : {}),
        history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
        uploadReport: optionalChoice(read, INPUT.uploadReport, BOOLEANS) !== 'false',
        overrides: Object.freeze({
            ...(junit.length ? { junit } : {}),
            ...globs(INPUT.coverage, 'coverage'),
            ...globs(INPUT.sarif, 'sarif'),
            ...globs(INPUT.metrics, 'metrics'),
            ...globs(INPUT.benchmarks, 'benchmarks'),
            ...globs(INPUT.benchmarksBase, 'benchmarksBase'),
            ...(measure ? { measure } : {}),
            ...(minTests !== undefined ? { minTests } : {}),
            ...(maxFailures !== undefined ? { maxFailures } : {}),
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
    const runs = optionalInt(read, INPUT.measureRuns);
    const warmup = optionalInt(read, INPUT.measureWarmup);
    const baseDir = read(INPUT.measureBaseDir);
    const name = read(INPUT.measureName);
    if (runs === 0)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('Input "measure-runs" must be at least 1.');
    const m = {
        ...(command ? { command } : {}),
        ...(runs !== undefined ? { runs } : {}),
        ...(warmup !== undefined ? { warmup } : {}),
        ...(baseDir ? { 'base-dir': baseDir } : {}),
        ...(name ? { name } : {})
    };
    return Object.keys(m).length ? m : undefined;
}
function readPlanInputs(read) {
    const optional = (name) => read(name) || undefined;
    const testsFile = optional(INPUT.testsFile);
    const testsCommand = optional(INPUT.testsCommand);
    const targetSeconds = optional(INPUT.targetSeconds);
    const overheadSeconds = optional(INPUT.overheadSeconds);
    const maxShards = optional(INPUT.maxShards);
    return Object.freeze({
        tests: lines(read(INPUT.tests)),
        ...(testsFile ? { testsFile } : {}),
        ...(testsCommand ? { testsCommand } : {}),
        shards: read(INPUT.shards) || 'auto',
        ...(targetSeconds ? { targetSeconds } : {}),
        ...(overheadSeconds ? { overheadSeconds } : {}),
        ...(maxShards ? { maxShards } : {}),
        granularity: optionalChoice(read, INPUT.granularity, ['file', 'case']) ?? 'file',
        timings: lines(read(INPUT.timings))
    });
}
function readCanaryInputs(read) {
    const score = (name) => {
        const raw = read(name);
        if (raw === '')
            return undefined;
        const n = (0,_canary_config_js__WEBPACK_IMPORTED_MODULE_0__/* .parseScore */ .yN)(raw);
        if (n === undefined)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Input "${name}" must be a score from 0 to 100, got "${raw}".`);
        return n;
    };
    const pass = score(INPUT.pass);
    const marginal = score(INPUT.marginal);
    return Object.freeze({
        baseline: lines(read(INPUT.baseline)),
        canary: lines(read(INPUT.canary)),
        ...(pass !== undefined ? { pass } : {}),
        ...(marginal !== undefined ? { marginal } : {})
    });
}
/** The 1-based shard of this matrix job. */
function readShardInput(read) {
    const index = optionalInt(read, INPUT.shard);
    if (!index)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Input "shard" must be this job's shard number (1-based), e.g. shard: \${{ matrix.shard }}.`);
    return index;
}
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
}
function optionalInt(read, name) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Input "${name}" must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
function optionalChoice(read, name, allowed) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    const value = raw.toLowerCase();
    if (!allowed.includes(value)) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
    }
    return value;
}


/***/ }),

/***/ 73147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99437);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32432);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81729);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75242);




/** The Action: one bundle, five jobs chosen by `command`. Anything thrown fails the step. */
async function runAction(io = _runner_js__WEBPACK_IMPORTED_MODULE_2__.runner) {
    try {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(io.input);
        switch (inputs.command) {
            case 'gate':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(392), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(304), __webpack_require__.e(188), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 60297))).gateStep(inputs, io);
            case 'plan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(304), __webpack_require__.e(760), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 77734))).planStep(inputs, io);
            case 'shard':
                return await (await Promise.all(/* import() */[__webpack_require__.e(108), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 38985))).shardStep(inputs, io);
            case 'publish':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(392), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(304), __webpack_require__.e(188), __webpack_require__.e(297), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 30636))).publishStep(inputs, io);
            case 'canary':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 46351))).canaryStep(inputs, io);
        }
    }
    catch (err) {
        failStep(err, io);
    }
}
function failStep(err, io) {
    if (err instanceof _shell_config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb) {
        for (const p of err.problems)
            io.problem(p);
        io.fail([err.message, ...err.problems.map(_model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .formatProblem */ .V)].join('\n'));
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


/***/ })

};
