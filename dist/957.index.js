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
/* harmony import */ var _config_settings_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4661);
/* harmony import */ var _engine_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2861);
/* harmony import */ var _engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(414);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9987);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9437);
/* harmony import */ var _report_json_report_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(4225);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6518);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5935);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(398);
/* harmony import */ var _help_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7911);













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
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Unknown command "${command ?? ''}". Run pipeline-gates --help for the commands.`);
    }
    catch (err) {
        if (err instanceof _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb) {
            io.err(`pipeline-gates: ${[err.message, ...err.problems.map(_model_problems_js__WEBPACK_IMPORTED_MODULE_9__/* .formatProblem */ .V)].join('\n  ')}\n`);
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
        io.out(`${_help_js__WEBPACK_IMPORTED_MODULE_10__/* .HELP */ ._}\n`);
        return EXIT.passed;
    }
    const minTests = count(values['min-tests'], '--min-tests');
    const maxFailures = count(values['max-failures'], '--max-failures');
    const settings = (0,_config_settings_js__WEBPACK_IMPORTED_MODULE_11__/* .resolveSettings */ .M)(await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(values.config), {
        ...(values.junit ? { junit: values.junit } : {}),
        ...(minTests !== undefined ? { minTests } : {}),
        ...(maxFailures !== undefined ? { maxFailures } : {})
    });
    const store = values.history ? new _history_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .LocalHistoryStore */ .vn(values.history, settings.configId) : undefined;
    const root = process.cwd();
    const outcome = await (0,_engine_gate_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runGateJob */ .C)(settings, { files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFiles */ .I)(root), repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRepoPaths */ .$)(root), ...(store ? { history: store } : {}) });
    if (values.json)
        io.out(`${JSON.stringify((0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_12__/* .buildJsonReport */ .X)(outcome, settings.configId), null, 2)}\n`);
    else
        io.out((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .G)(outcome, { title: settings.checkName, ...(store ? { historyStore: store.description } : {}) }, Infinity));
    for (const w of outcome.warnings)
        io.err(`warning: ${w}\n`);
    for (const p of outcome.problems)
        io.err(`error: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_9__/* .formatProblem */ .V)(p)}\n`);
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


/***/ })

};
