export const id = 351;
export const ids = [351];
export const modules = {

/***/ 46351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canaryStep: () => (/* binding */ canaryStep)
/* harmony export */ });
/* harmony import */ var _report_canary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92224);
/* harmony import */ var _config_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73750);
/* harmony import */ var _engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17075);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99437);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73920);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82108);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81729);








/**
 * `command: canary`: judge canary against baseline samples and say promote, hold or rollback in
 * outputs and the job summary. The decision is data for the next steps, so a rollback does not
 * fail this step; only bad input does.
 */
async function canaryStep(inputs, io) {
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfigFile */ .H)(inputs.configPath);
    const settings = (0,_engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__/* .canarySettings */ .yM)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readCanaryInputs */ .kR)(io.input), config, _config_values_js__WEBPACK_IMPORTED_MODULE_1__/* .inputName */ .yu);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .currentRun */ .x)();
    const { judgement, notes, warnings } = await (0,_engine_canary_job_js__WEBPACK_IMPORTED_MODULE_2__/* .runCanaryJob */ .R0)(settings, {
        files: (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_5__/* .reportFiles */ .I)(process.cwd()),
        lastGreen: async (id) => (inputs.history === 'off' ? undefined : (await (0,_context_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheStore */ .w)(id, run, true).restore()).history?.lastGreen)
    });
    for (const w of warnings)
        io.warning((0,_model_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .formatProblem */ .V)(w));
    await io.summary((0,_report_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .renderCanaryMarkdown */ .I)(judgement, notes));
    io.output('decision', judgement.decision);
    io.output('score', String(judgement.score));
    io.output('last-green-sha', judgement.decision === 'rollback' ? (judgement.lastGreen?.sha ?? '') : '');
    io.output('last-green-run-url', judgement.decision === 'rollback' ? (judgement.lastGreen?.runUrl ?? '') : '');
    io.output('summary', (0,_report_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .canarySummaryLine */ .t)(judgement));
    io.info((0,_report_canary_js__WEBPACK_IMPORTED_MODULE_0__/* .canarySummaryLine */ .t)(judgement));
}


/***/ })

};
