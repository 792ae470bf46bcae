export const id = 957;
export const ids = [957];
export const modules = {

/***/ 12957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCli: () => (/* binding */ runCli)
/* harmony export */ });
/* unused harmony export EXIT */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54661);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62861);
/* harmony import */ var _engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45091);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69362);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(99437);
/* harmony import */ var _report_json_report_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4225);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(61881);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32432);
/* harmony import */ var _shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39016);
/* harmony import */ var _shell_git_change_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(49816);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73312);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(87911);














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
        if (command === 'compare')
            return await compare(rest, io);
        if (command === 'measure')
            return await measureCommand(rest, io);
        if (command === 'canary')
            return await (await __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 88040))).canaryCommand(rest, io);
        if (command === 'init')
            return await (await __webpack_require__.e(/* import() */ 69).then(__webpack_require__.bind(__webpack_require__, 1069))).initCommand(rest, io);
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Unknown command "${command ?? ''}". Run pipeline-gates --help for the commands.`);
    }
    catch (err) {
        if (err instanceof _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb) {
            io.err(`pipeline-gates: ${[err.message, ...err.problems.map(_model_problems_js__WEBPACK_IMPORTED_MODULE_11__/* .formatProblem */ .V)].join('\n  ')}\n`);
            return EXIT.badInput;
        }
        io.err(`pipeline-gates: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        return EXIT.badInput;
    }
}
async function gateCommand(args, io) {
    const { values } = parseArgsStrict(args, {
        junit: { type: 'string', multiple: true },
        coverage: { type: 'string', multiple: true },
        sarif: { type: 'string', multiple: true },
        metrics: { type: 'string', multiple: true },
        benchmarks: { type: 'string', multiple: true },
        'benchmarks-base': { type: 'string', multiple: true },
        base: { type: 'string' },
        label: { type: 'string', multiple: true },
        'pr-body': { type: 'string' },
        config: { type: 'string' },
        history: { type: 'string' },
        'change-points': { type: 'boolean' },
        'min-tests': { type: 'string' },
        'max-failures': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.out(`${_help_js__WEBPACK_IMPORTED_MODULE_12__/* .HELP */ ._}\n`);
        return EXIT.passed;
    }
    const minTests = count(values['min-tests'], '--min-tests');
    const maxFailures = count(values['max-failures'], '--max-failures');
    const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSettings */ .Mo)(await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(values.config), {
        ...(values.junit ? { junit: values.junit } : {}),
        ...(values.coverage ? { coverage: values.coverage } : {}),
        ...(values.sarif ? { sarif: values.sarif } : {}),
        ...(values.metrics ? { metrics: values.metrics } : {}),
        ...(values.benchmarks ? { benchmarks: values.benchmarks } : {}),
        ...(values['benchmarks-base'] ? { benchmarksBase: values['benchmarks-base'] } : {}),
        ...(minTests !== undefined ? { minTests } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {})
    });
    const store = values.history ? new _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalHistoryStore */ .vn(values.history, settings.configId) : undefined;
    const root = process.cwd();
    const change = values.base ? await (0,_shell_git_change_js__WEBPACK_IMPORTED_MODULE_8__/* .changeAgainst */ .oh)(root, values.base) : undefined;
    // Labels and a body make the local run behave like the PR would (waivers, approvals).
    const pr = values.label || values['pr-body'] !== undefined ? { labels: values.label ?? [], body: values['pr-body'] ?? '', approvedBy: [] } : undefined;
    const sha = store ? ((await (0,_shell_git_change_js__WEBPACK_IMPORTED_MODULE_8__/* .git */ .$Y)(root, ['rev-parse', 'HEAD'])) ?? '') : '';
    const runId = `local-${Date.now()}`;
    const outcome = await (0,_engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runGateJob */ .C)(settings, {
        files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_9__/* .reportFiles */ .I)(root),
        repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_10__/* .loadRepoPaths */ .$)(root),
        ...(store ? { history: store, current: { sha, runId } } : {}),
        ...(change ? { change } : {}),
        ...(pr ? { pr } : {}),
        changePoints: !!values['change-points']
    });
    if (values.json)
        io.out(`${JSON.stringify((0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_13__/* .buildJsonReport */ .X)(outcome, settings.configId), null, 2)}\n`);
    else
        io.out((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .G)(outcome, { title: settings.checkName, ...(store ? { historyStore: store.description } : {}) }, Infinity));
    for (const w of outcome.warnings)
        io.err(`warning: ${w}\n`);
    for (const p of outcome.problems)
        io.err(`error: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_11__/* .formatProblem */ .V)(p)}\n`);
    if (store) {
        const update = (0,_engine_record_js__WEBPACK_IMPORTED_MODULE_2__/* .historyAfterRun */ .S)(outcome, settings.configId, { runId, attempt: 1, sha, ref: '', runUrl: '' }, new Date(), settings.maxRuns);
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
    const { parseCommand } = await __webpack_require__.e(/* import() */ 537).then(__webpack_require__.bind(__webpack_require__, 99537));
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
    const { planCommand } = await Promise.all(/* import() */[__webpack_require__.e(322), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943));
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
    const { shardCommand } = await Promise.all(/* import() */[__webpack_require__.e(322), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 18943));
    return shardCommand({ plan: values.plan, shard: index, format }, io);
}
async function compare(args, io) {
    const { values } = parseArgsStrict(args, {
        base: { type: 'string', multiple: true },
        head: { type: 'string', multiple: true },
        q: { type: 'string' },
        'min-effect': { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' }
    });
    const { compareCommand } = await __webpack_require__.e(/* import() */ 513).then(__webpack_require__.bind(__webpack_require__, 89513));
    return compareCommand({
        base: values.base ?? [],
        head: values.head ?? [],
        q: fraction(values.q, '--q', 0.01, false),
        minEffect: fraction(values['min-effect'], '--min-effect', 0.03, true),
        ...(values.format ? { format: values.format } : {}),
        json: !!values.json
    }, io);
}
async function measureCommand(args, io) {
    const split = args.indexOf('--');
    if (split === -1 || split === args.length - 1)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('measure needs the command after "--", e.g. pipeline-gates measure --runs 10 -- node -e "import(\'./dist/index.js\')".');
    const { values } = parseArgsStrict(args.slice(0, split), {
        runs: { type: 'string' },
        warmup: { type: 'string' },
        'base-dir': { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' }
    });
    const runs = count(values.runs, '--runs') ?? 10;
    if (runs < 1)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('--runs must be at least 1.');
    const { measure, describeMeasured } = await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 37618));
    const measured = await measure({
        argv: args.slice(split + 1),
        runs,
        warmup: count(values.warmup, '--warmup') ?? 1,
        ...(values['base-dir'] ? { baseDir: values['base-dir'] } : {}),
        name: values.name ?? 'command',
        out: values.out ?? '.pipeline-gates/measure'
    }, io);
    io.out(values.json ? `${JSON.stringify({ head: measured.head, base: measured.base ?? null, files: measured.files }, null, 2)}\n` : describeMeasured(measured));
    return EXIT.passed;
}
/** A fraction flag: (0, 1) for a level, [0, 1) for an effect. */
function fraction(raw, flag, fallback, zeroOk) {
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`${flag} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
    }
    return n;
}
function parseArgsStrict(args, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: [...args], options, strict: true, allowPositionals });
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


/***/ }),

/***/ 39016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ shardCount)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32432);

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
