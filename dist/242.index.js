export const id = 242;
export const ids = [242];
export const modules = {

/***/ 75242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runner: () => (/* binding */ runner)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);

const LOG_ANNOTATION = { failure: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3, warning: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e, notice: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm };
/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
const runner = {
    input: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
    output: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
    info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    notice: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message),
    warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    problem: (p) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
    /** A check-run annotation as a workflow command (the toolkit escapes message and properties). */
    annotate: (a) => LOG_ANNOTATION[a.annotation_level](a.message, { title: a.title, file: a.path, startLine: a.start_line, endLine: a.end_line }),
    fail: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message),
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return false;
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write({ overwrite: false });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        return true;
    }
};


/***/ })

};
