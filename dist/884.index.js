export const id = 884;
export const ids = [884];
export const modules = {

/***/ 81884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CANARY_EXIT: () => (/* binding */ CANARY_EXIT),
/* harmony export */   canaryCommand: () => (/* binding */ canaryCommand)
/* harmony export */ });
/* harmony import */ var _report_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92224);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73750);
/* harmony import */ var _engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17075);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69362);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99437);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73920);







/**
 * Exit codes of `pipeline-gates canary`. Hold is neither success nor failure: it gets its own
 * code so `pipeline-gates canary … && promote` can never promote a canary that was only held,
 * while a script can still tell "wait and judge again" (3) from "roll back" (1). 2 is bad input,
 * as for every command (the dispatcher turns a UsageError into it).
 */
const CANARY_EXIT = { promote: 0, rollback: 1, badInput: 2, hold: 3 };
/** `pipeline-gates canary --baseline GLOB... --canary GLOB... [options]`: returns the exit code. */
async function canaryCommand(values, io) {
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .loadConfigFile */ .H)(values.config);
    const settings = (0,_engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__/* .canarySettings */ .yM)(values, config, _config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .flagName */ .GI);
    const history = values.history;
    const result = await (0,_engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runCanaryJob */ .R0)(settings, {
        files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .reportFiles */ .I)(process.cwd()),
        ...(history !== undefined && { lastGreen: (configId) => lastGreenFrom(history, configId, io) })
    });
    for (const w of result.warnings)
        io.err(`warning: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .V)(w)}\n`);
    const { judgement, notes } = result;
    if (values.json)
        io.out(`${JSON.stringify((0,_engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__/* .canaryJson */ .z6)(result), null, 2)}\n`);
    else
        io.out(`${(0,_report_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderCanaryMarkdown */ .I)(judgement, notes)}\n${(0,_report_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .canarySummaryLine */ .t)(judgement)}\n`);
    if (judgement.decision === 'rollback' && history !== undefined && !judgement.lastGreen)
        io.err(`warning: the history in ${history} has no green run: no last known good commit to roll back to.\n`);
    return CANARY_EXIT[judgement.decision];
}
async function lastGreenFrom(dir, configId, io) {
    const restored = await new _history_local_store_js__WEBPACK_IMPORTED_MODULE_3__/* .LocalHistoryStore */ .vn(dir, configId).restore();
    for (const w of restored.warnings)
        io.err(`warning: ${w}\n`);
    const green = restored.history?.lastGreen;
    return green ? { sha: green.sha, runUrl: green.runUrl } : undefined;
}


/***/ })

};
