export const id = 537;
export const ids = [537];
export const modules = {

/***/ 99537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCommand: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var _ingest_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67767);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56963);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99437);
/* harmony import */ var _model_test_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44204);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73312);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12011);







/**
 * `pipeline-gates parse FILE...`: detect each file's format and print what it holds. With --json
 * the test cases are written as they are read, so a 1 GB report never sits in memory. One file
 * prints one object; several print an array of them.
 */
async function parseCommand(options, io) {
    const root = process.cwd();
    const ctx = { repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRepoPaths */ .$)(root) };
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFiles */ .I)(root);
    let failed = false;
    const many = options.files.length > 1;
    if (options.json && many)
        io.out('[');
    for (const [i, file] of options.files.entries()) {
        if (options.json && i > 0)
            io.out(',');
        const collector = new _model_test_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .TestCollector */ .g({ maxCaseTimings: 0 });
        const sink = options.json ? streamingSink(collector, io, file) : collector;
        const result = await (0,_ingest_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readReport */ .t)(file, files.open, { ctx, tests: sink, ...(options.format ? { format: options.format } : {}) });
        const problems = 'problems' in result ? result.problems : [];
        failed ||= problems.length > 0;
        if (options.json)
            io.out(`${jsonTail(result, collector, !!sink.started)}`);
        else
            io.out(human(result, collector));
        for (const p of problems)
            io.err(`error: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_5__/* .formatProblem */ .V)(p)}\n`);
        for (const w of 'warnings' in result ? result.warnings : [])
            io.err(`warning: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_5__/* .formatProblem */ .V)(w)}\n`);
    }
    if (options.json)
        io.out(many ? ']\n' : '\n');
    return failed ? 2 : 0;
}
/** Writes `{"path":…,"cases":[` on the first case, then each case as it comes. */
function streamingSink(collector, io, file) {
    const sink = {
        started: false,
        testCase(c) {
            collector.testCase(c);
            io.out(`${sink.started ? ',' : `{"path":${JSON.stringify(file)},"cases":[`}${JSON.stringify(c)}`);
            sink.started = true;
        },
        testSuite(s) {
            collector.testSuite(s);
        }
    };
    return sink;
}
function jsonTail(result, collector, started) {
    const body = describe(result, collector);
    if (result.kind === 'tests') {
        const rest = JSON.stringify(body).slice(1, -1);
        return started ? `],${rest}}` : `{"path":${JSON.stringify(result.file)},"cases":[],${rest}}`;
    }
    return JSON.stringify({ path: result.file, ...body });
}
function describe(result, collector) {
    switch (result.kind) {
        case 'tests': {
            const s = collector.summary();
            return { format: result.format, tests: s.counts, suites: s.suites, problems: result.problems };
        }
        case 'coverage': {
            const totals = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageTotals */ .w)(result.report.files);
            const files = result.report.files.map((f) => ({ path: f.path, ...(0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageTotals */ .w)([f]) }));
            return { format: result.format, coverage: { ...totals, files, unplaced: result.report.unplaced, declared: result.report.declared ?? null }, problems: result.problems, warnings: result.warnings };
        }
        case 'findings':
            return { format: result.format, findings: findingsSummary(result.findings, result.suppressed), problems: result.problems, warnings: result.warnings };
        case 'metrics':
            return { format: result.format, metrics: Object.fromEntries(result.metrics.map((m) => [m.path, m.samples ? { value: m.value, samples: m.samples } : m.value])), problems: result.problems };
        case 'benchmarks':
            return { format: result.format, benchmarks: result.benchmarks, problems: result.problems, warnings: result.warnings };
        case 'unreadable':
            return { format: null, problems: result.problems };
    }
}
function findingsSummary(findings, suppressed) {
    const byLevel = {};
    const bySeverity = {};
    for (const f of findings) {
        byLevel[f.level] = (byLevel[f.level] ?? 0) + 1;
        if (f.severity)
            bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
    }
    return { total: findings.length, byLevel, bySeverity, suppressed, items: findings };
}
function human(result, collector) {
    const head = `${result.file}: ${result.kind === 'unreadable' ? 'unreadable' : result.format}`;
    switch (result.kind) {
        case 'tests': {
            const c = collector.summary().counts;
            return `${head} — ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(c.total, 'test')}: ${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped${c.flaky ? `, ${c.flaky} flaky` : ''}\n`;
        }
        case 'coverage': {
            const { files, declared, unplaced } = result.report;
            // A totals-only report (istanbul json-summary) has no line records: show what it declares.
            const t = files.length === 0 && declared ? { lines: declared.lines ?? NONE, branches: declared.branches ?? NONE } : (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coverageTotals */ .w)(files);
            const where = unplaced.length ? `; ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(unplaced.length, 'path')} not found in the repository` : '';
            const source = files.length === 0 && declared ? ' (declared totals; no line records)' : '';
            return `${head} — ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(files.length, 'file')}, lines ${pct(t.lines)}, branches ${pct(t.branches)}${source}${where}\n`;
        }
        case 'findings': {
            const s = findingsSummary(result.findings, result.suppressed);
            return `${head} — ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(result.findings.length, 'finding')} ${JSON.stringify(s.byLevel)}${result.suppressed ? `, ${result.suppressed} suppressed` : ''}\n`;
        }
        case 'metrics':
            return `${head} — ${result.metrics.map((m) => `${m.path}=${m.value}${m.unit ?? ''}`).join(', ')}\n`;
        case 'benchmarks':
            return `${head} — ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(result.benchmarks.length, 'benchmark')}: ${result.benchmarks.slice(0, 5).map((b) => `${b.name} ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .benchmarkValue */ .vh)(b.value, b.unit)}${b.samples ? ` (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(b.samples.length, 'sample')})` : ''}`).join('; ')}${result.benchmarks.length > 5 ? '; …' : ''}\n`;
        case 'unreadable':
            return `${head}\n`;
    }
}
const NONE = { covered: 0, total: 0 };
function pct(t) {
    return t.total ? `${(0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_6__/* .coveragePercent */ .q)(t)}% (${t.covered}/${t.total})` : 'n/a (0/0)';
}


/***/ })

};
