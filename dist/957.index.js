export const id = 957;
export const ids = [957];
export const modules = {

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony export EXIT */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4661);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2861);
/* harmony import */ var _engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(414);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9987);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9437);
/* harmony import */ var _report_json_report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4225);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5935);
/* harmony import */ var _shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9016);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3312);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7911);














const EXIT = { passed: 0, failed: 1, badInput: 2 };
const stdio = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t)
};
/** Runs one CLI command and returns the exit code; never throws. */
async function runCli(argv, io = stdio) {
    const [command, ...rest] = argv;
    try {
        if (command === 'gate')
            return await gateCommand(rest, io);
        if (command === 'parse')
            return await parse(rest, io);
        if (command === 'plan')
            return await plan(rest, io);
        if (command === 'shard')
            return await shard(rest, io);
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Unknown command "${command ?? ''}". Run pipeline-gates --help for the commands.`);
    }
    catch (err) {
        if (err instanceof _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb) {
            io.err(`pipeline-gates: ${[err.message, ...err.problems.map(_model_problems_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .V)].join('\n  ')}\n`);
            return EXIT.badInput;
        }
        io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return EXIT.badInput;
    }
}
async function gateCommand(args, io) {
    const { values } = parseArgsStrict(args, {
        junit: { type: 'string', multiple: true },
        config: { type: 'string' },
        history: { type: 'string' },
        'min-tests': { type: 'string' },
        'max-failures': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.out(`${_help_js__WEBPACK_IMPORTED_MODULE_11__/* .HELP */ ._}\n`);
        return EXIT.passed;
    }
    const minTests = count(values['min-tests'], '--min-tests');
    const maxFailures = count(values['max-failures'], '--max-failures');
    const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveSettings */ .M)(await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(values.config), {
        ...(values.junit ? { junit: values.junit } : {}),
        ...(minTests !== undefined ? { minTests } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {})
    });
    const store = values.history ? new _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalHistoryStore */ .vn(values.history, settings.configId) : undefined;
    const root = process.cwd();
    const outcome = await (0,_engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runGateJob */ .C)(settings, { files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFiles */ .I)(root), repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRepoPaths */ .$)(root), ...(store ? { history: store } : {}) });
    if (values.json)
        io.out(`${JSON.stringify((0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_13__/* .buildJsonReport */ .X)(outcome, settings.configId), null, 2)}\n`);
    else
        io.out((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .G)(outcome, { title: settings.checkName, ...(store ? { historyStore: store.description } : {}) }, Infinity));
    for (const w of outcome.warnings)
        io.err(`warning: ${w}\n`);
    for (const p of outcome.problems)
        io.err(`error: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .V)(p)}\n`);
    if (store) {
        const sha = await gitHead();
        const update = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .historyAfterRun */ .S)(outcome, settings.configId, { runId: `local-${Date.now()}`, attempt: 1, sha, ref: '', runUrl: '' }, new Date(), settings.maxRuns);
        if (update.save)
            await store.save(update.history);
        else
            io.err(`History not saved: ${update.reason}.\n`);
    }
    if (!values.json)
        io.out(`\nVerdict: ${outcome.verdict.passed ? 'PASSED' : 'FAILED'} (${outcome.verdict.conclusion})\n`);
    if (outcome.problems.length)
        return EXIT.badInput;
    return outcome.verdict.passed ? EXIT.passed : EXIT.failed;
}
async function parse(args, io) {
    const { values, positionals } = parseArgsStrict(args, { format: { type: 'string' }, json: { type: 'boolean' } }, true);
    if (positionals.length === 0)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('parse needs at least one FILE. Run pipeline-gates --help for the options.');
    const { parseCommand } = await __webpack_require__.e(/* import() */ 537).then(__webpack_require__.bind(__webpack_require__, 9537));
    return parseCommand({ files: positionals, ...(values.format ? { format: values.format } : {}), json: !!values.json }, io);
}
async function plan(args, io) {
    const { values } = parseArgsStrict(args, {
        tests: { type: 'string', multiple: true },
        'tests-file': { type: 'string' },
        'tests-command': { type: 'string' },
        shards: { type: 'string' },
        'target-seconds': { type: 'string' },
        'overhead-seconds': { type: 'string' },
        'max-shards': { type: 'string' },
        granularity: { type: 'string' },
        timings: { type: 'string', multiple: true },
        history: { type: 'string' },
        'previous-plan': { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'boolean' }
    });
    const granularity = values.granularity ?? 'file';
    if (granularity !== 'file' && granularity !== 'case')
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--granularity must be "file" or "case", got "${granularity}".`);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(values.config);
    const { planCommand } = await Promise.all(/* import() */[__webpack_require__.e(252), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943));
    return planCommand({
        tests: values.tests ?? [],
        ...(values['tests-file'] ? { testsFile: values['tests-file'] } : {}),
        ...(values['tests-command'] ? { testsCommand: values['tests-command'] } : {}),
        shards: (0,_shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__/* .shardCount */ .o)(values.shards, values['target-seconds'], values['overhead-seconds'], values['max-shards']),
        granularity,
        timings: values.timings ?? [],
        ...(values.history ? { history: values.history } : {}),
        ...(values['previous-plan'] ? { previousPlan: values['previous-plan'] } : {}),
        ...(values.out ? { out: values.out } : {}),
        configId: config.id,
        json: !!values.json
    }, io);
}
async function shard(args, io) {
    const { values } = parseArgsStrict(args, { plan: { type: 'string' }, shard: { type: 'string' }, format: { type: 'string' } });
    if (!values.plan)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('shard needs --plan FILE (a plan written by pipeline-gates plan --out FILE).');
    const index = count(values.shard, '--shard');
    if (!index)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('shard needs --shard N (1-based).');
    const format = values.format ?? 'words';
    if (format !== 'words' && format !== 'lines' && format !== 'json')
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--format must be words, lines or json, got "${format}".`);
    const { shardCommand } = await Promise.all(/* import() */[__webpack_require__.e(252), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 8943));
    return shardCommand({ plan: values.plan, shard: index, format }, io);
}
function parseArgsStrict(args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: [...args], options, strict: true, allowPositionals });
    }
    catch (err) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${err.message.split('\n', 1)[0]}. Run pipeline-gates --help for the options.`);
    }
}
function count(raw, flag) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${flag} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
/** The commit being gated, for the history's last-green entry; empty outside a git checkout. */
async function gitHead() {
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', ['rev-parse', 'HEAD'], { timeout: 5000 });
        return stdout.trim();
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qn: () => (/* binding */ configSchema),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES)
/* harmony export */ });
/* unused harmony exports GATE_ACTIONS, configJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8816);
/* harmony import */ var _ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6486);


