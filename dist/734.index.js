export const id = 734;
export const ids = [734];
export const modules = {

/***/ 77734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planStep: () => (/* binding */ planStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73750);
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64711);
/* harmony import */ var _history_keys_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(94334);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71361);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99437);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76130);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32432);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75269);
/* harmony import */ var _shell_work_dir_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25483);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(82108);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(81729);













/**
 * The plan job: the same plan job as `pipeline-gates plan`, with history from the Actions cache;
 * the plan is pinned for this run (cache key with the run id) and the matrix is output. A plan
 * already pinned for this run (the workflow was re-run) is reused, never recomputed.
 */
async function planStep(inputs, io) {
    const options = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_11__/* .readPlanInputs */ .jU)(io.input);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_7__/* .loadConfigFile */ .H)(inputs.configPath);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_10__/* .currentRun */ .x)();
    const pinned = new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_4__/* .CachePlanStore */ .Zz(config.id, run.runId);
    const existing = await pinned.load();
    if (existing.plan) {
        io.info(`Reusing the plan pinned for run ${run.runId} (${pinned.description}).`);
        await outputs(existing.plan, io);
        await io.summary(`## Test shard plan: ${existing.plan.shards.length} shards\n\nReused the plan pinned for this run (${pinned.description}); a re-run repeats the same split.\n`);
        return;
    }
    const result = await (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_3__/* .runPlanJob */ .wZ)((0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_3__/* .planSettings */ .ZB)(options, config.id, _config_values_js__WEBPACK_IMPORTED_MODULE_2__/* .inputName */ .yu), {
        ...(await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__/* .localPlanIo */ .z)(process.cwd())),
        ...(inputs.history === 'cache' ? { history: (0,_context_js__WEBPACK_IMPORTED_MODULE_10__/* .cacheStore */ .w)(config.id, run, true) } : {}),
        runId: run.runId
    });
    for (const w of result.warnings)
        io.warning(w);
    // The toolkit logs a hit but not a miss; the gate's cache report reads this line from the log.
    const [readBranch] = run.historyReadBranches;
    if (result.historyMiss && readBranch !== undefined)
        io.info(`No history in the Actions cache under ${(0,_history_keys_js__WEBPACK_IMPORTED_MODULE_12__/* .historyKeyPrefix */ .e3)(config.id, readBranch)}`);
    const saved = await pinned.save(result.document);
    if (!saved.saved) {
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`The plan could not be pinned for the shard jobs (${saved.detail}). The shard action reads it from the Actions cache of this run.`);
    }
    io.info(`Plan pinned: ${saved.detail}.`);
    await outputs(result.document, io);
    await io.summary((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderPlan */ .E)(result));
    for (const hint of result.hints)
        io.warning(hint);
    const note = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_3__/* .matchingNote */ .ku)(result.plan);
    if (note)
        io[note.level](note.text);
}
/** `matrix` carries only {shard, total, plan}: a 10,000-test list would not fit a job output. */
async function outputs(plan, io) {
    const total = plan.shards.length;
    const key = (0,_history_plan_store_js__WEBPACK_IMPORTED_MODULE_4__/* .pinnedPlanKey */ .XE)(plan.configId, plan.runId);
    io.output('matrix', JSON.stringify({ include: plan.shards.map((s) => ({ shard: s.index, total, plan: key })) }));
    io.output('shards', String(total));
    io.output('plan', key);
    const dir = (0,_shell_work_dir_js__WEBPACK_IMPORTED_MODULE_9__/* .workDir */ .H)(plan.configId);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'plan.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(plan, null, 2)}\n`);
    io.output('plan-file', file);
}


/***/ }),

/***/ 25483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ workDir)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Where the action keeps the files it writes (reports, plans, shard lists, measurements): under
 * the runner's temp folder, cleaned after the job; outside Actions under `.pipeline-gates/` in the
 * working directory.
 */
function workDir(...parts) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', ...parts);
}


/***/ })

};
