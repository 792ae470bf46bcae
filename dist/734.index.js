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
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48709);
/* harmony import */ var _history_keys_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(94334);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71361);
/* harmony import */ var _ingest_timings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55083);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76130);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32432);
/* harmony import */ var _shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39016);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73312);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(75269);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(82108);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(81729);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(12011);















/**
 * The plan job: list the tests, estimate them from history and imported timings, split them, pin
 * the plan for this run (cache key with the run id) and output the matrix. A plan already pinned
 * for this run (the workflow was re-run) is reused, never recomputed.
 */
async function planStep(inputs, io) {
    const p = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readPlanInputs */ .jU)(io.input);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(inputs.configPath);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .currentRun */ .x)();
    const pinned = new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__/* .CachePlanStore */ .Zz(config.id, run.runId);
    const existing = await pinned.load();
    if (existing.plan) {
        io.info(`Reusing the plan pinned for run ${run.runId} (${pinned.description}).`);
        await outputs(existing.plan, io);
        await io.summary(`## Test shard plan: ${existing.plan.shards.length} shards\n\nReused the plan pinned for this run (${pinned.description}); a re-run repeats the same split.\n`);
        return;
    }
    const root = process.cwd();
    const shards = (0,_shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__/* .shardCount */ .o)(p.shards, p.targetSeconds, p.overheadSeconds, p.maxShards);
    const tests = await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_10__/* .listTests */ .k)({ globs: p.tests, ...(p.testsFile ? { file: p.testsFile } : {}), ...(p.testsCommand ? { command: p.testsCommand } : {}) }, root);
    const timings = await importTimings(p.timings, root);
    const history = inputs.history === 'cache' ? await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .cacheStore */ .w)(config.id, run, true).restore() : undefined;
    for (const w of history?.warnings ?? [])
        io.warning(w);
    // The toolkit logs a hit but not a miss; the gate's cache report reads this line from the log.
    const [readBranch] = run.historyReadBranches;
    if (history && !history.history && !history.warnings.length && readBranch !== undefined)
        io.info(`No history in the Actions cache under ${(0,_history_keys_js__WEBPACK_IMPORTED_MODULE_14__/* .historyKeyPrefix */ .e3)(config.id, readBranch)}`);
    const result = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_2__/* .buildPlan */ .Gg)({ configId: config.id, granularity: p.granularity, shards }, { tests, timings, ...(history?.history ? { history: history.history } : {}), root, runId: run.runId, now: new Date() });
    const saved = await pinned.save(result.document);
    if (!saved.saved) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`The plan could not be pinned for the shard jobs (${saved.detail}). The shard action reads it from the Actions cache of this run.`);
    }
    io.info(`Plan pinned: ${saved.detail}.`);
    await outputs(result.document, io);
    await io.summary((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlan */ .E)(result));
    warnAboutMatching(result, io);
}
async function importTimings(globs, root) {
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFiles */ .I)(root);
    const repo = await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRepoPaths */ .$)(root);
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const out = [];
    for (const glob of globs.filter((g) => !g.startsWith('!'))) {
        const found = await files.find(glob, exclude);
        if (found.length === 0)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Input "timings": "${glob}" matched no files.`);
        for (const file of found) {
            const t = await (0,_ingest_timings_js__WEBPACK_IMPORTED_MODULE_4__/* .readTimings */ .k)(file, files.open, { repo });
            if (t.problems.length)
                throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Timings file ${file} could not be read.`, t.problems);
            out.push(t);
        }
    }
    return out;
}
/** `matrix` carries only {shard, total, plan}: a 10,000-test list would not fit a job output. */
async function outputs(plan, io) {
    const total = plan.shards.length;
    const key = `pipeline-gates-plan-v1:${plan.configId}:${plan.runId}`;
    io.output('matrix', JSON.stringify({ include: plan.shards.map((s) => ({ shard: s.index, total, plan: key })) }));
    io.output('shards', String(total));
    io.output('plan', key);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', plan.configId);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'plan.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(plan, null, 2)}\n`);
    io.output('plan-file', file);
}
/** Never a silent fallback: say how much of the plan rests on real timings. */
function warnAboutMatching(result, io) {
    const { plan } = result;
    for (const hint of result.hints)
        io.warning(hint);
    if (plan.matchedShare === 0)
        io.warning('No test had timings yet: the shards are split evenly by count. History fills in after the first default-branch run with the gate job.');
    else if (plan.matchedShare < 0.8)
        io.notice(`Timings matched ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_13__/* .percent */ .KN)(plan.matchedShare, 1)} of tests; ${plan.unmatched.slice(0, 3).join(', ')}${plan.unmatched.length > 3 ? ' …' : ''} had none.`);
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