/**
 * The config file schema (`.github/pipeline-gates.yml`). The committed JSON Schema in
 * `schema/pipeline-gates.schema.json` is generated from this (`npm run schema`) for editor
 * completion; a test keeps the two equal.
 */
const GATE_ACTIONS = ['block', 'warn'];
const COMMENT_MODES = ['always', 'off'];
const globs = zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).min(1)])
    .transform((v) => (typeof v === 'string' ? [v] : v));
const testsGate = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(GATE_ACTIONS).default('block').describe('block fails the run; warn only reports'),
    'min-tests': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).default(1).describe('Fewest tests that must run (skipped ones do not count)'),
    'max-failures': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).default(0).describe('Most failed or errored tests allowed')
})
    .describe('The tests gate: failures, errors and a minimum test count');
const configSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" or "-", at most 64, starting with a letter or digit')
        .default('default')
        .describe('Names this configuration: keeps the comment marker, check name and history apart'),
    'check-name': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(100).optional().describe('Name of the check run (default "Pipeline Gates", plus the id when not "default")'),
    reports: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        junit: globs.optional().describe('Glob(s) of test reports: JUnit XML, TRX, NUnit 2/3 or xUnit.net v2 (detected from content)'),
        formats: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_ingest_format_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMAT_IDS */ .J))
            .default({})
            .describe('Glob → format id, for files whose format should not be detected from their content')
    })
        .prefault({})
        .describe('Where the reports are'),
    gates: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ tests: testsGate.prefault({}) }).prefault({}),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(COMMENT_MODES).default('always').describe('When to post the sticky PR comment') })
        .prefault({}),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ 'max-runs': zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1).max(500).default(30).describe('Runs kept in the history document') })
        .prefault({})
})
    .meta({ title: 'Pipeline Gates configuration', $id: 'https://pipeline-gates.dev/schema/pipeline-gates.schema.json' });
