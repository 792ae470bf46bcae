export const id = 513;
export const ids = [513];
export const modules = {

/***/ 89513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var _gates_performance_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46462);
/* harmony import */ var _ingest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67767);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(99437);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73312);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12011);







/**
 * `pipeline-gates compare --base F... --head F...`: the same-job A/B detector on benchmark files of
 * any supported tool. Several files per side are several samples. Exit 1 when a benchmark
 * regressed, 0 otherwise, 2 when a file cannot be read.
 */
async function compareCommand(o, io) {
    const base = await readAll(o.base, '--base', o.format, io);
    const head = await readAll(o.head, '--head', o.format, io);
    const { comparisons, gate } = (0,_gates_performance_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluatePerformanceGate */ .h)({ head, base }, { action: 'block', historyAction: 'warn', q: o.q, minEffect: o.minEffect, maxRegression: {} });
    const missing = [...new Set(base.map((b) => b.name))].filter((n) => !comparisons.some((c) => c.name === n));
    if (o.json) {
        io.out(`${JSON.stringify({ q: o.q, minEffect: o.minEffect, benchmarks: comparisons.map(jsonOf), onlyInBase: missing }, null, 2)}\n`);
    }
    else {
        io.out(table(comparisons));
        if (missing.length)
            io.out(`\nOnly in the base (removed?): ${missing.join(', ')}\n`);
        io.out(`\n${gate.message}\n`);
    }
    return comparisons.some((c) => c.verdict === 'regression') ? 1 : 0;
}
async function readAll(files, flag, format, io) {
    if (files.length === 0)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`compare needs ${flag} FILE (one or more benchmark files).`);
    const root = process.cwd();
    const ctx = { repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRepoPaths */ .$)(root) };
    const open = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .reportFiles */ .I)(root).open;
    const out = [];
    for (const file of files) {
        const r = await (0,_ingest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readReport */ .t)(file, open, { ctx, kind: 'benchmarks', ...(format ? { format } : {}) });
        if (r.kind === 'unreadable' || r.problems.length)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${file} could not be read as benchmark results.`, r.problems);
        if (r.kind !== 'benchmarks')
            continue;
        for (const w of r.warnings)
            io.err(`warning: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_6__/* .formatProblem */ .V)(w)}\n`);
        if (r.benchmarks.length === 0)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${file} (${r.format}) holds no benchmark results.`);
        out.push(...r.benchmarks);
    }
    return out;
}
function jsonOf(c) {
    return {
        name: c.name,
        verdict: c.verdict,
        ratio: c.ratio,
        ci: c.ci,
        pValue: c.pValue,
        qValue: c.qValue,
        samples: c.samples,
        strong: c.strong,
        unit: c.unit,
        direction: c.direction,
        reason: c.reason
    };
}
function table(rows) {
    const head = ['benchmark', 'verdict', 'ratio', '95% CI', 'q', 'samples (base/head)'];
    const body = rows.map((c) => [
        c.name,
        c.verdict + (c.strong ? ' (strong)' : ''),
        c.ratio === null ? '—' : `×${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_5__/* .sig3 */ .tH)(c.ratio)}`,
        c.ci ? `×${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_5__/* .sig3 */ .tH)(c.ci[0])} – ×${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_5__/* .sig3 */ .tH)(c.ci[1])}` : '—',
        c.qValue === null ? '—' : c.qValue.toPrecision(2),
        `${c.samples.base}/${c.samples.head}`
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
    const line = (r) => r.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    const reasons = rows.filter((c) => c.verdict === 'insufficient').map((c) => `  ${c.name}: ${c.reason}`);
    return `${[line(head), ...body.map(line)].join('\n')}\n${reasons.length ? `\nNot judged:\n${reasons.join('\n')}\n` : ''}`;
}


/***/ })

};
