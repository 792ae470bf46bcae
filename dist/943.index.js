export const id = 943;
export const ids = [943];
export const modules = {

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   shardCommand: () => (/* binding */ shardCommand)
/* harmony export */ });
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48709);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69362);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71361);
/* harmony import */ var _ingest_timings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55083);
/* harmony import */ var _planner_shard_output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50508);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12011);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76130);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73312);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75269);











/** `pipeline-gates plan`: the same planning the plan job does, with local files for history. */
async function planCommand(o, io) {
    const root = process.cwd();
    const tests = await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_9__/* .listTests */ .k)({ globs: o.tests, ...(o.testsFile ? { file: o.testsFile } : {}), ...(o.testsCommand ? { command: o.testsCommand } : {}) }, root);
    const repo = await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRepoPaths */ .$)(root);
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_7__/* .reportFiles */ .I)(root);
    const timings = [];
    for (const file of o.timings) {
        const t = await (0,_ingest_timings_js__WEBPACK_IMPORTED_MODULE_3__/* .readTimings */ .k)(file, files.open, { repo });
        if (t.problems.length)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Timings file ${file} could not be read.`, t.problems);
        timings.push(t);
    }
    const history = o.history ? await new _history_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalHistoryStore */ .vn(o.history, o.configId).restore() : undefined;
    for (const w of history?.warnings ?? [])
        io.err(`warning: ${w}\n`);
    const previous = o.previousPlan ? await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.previousPlan).load() : undefined;
    if (previous?.problem)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Previous plan: ${previous.problem}.`);
    const settings = { configId: o.configId, granularity: o.granularity, shards: o.shards };
    const started = process.hrtime.bigint();
    const result = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .Gg)(settings, {
        tests,
        timings,
        ...(history?.history ? { history: history.history } : {}),
        ...(previous?.plan ? { previous: previous.plan } : {}),
        root,
        runId: `local-${Date.now()}`,
        now: new Date()
    });
    const planningMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (o.out)
        await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.out).save(result.document);
    if (o.json)
        io.out(`${JSON.stringify({ ...result.document, ...(result.plan.choices ? { choices: result.plan.choices, targetMet: result.plan.targetMet } : {}), sticky: result.plan.sticky, planningMs: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .roundHalfUp */ .bS)(planningMs, 1) }, null, 2)}\n`);
    else
        io.out((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlan */ .E)(result));
    return 0;
}
/** `pipeline-gates shard --plan F --shard N`: one shard's tests from a pinned plan. */
async function shardCommand(o, io) {
    const loaded = await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.plan).load();
    if (!loaded.plan)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Plan: ${loaded.problem ?? 'not found'}.`);
    const found = (0,_planner_shard_output_js__WEBPACK_IMPORTED_MODULE_10__/* .shardTests */ .S)(loaded.plan, o.shard);
    if (!found.ok)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Shard ${o.shard}: ${found.message}.`);
    const { shard } = found;
    io.out(o.format === 'json' ? `${shard.json}\n` : o.format === 'lines' ? shard.lines : `${shard.words}\n`);
    return 0;
}


/***/ }),

/***/ 50508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shardTests)
/* harmony export */ });
/* unused harmony export shellQuote */
function shardTests(plan, index) {
    const shard = plan.shards.find((s) => s.index === index);
    if (!shard)
        return { ok: false, message: `the plan has shards 1 to ${plan.shards.length}; there is no shard ${index}` };
    const tests = shard.tests;
    return {
        ok: true,
        shard: { index, total: plan.shards.length, tests, words: tests.map(shellQuote).join(' '), lines: tests.length ? `${tests.join('\n')}\n` : '', json: JSON.stringify(tests) }
    };
}
/** Leaves plain paths alone and single-quotes anything else ('it'"'"'s' style for quotes). */
function shellQuote(word) {
    if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'"'"'`)}'`;
}


/***/ })

};
