export const id = 943;
export const ids = [943];
export const modules = {

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   shardCommand: () => (/* binding */ shardCommand)
/* harmony export */ });
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73750);
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64711);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(69362);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71361);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99437);
/* harmony import */ var _planner_shard_output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(50508);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60826);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76130);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32432);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75269);
/* harmony import */ var _streams_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(97310);











/** `pipeline-gates plan`: the plan job, with local files for history and the previous plan. */
async function planCommand(values, io) {
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfigFile */ .H)(values.config);
    const settings = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_1__/* .planSettings */ .ZB)(values, config.id, _config_values_js__WEBPACK_IMPORTED_MODULE_0__/* .flagName */ .GI);
    const previous = values['previous-plan'] ? await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__/* .FilePlanStore */ .vR(values['previous-plan']).load() : undefined;
    if (previous?.problem)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Previous plan: ${previous.problem}.`);
    const result = await (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runPlanJob */ .wZ)(settings, {
        ...(await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__/* .localPlanIo */ .z)(process.cwd())),
        ...(values.history ? { history: new _history_local_store_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalHistoryStore */ .vn(values.history, config.id) } : {}),
        ...(previous?.plan ? { previous: previous.plan } : {}),
        runId: `local-${Date.now()}`
    });
    for (const w of result.warnings)
        io.err(`warning: ${w}\n`);
    if (values.out)
        await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__/* .FilePlanStore */ .vR(values.out).save(result.document);
    const { plan, document, planningMs } = result;
    if (values.json)
        io.out(`${JSON.stringify({ ...document, ...(plan.choices ? { choices: plan.choices, targetMet: plan.targetMet } : {}), sticky: plan.sticky, planningMs: planningMs === undefined ? undefined : (0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .roundHalfUp */ .bS)(planningMs, 1) }, null, 2)}\n`);
    else
        io.out((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderPlan */ .E)(result));
    return _streams_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.passed;
}
/** `pipeline-gates shard --plan F --shard N`: one shard's tests from a pinned plan. */
async function shardCommand(values, io) {
    if (!values.plan)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('shard needs --plan FILE (a plan written by pipeline-gates plan --out FILE).');
    const index = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeNumber */ .rD)(values.shard, '--shard');
    if (!index)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e('shard needs --shard N (1-based).');
    const format = (0,_config_values_js__WEBPACK_IMPORTED_MODULE_0__/* .choice */ .Yq)(values.format, '--format', ['words', 'lines', 'json']) ?? 'words';
    const loaded = await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__/* .FilePlanStore */ .vR(values.plan).load();
    if (!loaded.plan)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Plan: ${loaded.problem ?? 'not found'}.`);
    const found = (0,_planner_shard_output_js__WEBPACK_IMPORTED_MODULE_10__/* .shardTests */ .S)(loaded.plan, index);
    if (!found.ok)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`Shard ${index}: ${found.message}.`);
    const { shard } = found;
    io.out(format === 'json' ? `${shard.json}\n` : format === 'lines' ? shard.lines : `${shard.words}\n`);
    return _streams_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.passed;
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