function configJsonSchema() {
    return z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* unused harmony export defaultCheckName */
function resolveSettings(config, o) {
    const tests = config.gates.tests;
    return {
        configId: config.id,
        junitPatterns: o.junit ?? config.reports.junit ?? [],
        formats: config.reports.formats,
        tests: {
            action: tests.action,
            minTests: o.minTests ?? tests['min-tests'],
            maxFailures: o.maxFailures ?? tests['max-failures']
        },
        maxRuns: config.history['max-runs'],
        checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
        commentMode: o.commentMode ?? config.comment.mode
    };
}
/** Stable, so it can be made a required status check; the id keeps several configs apart. */
function defaultCheckName(configId) {
    return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runGateJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/problems.ts
var model_problems = __webpack_require__(9437);
;// CONCATENATED MODULE: ./src/gates/reports-gate.ts

/**
 * A report we could not read is a failure of its own: silently skipping it could hide the very
 * failures it holds. Other reports are still read and gated.
 */
function evaluateReportsGate(problems) {
    const base = { gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0 };
    if (problems.length === 0) {
        return { ...base, status: 'passed', actual: 0, message: 'All reports were read.', suggestions: [] };
    }
    const files = new Set(problems.map((p) => p.file));
    return {
        ...base,
        status: 'failed',
        actual: files.size,
        message: `${files.size} ${files.size === 1 ? 'report' : 'reports'} could not be read: ${problems.slice(0, 3).map(model_problems/* formatProblem */.V).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
        suggestions: ['Check that the test run finished writing the file (a crashed runner leaves truncated XML).']
    };
}

// EXTERNAL MODULE: ./src/model/tests.ts
var tests = __webpack_require__(4700);
;// CONCATENATED MODULE: ./src/gates/tests-gate.ts

/**
 * Fails when more tests failed or errored than allowed, or when fewer than `minTests` ran. "No
 * tests" is a failure by default (minTests 1) because a broken glob looks exactly like a green run.
 */
function evaluateTestsGate(input, options) {
    const { counts } = input;
    const ran = (0,tests/* ranCount */.f$)(counts);
    const broken = counts.failed + counts.errors;
    const base = { gate: 'tests', action: options.action };
    if (ran < options.minTests) {
        return {
            ...base,
            status: failStatus(options.action),
            metric: 'tests run',
            comparator: '>=',
            threshold: options.minTests,
            actual: ran,
            message: tooFewMessage(input, ran, options.minTests),
            suggestions: tooFewSuggestions(input)
        };
    }
    const ok = broken <= options.maxFailures;
    return {
        ...base,
        status: ok ? 'passed' : failStatus(options.action),
        metric: 'failed tests',
        comparator: '<=',
        threshold: options.maxFailures,
        actual: broken,
        message: ok ? passMessage(counts) : failMessage(counts, options.maxFailures),
        suggestions: ok ? [] : ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.']
    };
}
function failStatus(action) {
    return action === 'block' ? 'failed' : 'warning';
}
function tooFewMessage(input, ran, min) {
    const searched = input.patterns.filter((p) => !p.startsWith('!'));
    if (searched.length === 0)
        return 'No test results were given: set the junit input or reports.junit in the config.';
    if (ran === 0 && input.unmatchedPatterns.length === searched.length) {
        return `No test results: ${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files.`;
    }
    const unmatched = input.unmatchedPatterns.length ? ` (${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files)` : '';
    return `${ran} ${ran === 1 ? 'test' : 'tests'} ran; at least ${min} required${unmatched}.`;
}
function tooFewSuggestions(input) {
    const out = ['Check that the test step wrote its report before this step, and that the path is relative to the workspace.'];
    if (input.unmatchedPatterns.length)
        out.push('If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).');
    return out;
}
function passMessage(c) {
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    const broken = c.failed + c.errors;
    return broken ? `${c.passed} passed, ${broken} failed (within the allowance)${skipped}.` : `${c.passed} passed${skipped}.`;
}
function failMessage(c, max) {
    const parts = [`${c.failed} failed`];
    if (c.errors)
        parts.push(`${c.errors} errored`);
    const allowance = max ? ` (at most ${max} allowed)` : '';
    return `${parts.join(', ')} of ${c.total} tests${allowance}.`;
}

// EXTERNAL MODULE: ./src/ingest/read.ts + 22 modules
var read = __webpack_require__(7005);
// EXTERNAL MODULE: ./src/model/test-summary.ts
var test_summary = __webpack_require__(4204);
;// CONCATENATED MODULE: ./src/model/verdict.ts
/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */
/** A gate that failed with action `block` fails the run; `warn` failures only warn. */
function concludeVerdict(gates) {
    const blocked = gates.some((g) => g.status === 'failed' && g.action === 'block');
    return { conclusion: blocked ? 'failure' : 'success', passed: !blocked, gates };
}

;// CONCATENATED MODULE: ./src/engine/gate-job.ts






/** Ingest → gates. Shared line for line by the Action and the CLI. */
async function runGateJob(settings, deps) {
    const restoring = deps.history ? deps.history.restore() : Promise.resolve({ warnings: [] });
    const { matched, unmatched } = await resolvePatterns(settings.junitPatterns, deps.files);
    const collector = new test_summary/* TestCollector */.g();
    const problems = [];
    const files = [];
    for (const file of matched) {
        const format = formatFor(file, settings.formats);
        const result = await (0,read/* readReport */.t)(file, deps.files.open, { ctx: { repo: deps.repo }, tests: collector, kind: 'tests', ...(format ? { format } : {}) });
        problems.push(...result.problems);
        if (result.kind === 'tests')
            files.push({ file, format: result.format });
    }
    const restored = await restoring;
    const tests = collector.summary();
    const gates = [
        evaluateTestsGate({ counts: tests.counts, patterns: settings.junitPatterns, unmatchedPatterns: unmatched }, settings.tests),
        ...(problems.length ? [evaluateReportsGate(problems)] : [])
    ];
    return {
        verdict: concludeVerdict(gates),
        tests,
        problems,
        files,
        unmatchedPatterns: unmatched,
        ...(restored.history ? { previous: restored.history } : {}),
        ...(restored.source ? { historySource: restored.source } : {}),
        warnings: restored.warnings
    };
}
/** The first `reports.formats` glob that matches the file names its format. */
function formatFor(file, formats) {
    for (const [glob, format] of Object.entries(formats))
        if (external_node_path_default().matchesGlob(file, glob))
            return format;
    return undefined;
}
async function resolvePatterns(patterns, files) {
    const matched = new Set();
    const unmatched = [];
    // "!pattern" lines exclude from every other pattern, as in actions/upload-artifact.
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const found = await files.find(pattern, exclude);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            matched.add(f);
    }
    return { matched: [...matched], unmatched };
}


/***/ }),

/***/ 2861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ historyAfterRun)
/* harmony export */ });
/* harmony import */ var _history_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8363);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4087);


/**
 * The history after this run, or why it must not be written: a run whose reports were unreadable
 * or empty has incomplete results, and recording it would poison timings and the last green SHA.
 */
function historyAfterRun(outcome, configId, run, now, maxRuns, plan) {
    if (outcome.problems.length)
        return { save: false, reason: 'some reports could not be read, so the results are incomplete' };
    if (outcome.tests.counts.total === 0)
        return { save: false, reason: 'no test results were read' };
    const tests = rounded(outcome.tests.caseSeconds ?? new Map());
    const files = rounded(outcome.tests.fileSeconds);
    const history = (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRun */ .vj)(outcome.previous ?? (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)(configId), {
        run: { runId: run.runId, attempt: run.attempt, sha: run.sha, ref: run.ref, at: now.toISOString(), conclusion: outcome.verdict.conclusion, tests, files },
        runUrl: run.runUrl
    }, maxRuns);
    // The plan this run used is the one the next plan keeps tests on (fewer cold caches).
    const withPlan = plan ? { ...history, plan: { granularity: plan.granularity, shards: plan.shards.length, assignment: Object.fromEntries((0,_planner_document_js__WEBPACK_IMPORTED_MODULE_1__/* .assignmentOf */ .tq)(plan)) } } : history;
    return { save: true, history: withPlan };
}
/** Millisecond precision is all a timing needs, and it keeps the document small. */
function rounded(seconds) {
    const out = {};
    for (const [key, value] of seconds)
        out[key] = Math.round(value * 1000) / 1000;
    return out;
}


/***/ }),

/***/ 6486:
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
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul',
    'istanbul-summary',
    'go-cover',
    'sarif',
    'metrics'
];


/***/ }),

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
    return `${where}: ${p.message}`;
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
const REPORT_SCHEMA = 'pipeline-gates/report';
/** The machine-readable verdict: the `report` output points at this, and `--json` prints it. */
function buildJsonReport(outcome, configId, run = {}) {
    return {
        schema: REPORT_SCHEMA,
        version: 1,
        configId,
        conclusion: outcome.verdict.conclusion,
        passed: outcome.verdict.passed,
        gates: outcome.verdict.gates,
        tests: outcome.tests.counts,
        failures: outcome.tests.failures.map(brief),
        failuresOmitted: outcome.tests.failuresOmitted,
        flaky: outcome.tests.flaky.map(brief),
        problems: outcome.problems,
        inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
        history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
        warnings: outcome.warnings,
        run
    };
}
/** A test as the JSON report lists it: where and why, without the full stack trace. */
function brief({ suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts }) {
    return { suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts: attempts?.length };
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown),
/* harmony export */   b: () => (/* binding */ renderMarkdownBytes)
/* harmony export */ });
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6130);
/* harmony import */ var _ingest_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2061);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



const STATUS_ICON = { passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️' };
/** Failure bodies shown per test; the check run and the JSON report carry more. */
const DETAILS_PER_FAILURE = 3000;
/**
 * Renders the verdict as markdown within `budget` characters. When the full text does not fit it
 * degrades in steps: shorter failure bodies, then names only, then fewer failures, and says so.
 */
function renderMarkdown(outcome, ctx, budget) {
    const failures = outcome.tests.failures;
    const steps = [
        { shown: failures.length, detail: DETAILS_PER_FAILURE },
        { shown: failures.length, detail: 500 },
        { shown: failures.length, detail: 0 }
    ];
    for (let shown = Math.min(failures.length, 200); shown > 0; shown = Math.floor(shown / 2))
        steps.push({ shown, detail: 0 });
    steps.push({ shown: 0, detail: 0 });
    for (const step of steps) {
        const text = compose(outcome, ctx, failures, step.shown, step.detail);
        if (text.length <= budget)
            return text;
    }
    return (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddle */ .e9)(compose(outcome, ctx, failures, 0, 0), budget);
}
function compose(outcome, ctx, failures, shown, detail) {
    const parts = [heading(outcome, ctx), gatesTable(outcome.verdict.gates)];
    if (failures.length || outcome.tests.failuresOmitted)
        parts.push(failureSection(failures, ctx, shown, detail, outcome.tests.failuresOmitted));
    if (outcome.tests.flaky.length)
        parts.push(flakySection(outcome.tests.flaky, ctx));
    if (outcome.shards)
        parts.push(shardSection(outcome.shards));
    const notes = [...outcome.problems.map((p) => `Unreadable report ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(p.file)}${p.line ? ` line ${p.line}` : ''}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(p.message)}`), ...outcome.warnings.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)];
    if (notes.length)
        parts.push(`### Notes\n${notes.map((n) => `- ${n}`).join('\n')}`);
    parts.push(footer(outcome, ctx));
    return `${parts.join('\n\n')}\n`;
}
function heading(outcome, ctx) {
    const { verdict } = outcome;
    const { counts } = outcome.tests;
    const icon = verdict.passed ? (verdict.gates.some((g) => g.status === 'warning') ? '⚠️' : '✅') : '❌';
    const word = verdict.passed ? 'passed' : 'failed';
    const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : '';
    const tests = `**${counts.total} ${counts.total === 1 ? 'test' : 'tests'}**: ${counts.passed} passed${flaky}, ${counts.failed} failed${counts.errors ? `, ${counts.errors} errored` : ''}, ${counts.skipped} skipped`;
    const files = `${outcome.files.length} report ${outcome.files.length === 1 ? 'file' : 'files'}`;
    const sha = ctx.sha ? ` · commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(ctx.sha.slice(0, 7))}` : '';
    return `## ${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(ctx.title)}: ${word}\n\n${tests} · ${files}${sha}`;
}
function gatesTable(gates) {
    const rows = gates.map((g) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(g.gate),
        `${STATUS_ICON[g.status]} ${g.status}${g.action === 'warn' && g.status !== 'passed' ? ' (warn only)' : ''}`,
        g.actual === null ? '—' : `${g.actual} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(g.metric)}`,
        `${g.comparator} ${g.threshold}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(g.message, 300)
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Gate', 'Status', 'Actual', 'Threshold', 'Details'], rows);
}
function failureSection(failures, ctx, shown, detail, omitted) {
    const items = failures.slice(0, shown).map((c) => failureItem(c, ctx, detail));
    const total = failures.length + omitted;
    const more = total - items.length;
    const tail = more > 0 ? `\n\n…and ${more} more failed ${more === 1 ? 'test' : 'tests'} not shown here (see the check run annotations and the JSON report).` : '';
    return `### Failed tests (${total})${items.length ? `\n\n${items.join('\n')}` : ''}${tail}`;
}
/** Flaky tests passed in the end; listed by name so they get fixed before they start failing. */
function flakySection(flaky, ctx) {
    const shown = flaky.slice(0, 20).map((c) => {
        const where = location(c, ctx);
        const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : '';
        return `- ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)([c.suite, c.name].filter(Boolean).join(' › '))}${where ? ` — ${where}` : ''}: passed${tries}`;
    });
    const more = flaky.length > shown.length ? `\n\n…and ${flaky.length - shown.length} more.` : '';
    return `### Flaky tests (${flaky.length})\n\n${shown.join('\n')}${more}`;
}
/** What the plan expected per shard beside what the reports say each took. */
function shardSection(balance) {
    const rows = balance.shards.map((s) => [String(s.index), `${s.reported}/${s.tests}`, (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(s.estimatedSeconds), (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(s.realisedSeconds)]);
    const efficiency = `Realised efficiency ${(100 * balance.efficiency).toFixed(1)}% (sum ÷ shards × slowest; test time only, job start-up not included).`;
    return `### Shard balance\n\n${efficiency}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Shard', 'Tests reported', 'Estimated', 'Realised'], rows)}`;
}
function failureItem(c, ctx, detail) {
    const name = [c.suite, c.name].filter(Boolean).join(' › ');
    const where = location(c, ctx);
    const icon = c.status === 'error' ? '💥' : '❌';
    if (detail === 0)
        return `- ${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(name)}${where ? ` — ${where}` : ''}${c.message ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.message, 150)}` : ''}`;
    const body = (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddle */ .e9)(c.details ?? c.message ?? '', detail);
    return `<details><summary>${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(name)}</summary>\n\n${where ? `${where}\n\n` : ''}${body ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(body) : '(no message)'}\n\n</details>`;
}
function location(c, ctx) {
    if (!c.file)
        return '';
    const label = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c.line ? `${c.file}:${c.line}` : c.file);
    const segments = c.file.replace(/\\/g, '/').split('/');
    const relative = !c.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(c.file) && !segments.includes('..');
    if (!ctx.repoUrl || !ctx.sha || !relative)
        return label;
    // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the markdown link.
    const path = segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
    return `[${label}](${ctx.repoUrl}/blob/${ctx.sha}/${path}${c.line ? `#L${c.line}` : ''})`;
}
function footer(outcome, ctx) {
    const runs = outcome.previous?.runs.length ?? 0;
    const history = outcome.historySource
        ? `history: ${runs} earlier ${runs === 1 ? 'run' : 'runs'} from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(outcome.historySource)}`
        : `history: ${ctx.historyStore ? `none yet in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(ctx.historyStore)}` : 'off'}`;
    const bits = [history, ...(ctx.notes ?? []).map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)];
    if (ctx.runUrl)
        bits.push(`[workflow run](${ctx.runUrl})`);
    return `<sub>${bits.join(' · ')}</sub>`;
}
/** Like renderMarkdown, but the limit is in UTF-8 bytes (the job summary's 1 MiB is bytes). */
function renderMarkdownBytes(outcome, ctx, maxBytes) {
    for (let budget = maxBytes; budget >= 256; budget = Math.floor(budget * 0.8)) {
        const md = renderMarkdown(outcome, ctx, budget);
        if ((0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(md) <= maxBytes)
            return md;
    }
    return (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddleBytes */ .rr)(renderMarkdown(outcome, ctx, maxBytes), maxBytes);
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  HT: () => (/* binding */ loadConfigFile)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts


/** The config when no file exists: every default. */
function defaultConfig() {
    return schema/* configSchema */.Qn.parse({});
}
/**
 * Parses and validates a config file's text. Every problem names the file, the line and column
 * of the offending key or value, the key path, and what is allowed there.
 */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            problems: doc.errors.map((e) => ({
                file,
                ...position(lines, e.pos[0]),
                message: `invalid YAML: ${e.message.split('\n', 1)[0]}`
            }))
        };
    }
    const value = withoutNulls(doc.toJS() ?? {});
    const parsed = schema/* configSchema */.Qn.safeParse(value);
    if (parsed.success)
        return { ok: true, config: parsed.data };
    return { ok: false, problems: parsed.error.issues.map((i) => locateIssue(i, doc, lines, file)) };
}
function locateIssue(issue, doc, lines, file) {
    const path = issue.path.map(String);
    const offset = issue.code === 'unrecognized_keys' ? keyOffset(doc, path, issue.keys[0]) : valueOffset(doc, path);
    const key = path.length ? path.join('.') : '(top level)';
    return { file, ...position(lines, offset), message: `${key}: ${describeIssue(issue)}` };
}
/**
 * A key with nothing after it (`gates:` with every line below commented out) is YAML null; it
 * means "not set", so it takes the defaults instead of failing as "expected object".
 */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}
function describeIssue(issue) {
    switch (issue.code) {
        case 'unrecognized_keys':
            return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowedKeys(issue.path).join(', ')}`;
        case 'invalid_value':
            return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'invalid_type':
            return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}`;
        case 'too_small':
            return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`)
                : issue.origin === 'array' ? `must list at least ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
        case 'too_big':
            return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be at most ${String(issue.maximum)}`;
        case 'invalid_format':
            return issue.message;
        default:
            return issue.message;
    }
}
/** The keys the schema accepts at a path, for "allowed:" hints. */
function allowedKeys(path) {
    let node = schema/* configSchema */.Qn;
    for (const key of path) {
        const shape = objectShape(node);
        node = shape?.[String(key)];
    }
    return Object.keys(objectShape(node) ?? {}).filter((k) => k !== '$schema');
}
function objectShape(schema) {
    let s = schema;
    // Unwrap defaults, optionals and transforms until the object itself.
    for (let i = 0; i < 8 && s?.def && s.def.type !== 'object'; i++) {
        s = (s.def.innerType ?? s.def.in);
    }
    return s?.def?.type === 'object' ? s.def.shape : undefined;
}
function valueOffset(doc, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return node.range[0];
    }
    return undefined;
}
function keyOffset(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if ((0,dist/* isMap */.jh)(parent)) {
        for (const pair of parent.items) {
            if ((0,dist/* isNode */.Ll)(pair.key) && String(pair.key.value) === key)
                return pair.key.range?.[0];
        }
    }
    return valueOffset(doc, path);
}
function position(lines, offset) {
    if (offset === undefined)
        return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}

