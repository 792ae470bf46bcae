export const id = 135;
export const ids = [135];
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

/***/ 6135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/action/inputs.ts
var action_inputs = __webpack_require__(81729);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./src/action/runner.ts

const LOG_ANNOTATION = { failure: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
const runner = {
    input: (name) => core/* getInput */.V4(name),
    output: (name, value) => core/* setOutput */.uH(name, value),
    info: (message) => core/* info */.pq(message),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    problem: (p) => core/* error */.z3(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
    /** A check-run annotation as a workflow command (the toolkit escapes message and properties). */
    annotate: (a) => LOG_ANNOTATION[a.annotation_level](a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line }),
    fail: (message) => core/* setFailed */.C1(message),
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return false;
        await core/* summary */.z.addRaw(markdown, true).write({ overwrite: false });
        core/* summary */.z.emptyBuffer();
        return true;
    }
};

;// CONCATENATED MODULE: ./src/action/run.ts




/** The Action: one bundle, five jobs chosen by `command`. Anything thrown fails the step. */
async function runAction(io = runner) {
    try {
        const inputs = (0,action_inputs/* readInputs */.Ko)(io.input);
        switch (inputs.command) {
            case 'gate':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(392), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(527), __webpack_require__.e(188), __webpack_require__.e(297)]).then(__webpack_require__.bind(__webpack_require__, 60297))).gateStep(inputs, io);
            case 'plan':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(527), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 77734))).planStep(inputs, io);
            case 'shard':
                return await (await Promise.all(/* import() */[__webpack_require__.e(108), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 38985))).shardStep(inputs, io);
            case 'publish':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(21), __webpack_require__.e(392), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(527), __webpack_require__.e(188), __webpack_require__.e(297), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 30636))).publishStep(inputs, io);
            case 'canary':
                return await (await Promise.all(/* import() */[__webpack_require__.e(497), __webpack_require__.e(305), __webpack_require__.e(10), __webpack_require__.e(108), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 46351))).canaryStep(inputs, io);
        }
    }
    catch (err) {
        failStep(err, io);
    }
}
function failStep(err, io) {
    if (err instanceof config_file/* UsageError */.eb) {
        for (const p of err.problems)
            io.problem(p);
        io.fail([err.message, ...err.problems.map(problems/* formatProblem */.V)].join('\n'));
        return;
    }
    // Anything else, thrown strings included, still fails the step with something readable.
    io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}


/***/ })

};
