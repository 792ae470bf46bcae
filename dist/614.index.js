export const id = 614;
export const ids = [614];
export const modules = {

/***/ 94027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareCommand: () => (/* binding */ compareCommand)
});

// EXTERNAL MODULE: ./src/config/values.ts
var config_values = __webpack_require__(73750);
// EXTERNAL MODULE: ./src/gates/performance-gate.ts + 4 modules
var performance_gate = __webpack_require__(45572);
// EXTERNAL MODULE: ./src/ingest/read.ts + 49 modules
var read = __webpack_require__(27995);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/engine/files.ts
var files = __webpack_require__(34817);
;// CONCATENATED MODULE: ./src/engine/compare-job.ts





function compareSettings(o, name) {
    for (const side of ['base', 'head'])
        if (!o[side]?.length)
            throw new problems/* UsageError */.e(`compare needs ${name(side)} FILE (one or more benchmark files).`);
    return {
        base: o.base ?? [],
        head: o.head ?? [],
        q: (0,config_values/* fraction */.zO)(o.q, name('q'), false) ?? 0.01,
        minEffect: (0,config_values/* fraction */.zO)(o['min-effect'], name('min-effect'), true) ?? 0.03,
        ...(o.format ? { format: o.format } : {}),
        name
    };
}
async function runCompareJob(s, io) {
    const warnings = [];
    const base = await readSide(s.base, s.name('base'), s.format, io, warnings);
    const head = await readSide(s.head, s.name('head'), s.format, io, warnings);
    const { comparisons, gate } = (0,performance_gate/* evaluatePerformanceGate */.h)({ head, base }, { action: 'block', historyAction: 'warn', q: s.q, minEffect: s.minEffect, maxRegression: {} });
    const onlyInBase = [...new Set(base.map((b) => b.name))].filter((n) => !comparisons.some((c) => c.name === n));
    return { comparisons, gate, onlyInBase, warnings };
}
async function readSide(patterns, name, format, io, warnings) {
    const out = [];
    for (const file of await (0,files/* requireFiles */.P)(patterns, io.files, name)) {
        const r = await (0,read/* readReport */.t)(file, io.files.open, { ctx: { repo: io.repo }, kind: 'benchmarks', ...(format ? { format } : {}) });
        if (r.kind === 'unreadable' || r.problems.length)
            throw new problems/* UsageError */.e(`${(0,config_values/* cap */.Np)(name)} ${file} could not be read as benchmark results.`, r.problems);
        if (r.kind !== 'benchmarks')
            continue;
        warnings.push(...r.warnings);
        if (r.benchmarks.length === 0)
            throw new problems/* UsageError */.e(`${(0,config_values/* cap */.Np)(name)} ${file} (${r.format}) holds no benchmark results.`);
        out.push(...r.benchmarks);
    }
    return out;
}

// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(73312);
// EXTERNAL MODULE: ./src/cli/streams.ts + 1 modules
var streams = __webpack_require__(97310);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
;// CONCATENATED MODULE: ./src/cli/compare.ts







/**
 * `pipeline-gates compare --base GLOB... --head GLOB...`: the compare job on local benchmark files.
 * Exit 1 when a benchmark regressed, 0 otherwise, 2 when a file cannot be read.
 */
async function compareCommand(values, io) {
    const settings = compareSettings(values, config_values/* flagName */.GI);
    const root = process.cwd();
    const result = await runCompareJob(settings, { files: (0,report_files/* reportFiles */.I)(root), repo: await (0,repo/* loadRepoPaths */.$)(root) });
    for (const w of result.warnings)
        io.err(`warning: ${(0,problems/* formatProblem */.V)(w)}\n`);
    const { comparisons, gate, onlyInBase } = result;
    if (values.json) {
        io.out(`${JSON.stringify({ q: settings.q, minEffect: settings.minEffect, benchmarks: comparisons.map(jsonOf), onlyInBase }, null, 2)}\n`);
    }
    else {
        io.out(table(comparisons));
        if (onlyInBase.length)
            io.out(`\nOnly in the base (removed?): ${onlyInBase.join(', ')}\n`);
        io.out(`\n${gate.message}\n`);
    }
    return comparisons.some((c) => c.verdict === 'regression') ? streams/* EXIT */.dc.failed : streams/* EXIT */.dc.passed;
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
        c.ratio === null ? '—' : `×${(0,format/* sig3 */.tH)(c.ratio)}`,
        c.ci ? `×${(0,format/* sig3 */.tH)(c.ci[0])} – ×${(0,format/* sig3 */.tH)(c.ci[1])}` : '—',
        c.qValue === null ? '—' : c.qValue.toPrecision(2),
        `${c.samples.base}/${c.samples.head}`
    ]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
    const line = (r) => r.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
    const reasons = rows.filter((c) => c.verdict === 'insufficient').map((c) => `  ${c.name}: ${c.reason}`);
    return `${[line(head), ...body.map(line)].join('\n')}\n${reasons.length ? `\nNot judged:\n${reasons.join('\n')}\n` : ''}`;
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


/***/ }),

/***/ 47088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ concludeVerdict),
/* harmony export */   Us: () => (/* binding */ isBlocking),
/* harmony export */   l1: () => (/* binding */ failureStatus)
/* harmony export */ });
/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */
/**
 * A failed gate with action `block` (or `require-approval`, not yet approved) fails the run; `warn`
 * failures only warn. With `neutralOnWarnings`, a run with warnings and no blocking failure
 * concludes `neutral` (a grey check) instead of `success`.
 */
function concludeVerdict(gates, options = {}) {
    const blocked = gates.some(isBlocking);
    const warned = gates.some((g) => g.status === 'warning');
    const conclusion = blocked ? 'failure' : warned && options.neutralOnWarnings ? 'neutral' : 'success';
    return { conclusion, passed: !blocked, gates };
}
/** The status of a gate whose condition does not hold: warn only warns; block and require-approval fail. */
function failureStatus(action) {
    return action === 'warn' ? 'warning' : 'failed';
}
function isBlocking(g) {
    return g.status === 'failed' && (g.action === 'block' || g.action === 'require-approval');
}


/***/ })

};