;// CONCATENATED MODULE: ./src/shell/config-file.ts


const DEFAULT_CONFIG_PATH = '.github/pipeline-gates.yml';
/** A user mistake that stops the run before any gate: config, inputs or arguments. */
class UsageError extends Error {
    problems;
    constructor(message, problems = []) {
        super(message);
        this.problems = problems;
        this.name = 'UsageError';
    }
}
/**
 * Loads the config file. The default path may be absent (defaults apply); a path the user named
 * must exist. Invalid content throws a UsageError listing every located problem.
 */
async function loadConfigFile(path) {
    const file = path ?? DEFAULT_CONFIG_PATH;
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' && path === undefined)
            return defaultConfig();
        throw new UsageError(`Config file ${file} could not be read: ${code === 'ENOENT' ? 'it does not exist' : err.message}.`);
    }
    const parsed = parseConfig(text, file);
    if (parsed.ok)
        return parsed.config;
    const n = parsed.problems.length;
    throw new UsageError(`Config file ${file} has ${n} ${n === 1 ? 'problem' : 'problems'}.`, parsed.problems);
}


/***/ }),

/***/ 9016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ shardCount)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5935);

/** `--shards N`, or `--shards auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
function shardCount(shards, target, overhead, max) {
    if (shards === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('plan needs --shards N or --shards auto --target-seconds S.');
    if (shards !== 'auto') {
        const n = count(shards, '--shards');
        if (!n || n > 256)
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--shards must be a number from 1 to 256, or auto; got "${shards}".`);
        return n;
    }
    const targetSeconds = positive(target, '--target-seconds');
    if (targetSeconds === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--shards auto needs --target-seconds S (the wall time one shard job should stay under).');
    const maxShards = count(max, '--max-shards') ?? 256;
    if (maxShards < 1 || maxShards > 256)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--max-shards must be from 1 to 256, got ${maxShards}.`);
    return { targetSeconds, overheadSeconds: positive(overhead, '--overhead-seconds') ?? 0, maxShards };
}
function positive(raw, flag) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a number of seconds ≥ 0, got "${raw}".`);
    return n;
}
function count(raw, flag) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}


/***/ })

};
