export const id = 638;
export const ids = [638];
export const modules = {

/***/ 99537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseCommand: () => (/* binding */ parseCommand)
/* harmony export */ });
/* harmony import */ var _engine_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34817);
/* harmony import */ var _ingest_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27995);
/* harmony import */ var _model_coverage_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56963);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99437);
/* harmony import */ var _model_test_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44204);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73312);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60826);








/**
 * `pipeline-gates parse FILE...`: detect each file's format and print what it holds. With --json
 * the test cases are written as they are read, so a 1 GB report never sits in memory. One file
 * prints one object; several print an array of them.
 */
async function parseCommand({ values, positionals }, io) {
    if (positionals.length === 0)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('parse needs at least one FILE. Run pipeline-gates parse --help for the options.');
    const options = { format: values.format, json: !!values.json };
    const root = process.cwd();
    const ctx = { repo: await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRepoPaths */ .$)(root) };
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_3__/* .reportFiles */ .I)(root);
    // A glob names the files it matches; a name that matches nothing is read as given, so a
    // missing file is reported as missing.
    const { matched, unmatched } = await (0,_engine_files_js__WEBPACK_IMPORTED_MODULE_0__/* .resolvePatterns */ .E)(positionals, files);
    const paths = [...matched, ...unmatched];
    let failed = false;
    const many = paths.length > 1;
    if (options.json && many)
        io.out('[');
    for (const [i, file] of paths.entries()) {
        if (options.json && i > 0)
            io.out(',');
        const collector = new _model_test_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .TestCollector */ .g({ maxCaseTimings: 0 });
        const sink = options.json ? streamingSink(collector, io, file) : collector;
        const result = await (0,_ingest_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readReport */ .t)(file, files.open, { ctx, tests: sink, ...(options.format ? { format: options.format } : {}) });
        const problems = 'problems' in result ? result.problems : [];
        failed ||= problems.length > 0;
        if (options.json)
            io.out(`${jsonTail(result, collector, !!sink.started)}`);
        else
            io.out(human(result, collector));
        for (const p of problems)
            io.err(`error: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .V)(p)}\n`);
        for (const w of 'warnings' in result ? result.warnings : [])
            io.err(`warning: ${(0,_model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .formatProblem */ .V)(w)}\n`);
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
        },
        declared(d) {
            collector.declared(d);
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
            return { format: result.format, tests: s.counts, suites: s.suites, problems: result.problems, warnings: result.warnings };
        }
        case 'coverage': {
            const totals = (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_7__/* .coverageTotals */ .w)(result.report.files);
            const files = result.report.files.map((f) => ({ path: f.path, ...(0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_7__/* .coverageTotals */ .w)([f]) }));
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
        case 'skipped':
            return { format: result.format, skipped: true, problems: [], warnings: result.warnings };
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
            return `${head} — ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(c.total, 'test')}: ${c.passed} passed, ${c.failed} failed, ${c.errors} errors, ${c.skipped} skipped${c.flaky ? `, ${c.flaky} flaky` : ''}\n`;
        }
        case 'coverage': {
            const { files, declared, unplaced } = result.report;
            // A totals-only report (istanbul json-summary) has no line records: show what it declares.
            const t = files.length === 0 && declared ? { lines: declared.lines ?? NONE, branches: declared.branches ?? NONE } : (0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_7__/* .coverageTotals */ .w)(files);
            const where = unplaced.length ? `; ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(unplaced.length, 'path')} not found in the repository` : '';
            const source = files.length === 0 && declared ? ' (declared totals; no line records)' : '';
            return `${head} — ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(files.length, 'file')}, lines ${pct(t.lines)}, branches ${pct(t.branches)}${source}${where}\n`;
        }
        case 'findings': {
            const s = findingsSummary(result.findings, result.suppressed);
            return `${head} — ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(result.findings.length, 'finding')} ${JSON.stringify(s.byLevel)}${result.suppressed ? `, ${result.suppressed} suppressed` : ''}\n`;
        }
        case 'metrics':
            return `${head} — ${result.metrics.map((m) => `${m.path}=${m.value}${m.unit ?? ''}`).join(', ')}\n`;
        case 'benchmarks':
            return `${head} — ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(result.benchmarks.length, 'benchmark')}: ${result.benchmarks.slice(0, 5).map((b) => `${b.name} ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .benchmarkValue */ .vh)(b.value, b.unit)}${b.samples ? ` (${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(b.samples.length, 'sample')})` : ''}`).join('; ')}${result.benchmarks.length > 5 ? '; …' : ''}\n`;
        case 'unreadable':
        case 'skipped':
            return `${head}\n`;
    }
}
const NONE = { covered: 0, total: 0 };
function pct(t) {
    return t.total ? `${(0,_model_coverage_js__WEBPACK_IMPORTED_MODULE_7__/* .coveragePercent */ .q)(t)}% (${t.covered}/${t.total})` : 'n/a (0/0)';
}


/***/ }),

/***/ 73750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   Np: () => (/* binding */ cap),
/* harmony export */   Xo: () => (/* binding */ boundedNumber),
/* harmony export */   YA: () => (/* binding */ seconds),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   fN: () => (/* binding */ score),
/* harmony export */   rD: () => (/* binding */ wholeNumber),
/* harmony export */   yu: () => (/* binding */ inputName),
/* harmony export */   zO: () => (/* binding */ fraction)
/* harmony export */ });
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99437);

const flagName = (key) => `--${key}`;
const inputName = (key) => `input "${key}"`;
/** A name at the start of a sentence: `Input "shards" must …`. */
function cap(name) {
    return name.charAt(0).toUpperCase() + name.slice(1);
}
/** A whole number ≥ 0 (`"10"`), or undefined when not given. */
function wholeNumber(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
/** A whole number in [min, max], or undefined when not given. */
function boundedNumber(raw, name, min, max, what = `a whole number from ${min} to ${max}`) {
    const n = wholeNumber(raw, name);
    if (n !== undefined && (n < min || n > max))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be ${what}, got "${raw}".`);
    return n;
}
/** Seconds ≥ 0 (fractions allowed), or undefined when not given. */
function seconds(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a number of seconds ≥ 0, got "${raw}".`);
    return n;
}
/** A fraction: (0, 1) for a level such as q, [0, 1) for an effect such as min-effect. */
function fraction(raw, name, zeroOk) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n >= 1 || n < 0 || (!zeroOk && n === 0)) {
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a fraction ${zeroOk ? '≥ 0' : '> 0'} and < 1 (e.g. 0.03 for 3%), got "${raw}".`);
    }
    return n;
}
/** A score from 0 to 100 (canary thresholds), or undefined when not given. */
function score(raw, name) {
    if (raw === undefined || raw === '')
        return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be a score from 0 to 100, got "${raw}".`);
    return n;
}
/** One of the allowed words (case-insensitive), or undefined when not given. */
function choice(raw, name, allowed) {
    if (raw === undefined || raw === '')
        return undefined;
    const value = raw.toLowerCase();
    if (!allowed.includes(value))
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${cap(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
    return value;
}


/***/ })

};
