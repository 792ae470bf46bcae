export const id = 628;
export const ids = [628];
export const modules = {

/***/ 64711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ku: () => (/* binding */ matchingNote),
  ZB: () => (/* binding */ planSettings),
  wZ: () => (/* binding */ runPlanJob)
});

// UNUSED EXPORTS: JEST_FILE_ATTRIBUTE, LOW_MATCH, buildPlan

// EXTERNAL MODULE: ./src/model/globs.ts
var model_globs = __webpack_require__(40098);
// EXTERNAL MODULE: ./src/config/values.ts
var values = __webpack_require__(73750);
// EXTERNAL MODULE: ./src/model/test-summary.ts
var test_summary = __webpack_require__(44204);
// EXTERNAL MODULE: ./src/ingest/stream/json-stream.ts + 1 modules
var json_stream = __webpack_require__(96138);
// EXTERNAL MODULE: ./src/ingest/read.ts + 49 modules
var read = __webpack_require__(27995);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
// EXTERNAL MODULE: ./src/ingest/seconds.ts
var ingest_seconds = __webpack_require__(82561);
// EXTERNAL MODULE: ./src/ingest/warnings.ts
var ingest_warnings = __webpack_require__(8883);
;// CONCATENATED MODULE: ./src/ingest/timings.ts






async function readTimings(file, open, ctx) {
    const head = await firstBytes(open(file));
    if (/^\s*[{]/.test(head))
        return readTimingJson(file, open);
    const producer = /<testsuites\b[^>]*\bname="jest tests"/.test(head) ? 'jest-junit' : undefined;
    const collector = new test_summary/* TestCollector */.g({ maxCaseTimings: Number.MAX_SAFE_INTEGER, maxKeptFailures: 0, detailsBudget: 0 });
    const result = await (0,read/* readReport */.t)(file, open, { ctx, tests: collector, kind: 'tests' });
    const summary = collector.summary();
    const format = result.kind === 'tests' ? result.format : 'unknown';
    const warnings = 'warnings' in result ? result.warnings : [];
    return { file, format, cases: summary.caseSeconds ?? new Map(), files: summary.fileSeconds, problems: result.problems, warnings, tests: summary.counts.total, ...(producer ? { producer } : {}) };
}
/** pytest-split ids hold "::" and give cases; Knapsack keys are spec files and give files. */
async function readTimingJson(file, open) {
    const entries = new Map();
    const warnings = new ingest_warnings/* Warnings */.e(file);
    const read = await (0,json_stream/* streamJson */.fM)(file, open(file), ['$.*'], ({ path, value, start }, locator) => {
        const key = path[0];
        if (typeof key !== 'string')
            throw new json_stream/* JsonContentError */._l('expected an object of test name → seconds');
        const seconds = (0,ingest_seconds/* checkSeconds */.Yx)(value);
        if (seconds === undefined)
            warnings.add((0,ingest_seconds/* badTime */.Fo)(value, (0,excerpt/* excerpt */.Kb)(key)), locator.locate(start));
        else
            entries.set(key, seconds);
    });
    const problems = read.problem ? [read.problem] : read.root !== 'object' ? [{ file, message: 'expected a JSON object of test name → seconds (pytest-split .test_durations or a Knapsack report)' }] : [];
    const isPytest = [...entries.keys()].some((k) => k.includes('::'));
    if (!isPytest)
        return { file, format: 'knapsack', cases: new Map(), files: entries, problems, warnings: warnings.list() };
    const files = new Map();
    for (const [id, seconds] of entries) {
        const f = id.slice(0, id.indexOf('::') === -1 ? id.length : id.indexOf('::'));
        files.set(f, (files.get(f) ?? 0) + seconds);
    }
    return { file, format: 'pytest-split', cases: entries, files, problems, warnings: warnings.list() };
}
async function firstBytes(source) {
    // enough for the XML declaration and the root element's attributes
    for await (const chunk of source)
        return new TextDecoder().decode(chunk.subarray(0, 512)).replace(/^\uFEFF/, '');
    return '';
}

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/planner/document.ts
var planner_document = __webpack_require__(54087);
// EXTERNAL MODULE: ./src/planner/index.ts + 5 modules
var planner = __webpack_require__(54135);
// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
// EXTERNAL MODULE: ./src/engine/files.ts
var files = __webpack_require__(34817);
;// CONCATENATED MODULE: ./src/engine/plan-job.ts








/** The typed settings, or a UsageError naming the option as the user gave it. */
function planSettings(o, configId, name) {
    return {
        configId,
        granularity: (0,values/* choice */.Yq)(o.granularity, name('granularity'), ['file', 'case']) ?? 'file',
        shards: shardCount(o, name),
        tests: { globs: o.tests ?? [], ...(o['tests-file'] ? { file: o['tests-file'] } : {}), ...(o['tests-command'] ? { command: o['tests-command'] } : {}) },
        timings: o.timings ?? [],
        name
    };
}
/** `N`, or `auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
function shardCount(o, name) {
    if (o.shards === undefined || o.shards === '')
        throw new problems/* UsageError */.e(`plan needs ${name('shards')} N or ${name('shards')} auto ${name('target-seconds')} S.`);
    if (o.shards !== 'auto') {
        const n = (0,values/* boundedNumber */.Xo)(o.shards, name('shards'), 1, 256, 'a number from 1 to 256, or auto');
        return n;
    }
    const targetSeconds = (0,values/* seconds */.YA)(o['target-seconds'], name('target-seconds'));
    if (targetSeconds === undefined)
        throw new problems/* UsageError */.e(`${(0,values/* cap */.Np)(name('shards'))} auto needs ${name('target-seconds')} (the wall time one shard job should stay under).`);
    const maxShards = (0,values/* boundedNumber */.Xo)(o['max-shards'], name('max-shards'), 1, 256) ?? 256;
    return { targetSeconds, overheadSeconds: (0,values/* seconds */.YA)(o['overhead-seconds'], name('overhead-seconds')) ?? 0, maxShards };
}
async function runPlanJob(settings, io) {
    const tests = await listTests(settings, io);
    const timings = [];
    const warnings = [];
    for (const file of await (0,files/* requireFiles */.P)(settings.timings, io.files, settings.name('timings'))) {
        const t = await readTimings(file, io.files.open, { repo: io.repo });
        if (t.problems.length)
            throw new problems/* UsageError */.e(`Timings file ${file} could not be read.`, t.problems);
        warnings.push(...(t.warnings ?? []).map(problems/* formatProblem */.V));
        timings.push(t);
    }
    const history = io.history ? await io.history.restore() : undefined;
    warnings.push(...(history?.warnings ?? []));
    const started = io.clock?.();
    const result = buildPlan(settings, {
        tests,
        timings,
        ...(history?.history ? { history: history.history } : {}),
        ...(io.previous ? { previous: io.previous } : {}),
        root: io.root,
        runId: io.runId,
        now: io.now
    });
    const planningMs = started === undefined || !io.clock ? undefined : io.clock() - started;
    const historyMiss = !!history && !history.history && !history.warnings.length;
    return { ...result, warnings, historyMiss, ...(planningMs !== undefined ? { planningMs } : {}) };
}
/** The tests to plan, as listed; an empty list is an error naming where we looked. */
async function listTests(settings, io) {
    const { globs, file, command } = settings.tests;
    const { name } = settings;
    if (!globs.length && !file && !command)
        throw new problems/* UsageError */.e(`No tests to plan: give ${name('tests')}, ${name('tests-file')} or ${name('tests-command')}.`);
    const tests = [...(await (0,files/* resolvePatterns */.E)(globs, io.files)).matched];
    if (file)
        tests.push(...(0,planner/* parseTestList */.Yv)(await io.readTestsFile(file)));
    if (command)
        tests.push(...(0,planner/* parseTestList */.Yv)(await io.testsCommandOutput(command)));
    if (tests.length === 0) {
        const where = [...(0,model_globs/* splitPatterns */.sb)(globs).include.map((g) => `"${g}"`), file, command && `the output of "${command}"`].filter(Boolean).join(', ');
        throw new problems/* UsageError */.e(`No tests found: ${where} listed none.`);
    }
    return tests;
}
/** Never a silent fallback: how much of the plan rests on real timings, when that is worth saying. */
function matchingNote(plan) {
    if (plan.matchedShare === 0)
        return { level: 'warning', text: 'No test had timings yet: the shards are split evenly by count. History fills in after the first default-branch run with the gate job.' };
    if (plan.matchedShare < 0.8)
        return { level: 'notice', text: `Timings matched ${(0,format/* percent */.KN)(plan.matchedShare, 1)} of tests; ${plan.unmatched.slice(0, 3).join(', ')}${plan.unmatched.length > 3 ? ' …' : ''} had none.` };
    return undefined;
}
/** Below this share of tests with timings, the summary explains a known cause. */
const LOW_MATCH = 0.5;
const JEST_FILE_ATTRIBUTE = 'JEST_JUNIT_ADD_FILE_ATTRIBUTE=true';
/** Tests + timings + previous plan → the pinned plan. Pure apart from the data it is given. */
function buildPlan(settings, sources) {
    const key = keyFor(settings.granularity, sources.root);
    const tests = [...new Set(sources.tests.map(key))].sort();
    const history = snapshots(settings.granularity, sources, key);
    const previous = previousPlan(settings.granularity, sources, key);
    const plan = (0,planner/* planShards */.tF)({
        tests,
        history: history.snapshots,
        ...(previous.plan ? { previous: previous.plan } : {}),
        shards: settings.shards,
        ...(settings.margin !== undefined ? { margin: settings.margin } : {})
    });
    const document = (0,planner_document/* toPlanDocument */.CF)(plan, { configId: settings.configId, runId: sources.runId, createdAt: sources.now.toISOString(), granularity: settings.granularity });
    const hints = plan.matchedShare < LOW_MATCH ? fileNameHints(sources, history.fileless) : [];
    return { plan, document, notes: [...history.notes, ...previous.notes], hints };
}
/**
 * Timings are matched by file, so a report that names no files (jest-junit's default) matches
 * nothing: "Timings matched 16.7%" with no reason given loses people. Say which report and the fix.
 */
function fileNameHints(sources, filelessRuns) {
    const hints = [];
    for (const t of sources.timings) {
        if (t.files.size > 0 || !t.tests)
            continue;
        hints.push(t.producer === 'jest-junit'
            ? `${t.file} looks like jest-junit output without file names, so none of its ${t.tests} test times could be matched: run jest with ${JEST_FILE_ATTRIBUTE} (or addFileAttribute: "true" in the jest-junit reporter options).`
            : `${t.file} has ${t.tests} test times but no file names (the testcase file attribute), so none could be matched; with jest-junit, set ${JEST_FILE_ATTRIBUTE}.`);
    }
    if (filelessRuns > 0) {
        hints.push(`${filelessRuns} ${filelessRuns === 1 ? 'run' : 'runs'} in history recorded no test files: the JUnit reports the gate read name none. With jest-junit, set ${JEST_FILE_ATTRIBUTE} in the test job.`);
    }
    return hints;
}
/** The same test named the same way whatever source it came from: repo-relative, `/`-separated. */
function keyFor(granularity, root) {
    return (raw) => {
        const file = (0,planner/* normalizeTestPath */.pf)((0,planner/* fileOf */.W7)(raw), root);
        if (granularity === 'file')
            return file;
        const sep = raw.indexOf('::');
        return sep === -1 ? file : `${file}${raw.slice(sep)}`;
    };
}
function snapshots(granularity, sources, key) {
    const out = [];
    const notes = [];
    for (const t of sources.timings) {
        const source = granularity === 'file' ? t.files : t.cases.size ? t.cases : t.files;
        out.push(rekey(source, key, granularity));
        notes.push(`timings: ${t.file} (${t.format}, ${source.size} entries)`);
    }
    const runs = sources.history?.runs ?? [];
    let used = 0;
    let fileless = 0;
    for (const run of runs) {
        const record = granularity === 'file' ? run.files : run.tests;
        if (run.tests && Object.keys(run.tests).length > 0 && (!run.files || Object.keys(run.files).length === 0))
            fileless++;
        if (!record || Object.keys(record).length === 0)
            continue;
        out.push(rekey(new Map(Object.entries(record)), key, granularity));
        used++;
    }
    if (runs.length)
        notes.push(`timings: ${used} of ${runs.length} runs in history`);
    return { snapshots: out, notes, fileless };
}
/** Keys normalised; case timings summed per file when planning by file. */
function rekey(source, key, granularity) {
    const out = new Map();
    for (const [raw, seconds] of source) {
        const k = key(raw);
        out.set(k, granularity === 'file' ? (out.get(k) ?? 0) + seconds : seconds);
    }
    return out;
}
function previousPlan(granularity, sources, key) {
    if (sources.previous) {
        if (sources.previous.granularity !== granularity)
            return { notes: [`previous plan ignored: it was by ${sources.previous.granularity}, this plan is by ${granularity}`] };
        return { plan: { shards: sources.previous.shards.length, assignment: rekey((0,planner_document/* assignmentOf */.tq)(sources.previous), key, 'case') }, notes: ['previous plan: given'] };
    }
    const recorded = sources.history?.plan;
    if (!recorded)
        return { notes: [] };
    if (recorded.granularity !== granularity)
        return { notes: [`previous plan in history ignored: it was by ${recorded.granularity}`] };
    return { plan: { shards: recorded.shards, assignment: new Map(Object.entries(recorded.assignment)) }, notes: ['previous plan: from history'] };
}


/***/ }),

/***/ 71361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XE: () => (/* binding */ pinnedPlanKey),
/* harmony export */   Zz: () => (/* binding */ CachePlanStore),
/* harmony export */   vR: () => (/* binding */ FilePlanStore)
/* harmony export */ });
/* unused harmony export readPlanFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54087);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24664);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69362);






/**
 * One cache entry per workflow run: `pipeline-gates-plan-v1:<config-id>:<run-id>`. Re-running
 * failed jobs keeps the run id, so shard jobs find the same plan; a second plan job in the same run
 * finds it too and reuses it instead of recomputing.
 */
function pinnedPlanKey(configId, runId) {
    return `pipeline-gates-plan-v1:${configId}:${runId}`;
}
/** The plan job and the matrix jobs may run on different operating systems. */
const CROSS_OS = true;
class CachePlanStore {
    description;
    cachePath;
    dir;
    key;
    constructor(configId, runId) {
        this.key = pinnedPlanKey(configId, runId);
        // The cache version hashes this literal path: identical on save and restore, on every runner.
        this.cachePath = `~/.pipeline-gates/plan/${configId}`;
        this.dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir(), '.pipeline-gates', 'plan', configId);
        this.description = `Actions cache key ${this.key}`;
    }
    async load() {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(838), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return { problem: 'the Actions cache service is not available here' };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(this.dir, { recursive: true, force: true });
        let hit;
        try {
            // Exact key only: a plan from another run must never stand in for this run's.
            hit = await cache.restoreCache([this.cachePath], this.key, [], {}, CROSS_OS);
        }
        catch (err) {
            return { problem: `restoring the plan failed: ${err.message}` };
        }
        if (hit !== this.key)
            return {};
        return readPlanFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'plan.json'));
    }
    async save(plan) {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(147), __webpack_require__.e(838), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            return { saved: false, detail: 'the Actions cache service is not available' };
        await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonFile */ .An)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, 'plan.json'), plan);
        try {
            const id = await cache.saveCache([this.cachePath], this.key, {}, CROSS_OS);
            return id === -1 ? { saved: false, detail: `cache key ${this.key} exists already` } : { saved: true, detail: `cache key ${this.key}` };
        }
        catch (err) {
            return { saved: false, detail: `saving the plan failed: ${err.message}` };
        }
    }
}
/** A plan in a file (CLI: --out / --plan / --previous-plan). */
class FilePlanStore {
    file;
    description;
    constructor(file) {
        this.file = file;
        this.description = `file ${file}`;
    }
    load() {
        return readPlanFile(this.file);
    }
    async save(plan) {
        await (0,_local_store_js__WEBPACK_IMPORTED_MODULE_4__/* .writeJsonFile */ .An)(this.file, plan);
        return { saved: true, detail: `written to ${this.file}` };
    }
}
async function readPlanFile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        return { problem: `${file} could not be read: ${err.code === 'ENOENT' ? 'it does not exist' : err.message}` };
    }
    try {
        const read = (0,_planner_document_js__WEBPACK_IMPORTED_MODULE_3__/* .readPlanDocument */ .rk)(JSON.parse(text));
        return read.ok ? { plan: read.plan } : { problem: `${file} is ${read.reason}` };
    }
    catch (err) {
        return { problem: `${file} is not valid JSON: ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonSyntaxError */ .UQ)(err)}` };
    }
}


/***/ }),

/***/ 54087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ toPlanDocument),
/* harmony export */   rk: () => (/* binding */ readPlanDocument),
/* harmony export */   tq: () => (/* binding */ assignmentOf)
/* harmony export */ });
/* unused harmony export PLAN_SCHEMA */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60826);


/**
 * The pinned plan: written once by the plan job, read by every shard job of the same run (and by
 * the gate job, to report realised shard times), so a re-run of failed jobs repeats the same split.
 */
const PLAN_SCHEMA = 'pipeline-gates/plan';
const planDocument = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(PLAN_SCHEMA),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1),
    configId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    createdAt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    granularity: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['file', 'case']),
    shards: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ index: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1), tests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), estimatedSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative() })).min(1),
    floorSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    makespanSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    efficiency: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    matchedShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    matchedTimeShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    newTests: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    moved: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr(),
    unmatched: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/**
 * The plan as stored and printed: seconds to the millisecond and shares to 0.01% (far below
 * timing noise, and `2.398` rather than `2.3979999999999997`); the planner keeps full precision.
 */
function toPlanDocument(plan, meta) {
    const share = (x) => (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .roundHalfUp */ .bS)(x, 4);
    return {
        schema: PLAN_SCHEMA,
        version: 1,
        ...meta,
        shards: plan.shards.map((s) => ({ index: s.index, tests: [...s.tests], estimatedSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(s.estimatedSeconds) })),
        floorSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.floorSeconds),
        makespanSeconds: (0,_model_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.makespanSeconds),
        efficiency: share(plan.efficiency),
        matchedShare: share(plan.matchedShare),
        matchedTimeShare: share(plan.matchedTimeShare),
        newTests: plan.newTests,
        moved: plan.moved,
        unmatched: [...plan.unmatched]
    };
}
function readPlanDocument(json) {
    const parsed = planDocument.safeParse(json);
    if (parsed.success)
        return { ok: true, plan: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `not a Pipeline Gates plan${issue?.path.length ? ` (at ${issue.path.join('.')})` : ''}: ${issue?.message ?? 'invalid'}` };
}
/** Test key → 1-based shard, for stickiness and for attributing realised times. */
function assignmentOf(plan) {
    const out = new Map();
    for (const s of plan.shards)
        for (const t of s.tests)
            out.set(t, s.index);
    return out;
}


/***/ }),

/***/ 54135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AG: () => (/* reexport */ NEAR_BEST),
  W7: () => (/* reexport */ fileOf),
  pf: () => (/* reexport */ normalizeTestPath),
  Yv: () => (/* reexport */ parseTestList),
  tF: () => (/* reexport */ planShards)
});

// UNUSED EXPORTS: DEFAULT_MARGIN, DEFAULT_SECONDS, DEFAULT_WINDOW, MAX_SHARDS, aggregateToFiles, estimateTests, folderOf

;// CONCATENATED MODULE: ./src/planner/balance.ts
/**
 * The balancing moves behind `planShards`, on typed arrays so 100,000 tests stay inside a
 * planning budget of 100 ms. Tests are indices into the caller's list, which `longestFirst`
 * orders by estimate (longest first) and then by key, so every tie below that falls back to the
 * lower index falls back to the key: the same input always gives the same plan. Shards are
 * 0-based here; the plan adds 1.
 */
/** Moves and swaps that change loads by less than this share of the makespan are noise. */
const EPSILON = 1e-9;
/** The improvement pass stops this close to the lower bound (0.01%). */
const CLOSE_ENOUGH = 1e-4;
/** Below this many tests a comparator sort is cheaper than the radix passes' 64 Ki counters. */
const RADIX_FROM = 4096;
/**
 * The distinct tests, longest first, ties by key: indices into `keys`. A comparator sort of
 * 100,000 indices costs more than the rest of planning together, so large lists are first put in
 * order of their estimate rounded to single precision by a two-pass radix sort (linear, stable),
 * and only runs that round alike (2⁻²⁴ apart, or equal) are sorted by exact estimate and key.
 * Repeated keys have equal estimates, so they meet in such a run and are dropped there.
 */
function longestFirst(est, keys) {
    const n = est.length;
    const single = new Float32Array(n);
    single.set(est);
    const bits = new Uint32Array(single.buffer); // ≥ 0, so the bits order like the values
    const items = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        bits[i] = n < RADIX_FROM ? 0 : ~bits[i] >>> 0; // descending; small lists: one run, sorted below
        items[i] = i;
    }
    const order = n < RADIX_FROM ? items : radixSort(bits, radixSort(bits, items, 0), 16);
    let count = 0;
    for (let p = 0; p < n;) {
        let end = p + 1; // order[p..end) round alike
        while (end < n && bits[order[end]] === bits[order[p]])
            end++;
        if (end - p === 1)
            order[count++] = order[p];
        else {
            const run = Array.from(order.subarray(p, end)).sort((a, b) => est[b] - est[a] || compareKeys(keys[a], keys[b]));
            for (let r = 0; r < run.length; r++)
                if (r === 0 || keys[run[r]] !== keys[run[r - 1]])
                    order[count++] = run[r];
        }
        p = end;
    }
    return order.subarray(0, count);
}
/** One stable counting pass over 16 bits of `bits[i]`, starting at bit `shift`. */
function radixSort(bits, items, shift) {
    const counts = new Uint32Array(65537);
    for (let p = 0; p < items.length; p++)
        counts[((bits[items[p]] >>> shift) & 0xffff) + 1]++;
    for (let d = 1; d < counts.length; d++)
        counts[d] += counts[d - 1];
    const out = new Uint32Array(items.length);
    for (let p = 0; p < items.length; p++) {
        const i = items[p];
        out[counts[(bits[i] >>> shift) & 0xffff]++] = i;
    }
    return out;
}
function compareKeys(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Longest processing time first: each test, longest first (the caller's order), onto the
 * currently lightest shard (a heap; equal loads go to the shard with fewer tests, so zero-second
 * tests spread out and no shard is left empty, then by index). Tests already placed
 * (`shardOf[i] >= 0`) stay where they are and count toward their shard: that is how new tests
 * join a sticky plan.
 */
function greedy(est, k, shardOf = new Int32Array(est.length).fill(-1)) {
    const loads = new Float64Array(k);
    const counts = new Int32Array(k);
    for (let i = 0; i < shardOf.length; i++) {
        if (shardOf[i] < 0)
            continue;
        loads[shardOf[i]] += est[i];
        counts[shardOf[i]]++;
    }
    const heap = new Int32Array(k);
    for (let s = 0; s < k; s++)
        heap[s] = s;
    for (let s = (k >> 1) - 1; s >= 0; s--)
        siftDown(heap, loads, counts, s);
    for (let i = 0; i < shardOf.length; i++) {
        if (shardOf[i] >= 0)
            continue;
        const s = heap[0];
        shardOf[i] = s;
        loads[s] += est[i];
        counts[s]++;
        siftDown(heap, loads, counts, 0);
    }
    return { shardOf, loads };
}
/** Moves the shard at `at` down to its place (the "hole" variant: one write per level). */
function siftDown(heap, loads, counts, at) {
    const shard = heap[at];
    for (;;) {
        let child = 2 * at + 1;
        if (child >= heap.length)
            break;
        if (child + 1 < heap.length && lighter(loads, counts, heap[child + 1], heap[child]))
            child++;
        if (!lighter(loads, counts, heap[child], shard))
            break;
        heap[at] = heap[child];
        at = child;
    }
    heap[at] = shard;
}
function lighter(loads, counts, a, b) {
    if (loads[a] !== loads[b])
        return loads[a] < loads[b];
    return counts[a] !== counts[b] ? counts[a] < counts[b] : a < b;
}
/**
 * A kept plan whose shard lost all its tests (and got no new ones) would run an empty job: give
 * each empty shard the largest test of the slowest shard that has two or more. Neither shard ends
 * above where the slowest was, so this never hurts the makespan.
 */
function fillEmpty(est, a) {
    const counts = new Int32Array(a.loads.length);
    for (let i = 0; i < a.shardOf.length; i++)
        counts[a.shardOf[i]]++;
    if (!counts.includes(0))
        return;
    const members = membersOf(a);
    for (let empty = 0; empty < members.length; empty++) {
        if (members[empty].length > 0)
            continue;
        let from = -1;
        for (let s = 0; s < members.length; s++)
            if (members[s].length > 1 && (from < 0 || a.loads[s] > a.loads[from]))
                from = s;
        if (from < 0)
            return; // fewer tests than shards: the caller shrinks the count first
        const list = members[from];
        const out = list[list.length - 1];
        apply(est, a, members, from, empty, { out, delta: est[out] });
    }
}
/** Shard members, each list by estimate ascending: the tests come longest first, so backwards. */
function membersOf(a) {
    const members = Array.from({ length: a.loads.length }, () => []);
    for (let i = a.shardOf.length - 1; i >= 0; i--)
        members[a.shardOf[i]].push(i);
    return members;
}
function slowest(loads) {
    let best = 0;
    for (let s = 1; s < loads.length; s++)
        if (loads[s] > loads[best])
            best = s;
    return best;
}
function lightest(loads) {
    let best = 0;
    for (let s = 1; s < loads.length; s++)
        if (loads[s] < loads[best])
            best = s;
    return best;
}
/** First position in `list` (ascending by est) whose estimate is ≥ `value` (> with `strict`). */
function lowerBound(est, list, value, strict = false) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const e = est[list[mid]];
        if (e < value || (strict && e === value))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function apply(est, a, members, from, to, step) {
    const moveOne = (i, src, dst) => {
        const list = members[src];
        list.splice(list.indexOf(i), 1);
        const target = members[dst];
        target.splice(lowerBound(est, target, est[i]), 0, i);
        a.shardOf[i] = dst;
    };
    moveOne(step.out, from, to);
    if (step.back !== undefined)
        moveOne(step.back, to, from);
    a.loads[from] -= step.delta;
    a.loads[to] += step.delta;
}
/**
 * The move or swap between `from` and `to` whose load change is nearest `ideal`, among those with
 * a change strictly inside (0, `limit`). Moves are tried first and win ties, since they touch one
 * test instead of two.
 */
function bestStep(est, members, from, to, ideal, limit) {
    let best;
    const consider = (step) => {
        if (step.delta <= 0 || step.delta >= limit)
            return;
        if (!best || Math.abs(step.delta - ideal) < Math.abs(best.delta - ideal))
            best = step;
    };
    const src = members[from];
    const dst = members[to];
    const at = lowerBound(est, src, ideal);
    for (const p of [at - 1, at])
        if (p >= 0 && p < src.length)
            consider({ out: src[p], delta: est[src[p]] });
    for (const out of src) {
        // the incoming test nearest est[out] − ideal keeps the swap's change nearest ideal
        const q = lowerBound(est, dst, est[out] - ideal);
        for (const p of [q - 1, q])
            if (p >= 0 && p < dst.length)
                consider({ out, back: dst[p], delta: est[out] - est[dst[p]] });
    }
    return best;
}
/**
 * The improvement pass after greedy: while some move or swap between the slowest and the lightest
 * shard lowers the slowest, make the one that evens the pair best. Each step lowers the slowest
 * shard and leaves the lightest below where the slowest was, so the sorted loads fall and the
 * loop ends; `rounds` caps it anyway. It stops early within `CLOSE_ENOUGH` of the lower bound
 * max(total / k, largest): nothing can beat the bound, and the rest is far below timing noise.
 */
function improve(est, a, rounds = 4 * a.loads.length + 64) {
    if (a.loads.length < 2)
        return;
    const floor = Math.max(a.loads.reduce((sum, load) => sum + load, 0) / a.loads.length, est.reduce((m, e) => Math.max(m, e), 0));
    if (a.loads[slowest(a.loads)] <= floor * (1 + CLOSE_ENOUGH))
        return;
    const members = membersOf(a);
    for (let r = 0; r < rounds; r++) {
        const from = slowest(a.loads);
        if (a.loads[from] <= floor * (1 + CLOSE_ENOUGH))
            return;
        const to = lightest(a.loads);
        const gap = a.loads[from] - a.loads[to];
        if (gap <= EPSILON * a.loads[from])
            return;
        const step = bestStep(est, members, from, to, gap / 2, gap);
        if (!step || step.delta <= EPSILON * a.loads[from])
            return;
        apply(est, a, members, from, to, step);
    }
}
/**
 * Sticky repair: bring every shard to `target` or below with as few tests moved as possible.
 * From the slowest shard onto the lightest: one test that fixes the whole excess when one fits
 * (the smallest such, keeping the most room), else the largest that fits (it fixes the most),
 * else a swap that fits. False when no step fits: the caller replans from scratch.
 */
function repair(est, a, target) {
    const slack = target * EPSILON;
    if (a.loads[slowest(a.loads)] <= target + slack)
        return true;
    const members = membersOf(a);
    for (let r = 0; r <= a.shardOf.length; r++) {
        const from = slowest(a.loads);
        const excess = a.loads[from] - target;
        if (excess <= slack)
            return true;
        const to = lightest(a.loads);
        if (to === from)
            return false;
        const step = repairStep(est, members[from], members[to], excess, target - a.loads[to] + slack);
        if (!step)
            return false;
        apply(est, a, members, from, to, step);
    }
    return false;
}
function repairStep(est, src, dst, excess, room) {
    const fitting = lowerBound(est, src, room, true); // src[0 .. fitting) fit in the room
    const fixer = lowerBound(est, src, excess);
    if (fixer < fitting)
        return { out: src[fixer], delta: est[src[fixer]] };
    const largest = src[fitting - 1];
    if (largest !== undefined && est[largest] > 0)
        return { out: largest, delta: est[largest] };
    // nothing fits alone: swap a test for a smaller one from the lightest shard; per outgoing test
    // the incoming one that changes the most within the room; of those, the smallest change that
    // fixes the excess, else the largest change
    const better = (delta, than) => delta >= excess !== than >= excess ? delta >= excess : delta >= excess ? delta < than : delta > than;
    let best;
    for (const out of src) {
        const back = dst[lowerBound(est, dst, est[out] - room)]; // the smallest that keeps within room
        if (back === undefined)
            continue;
        const delta = est[out] - est[back];
        if (delta > 0 && (!best || better(delta, best.delta)))
            best = { out, back, delta };
    }
    return best;
}

// EXTERNAL MODULE: ./src/model/format.ts
var format = __webpack_require__(60826);
;// CONCATENATED MODULE: ./src/planner/guess.ts
/** When nothing at all is timed: one second per test, so the split is by count. */
const DEFAULT_SECONDS = 1;
const SLASH = 47;
/**
 * Guesses for the tests whose `seconds[i]` is NaN (no timing of their own). `newest`: the newest
 * snapshot, where a moved test's former key is looked up.
 */
function guessMissing(tests, seconds, newest) {
    const missing = [];
    for (let i = 0; i < tests.length; i++)
        if (Number.isNaN(seconds[i]))
            missing.push(i);
    const guesses = new Map();
    if (missing.length === 0)
        return guesses;
    const files = new Prefixes();
    const folders = new Prefixes();
    const tails = new Tails();
    for (const i of missing) {
        const test = tests[i];
        const end = fileEnd(test);
        if (end < test.length)
            files.need(test.slice(0, end));
        for (const folder of ancestors(test, end))
            folders.need(folder);
        tails.want(test, end, i);
    }
    const folderLengths = [...folders.lengths()];
    const all = new Float64Array(tests.length - missing.length);
    let count = 0;
    for (let i = 0; i < tests.length; i++) {
        const value = seconds[i];
        if (Number.isNaN(value))
            continue;
        const test = tests[i];
        const end = fileEnd(test);
        all[count++] = value;
        if (end < test.length)
            files.offer(test, end, value);
        for (const length of folderLengths)
            if (length < end && test.charCodeAt(length) === SLASH)
                folders.offer(test, length, value);
        tails.taken(test, end);
    }
    const moved = newest ? tails.moved(newest) : new Map();
    let suite;
    const suiteTypical = () => (count === 0 ? undefined : (suite ??= typical(all.subarray(0, count))));
    for (const i of missing)
        guesses.set(i, guessOne(tests[i], moved.get(i), files, folders, suiteTypical));
    return guesses;
}
function guessOne(test, moved, files, folders, suite) {
    if (moved !== undefined)
        return { seconds: moved, source: 'history' };
    const end = fileEnd(test);
    const file = end < test.length ? files.typical(test.slice(0, end)) : undefined;
    if (file !== undefined)
        return { seconds: file, source: 'file' };
    for (const folder of ancestors(test, end)) {
        const value = folders.typical(folder);
        if (value !== undefined)
            return { seconds: value, source: 'folder' };
    }
    const whole = suite();
    return whole !== undefined ? { seconds: whole, source: 'suite' } : { seconds: DEFAULT_SECONDS, source: 'default' };
}
/** The mean of the values between the 10th and 90th percentile; sorts its argument. */
function typical(values) {
    values.sort();
    const from = Math.floor(values.length * 0.1);
    const to = values.length - from;
    let sum = 0;
    for (let i = from; i < to; i++)
        sum += values[i];
    return to > from ? sum / (to - from) : 0;
}
/** Where the file part of a key ends: at the first `::`, else the whole key. */
function fileEnd(key) {
    const cut = key.indexOf('::');
    return cut < 0 ? key.length : cut;
}
/** The folders enclosing a key's file, nearest first, without the root (that is the suite). */
function* ancestors(key, end) {
    for (let slash = key.lastIndexOf('/', end - 1); slash > 0; slash = key.lastIndexOf('/', slash - 1))
        yield key.slice(0, slash);
}
/**
 * Groups of timed values under wanted prefixes (files or folders). The wanted prefixes are
 * indexed by length, so a timed key is sliced only where a wanted prefix of that length ends at
 * one of its boundaries.
 */
class Prefixes {
    byLength = new Map();
    typicals = new Map();
    need(prefix) {
        let group = this.byLength.get(prefix.length);
        if (!group)
            this.byLength.set(prefix.length, (group = new Map()));
        if (!group.has(prefix))
            group.set(prefix, []);
    }
    lengths() {
        return this.byLength.keys();
    }
    offer(key, length, value) {
        const group = this.byLength.get(length);
        if (group)
            group.get(key.slice(0, length))?.push(value);
    }
    typical(prefix) {
        if (!this.typicals.has(prefix)) {
            const values = this.byLength.get(prefix.length)?.get(prefix);
            this.typicals.set(prefix, values && values.length > 0 ? typical(Float64Array.from(values)) : undefined);
        }
        return this.typicals.get(prefix);
    }
}
/** File name plus case id (`test_a.py::T::t`), the part of a key a move leaves alone. */
class Tails {
    /** Tail → the missing test that has it, or −1 once two listed tests share it. */
    owners = new Map();
    lengths = new Set();
    want(key, end, index) {
        const tail = key.slice(key.lastIndexOf('/', end - 1) + 1);
        this.owners.set(tail, this.owners.has(tail) ? -1 : index);
        this.lengths.add(tail.length);
    }
    /** A timed, listed test with the same tail: a missing one is a new sibling, not a move. */
    taken(key, end) {
        const start = key.lastIndexOf('/', end - 1) + 1;
        if (!this.lengths.has(key.length - start))
            return;
        const tail = key.slice(start);
        if (this.owners.has(tail))
            this.owners.set(tail, -1);
    }
    /** Missing test → the seconds of its one former key in the newest snapshot. */
    moved(newest) {
        const found = new Map();
        const seen = new Set();
        for (const [key, seconds] of newest) {
            const start = key.lastIndexOf('/', fileEnd(key) - 1) + 1;
            if (!this.lengths.has(key.length - start))
                continue;
            const owner = this.owners.get(key.slice(start));
            if (owner === undefined || owner < 0)
                continue;
            if (seen.has(owner))
                found.delete(owner); // two former keys: ambiguous
            else if (Number.isFinite(seconds) && seconds >= 0)
                found.set(owner, seconds);
            seen.add(owner);
        }
        return found;
    }
}

;// CONCATENATED MODULE: ./src/planner/estimate.ts
/**
 * Seconds per test from stale, noisy history. Timings come from different runners (a whole run
 * 2× slower), tests flap, suites get restructured, and new tests have no timing at all; the
 * estimate must be good for the *next* run, not fit the last one. Per test: the values of the
 * newest `window` distinct snapshots, each scaled to the newest runner, combined (weighted to the
 * newest by default), skipping snapshots from before a restructuring; tests never timed get a
 * guess (`guess.ts`).
 */


/**
 * Window and combination, chosen on the corpus replay (`npm run bench:planner -- --sweep`: 9
 * projects, 460 plan-and-score steps at file and case level; median / p90 realised makespan ÷
 * floor, and `err` = Σ|estimate − next| ÷ Σ next for tests with history):
 *   the last snapshot only        1.033 / 1.270, err 0.159
 *   2, weighted 2:1 to the newest 1.037 / 1.297, err 0.154   ← chosen
 *   2, mean                       1.041 / 1.301, err 0.154
 *   3, median                     1.047 / 1.323, err 0.170
 *   8, median                     1.064 / 1.387, err 0.174 (1.103 / 1.470 without the regime cut)
 * Plans from one or two snapshots tie within the corpus's noise; two weighted to the newest predict
 * the next run best and still damp a one-off slow run by a third. Longer windows and medians lose:
 * between versions weeks apart, real changes outnumber flaps, and a median of three needs two
 * agreeing runs to follow one. The regime cut (see `calibrate`) is what keeps long windows usable.
 */
const DEFAULT_WINDOW = 2;
const DEFAULT_COMBINE = 'recent';
/** See `calibrate`: between the corpus's noise (≤ 0.2) and its restructured suites (≥ 0.3). */
const DEFAULT_REGIME = 0.25;
/** Fewer common tests than this and a snapshot's scale factor is not trusted (taken as 1). */
const MIN_COMMON = 3;
/** Estimate sources by code, for the array form. */
const SOURCES = ['history', 'file', 'folder', 'suite', 'default'];
/**
 * Seconds and source per test (`history`: its own timings, or a moved test's; else a guess).
 * `options` exist for the benchmark's sweep; the defaults are its choice.
 */
function estimateTests(tests, history, options = {}) {
    const { seconds, source } = estimateArrays(tests, history, options);
    const estimates = new Map();
    tests.forEach((test, i) => estimates.set(test, { seconds: seconds[i], source: SOURCES[source[i]] }));
    return estimates;
}
/**
 * The planner's form of `estimateTests`: typed arrays and one hash lookup per test and snapshot
 * read, so 100,000 tests stay cheap (the lookups are most of the time).
 */
function estimateArrays(tests, history, options = {}) {
    const { rows, scales } = readWindow(tests, history, options);
    const seconds = combine(rows, scales, options.combine ?? DEFAULT_COMBINE, tests.length);
    const source = new Uint8Array(tests.length);
    for (const [i, guess] of guessMissing(tests, seconds, history[history.length - 1])) {
        seconds[i] = guess.seconds;
        source[i] = SOURCES.indexOf(guess.source);
    }
    return { seconds, source };
}
/**
 * The newest `window` distinct measurements, newest first, as rows parallel to `tests` (NaN: not
 * timed), each with its scale to the newest runner. A snapshot identical to the one after it is
 * skipped (at most 2 × window are read); the reading stops at the first one from another regime.
 */
function readWindow(tests, history, options) {
    const window = Math.max(1, options.window ?? DEFAULT_WINDOW);
    const rows = [];
    const scales = [];
    for (let s = history.length - 1; s >= Math.max(0, history.length - 2 * window) && rows.length < window; s--) {
        const row = readRow(tests, history[s]);
        if (rows.length > 0 && sameTimings(rows[rows.length - 1], row))
            continue;
        const calibration = rows.length === 0 ? { scale: 1, spread: 0 } : calibrate(rows[0], row);
        if (calibration.spread > (options.regime ?? DEFAULT_REGIME))
            break;
        rows.push(row);
        scales.push(calibration.scale);
    }
    return { rows, scales };
}
/** Per test, the scaled values combined; NaN where no row timed it. */
function combine(rows, scales, how, n) {
    if (rows.length === 1)
        return rows[0]; // scale 1: the newest row is the estimate
    const seconds = new Float64Array(n);
    const scratch = new Float64Array(rows.length);
    for (let i = 0; i < n; i++) {
        let count = 0;
        for (let r = 0; r < rows.length; r++) {
            const v = rows[r][i];
            if (v === v)
                scratch[count++] = v * scales[r]; // newest first, as `recent` needs
        }
        seconds[i] = count === 0 ? NaN : how === 'recent' ? recentWeighted(scratch, count) : smallMedian(scratch, count);
    }
    return seconds;
}
function readRow(tests, snapshot) {
    const row = new Float64Array(tests.length);
    for (let i = 0; i < tests.length; i++) {
        const v = snapshot.get(tests[i]);
        row[i] = v !== undefined && v >= 0 && v < Infinity ? v : NaN;
    }
    return row;
}
/**
 * True when every test both rows timed has the same seconds: the same measurement stored twice
 * (a timing file committed again unchanged), which must not count twice in the combination.
 */
function sameTimings(newer, older) {
    let common = 0;
    for (let i = 0; i < newer.length; i++) {
        if (newer[i] === older[i])
            common++;
        else if (newer[i] === newer[i] && older[i] === older[i])
            return false; // both timed, and differ
    }
    return common > 0;
}
/**
 * How an older snapshot relates to the newest, over the tests both timed. `scale`: the median of
 * newest ÷ older, so scaling the older values puts them in the newest runner's seconds and a run
 * on a slower machine neither inflates its tests nor drags the median; the median, not the totals,
 * so tests that really changed do not move it. `spread`: the median |log| of what is left after
 * scaling — small when only noise separates the two (0.03–0.2 between consecutive versions in
 * the corpus), large when the suite was restructured (0.3–0.5), and then the old values say
 * little about the next run.
 */
function calibrate(newest, older) {
    const ratios = new Float64Array(newest.length);
    let count = 0;
    for (let i = 0; i < newest.length; i++) {
        if (older[i] > 0 && newest[i] > 0)
            ratios[count++] = newest[i] / older[i]; // NaN > 0 is false
    }
    if (count < MIN_COMMON)
        return { scale: 1, spread: 0 }; // too little overlap to judge: trust, unscaled
    const common = ratios.subarray(0, count);
    const scale = median(common);
    for (let i = 0; i < count; i++)
        common[i] = Math.abs(Math.log(common[i] / scale));
    return { scale, spread: median(common) };
}
/** Median by quickselect (linear time); reorders its argument, so callers pass scratch arrays. */
function median(values) {
    const n = values.length;
    if (n === 0)
        return 0;
    const mid = n >> 1;
    const upper = estimate_select(values, mid);
    if (n % 2 === 1)
        return upper;
    let lower = -Infinity; // after select, values[0..mid) are the smaller half
    for (let i = 0; i < mid; i++)
        lower = Math.max(lower, values[i]);
    return (lower + upper) / 2;
}
/** The k-th smallest value, leaving smaller ones before it and larger ones after (Hoare). */
function estimate_select(a, k) {
    let left = 0;
    let right = a.length - 1;
    while (right > left) {
        const pivot = middleOf(a[left], a[(left + right) >> 1], a[right]);
        let i = left;
        let j = right;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                [a[i], a[j]] = [a[j], a[i]];
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return a[k];
    }
    return a[k];
}
function middleOf(a, b, c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
/** Median of the first `count` values, for the handful one test has: no allocation. */
function smallMedian(values, count) {
    if (count === 1)
        return values[0];
    if (count === 2)
        return (values[0] + values[1]) / 2;
    if (count === 3)
        return middleOf(values[0], values[1], values[2]);
    for (let i = 1; i < count; i++) {
        const v = values[i];
        let j = i - 1;
        for (; j >= 0 && values[j] > v; j--)
            values[j + 1] = values[j];
        values[j + 1] = v;
    }
    const mid = count >> 1;
    return count % 2 === 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}
/** A mean with weights 1, ½, ¼, … from the newest value (given first). */
function recentWeighted(values, count) {
    let sum = 0;
    let weights = 0;
    let weight = 1;
    for (let i = 0; i < count; i++) {
        sum += values[i] * weight;
        weights += weight;
        weight /= 2;
    }
    return sum / weights;
}

;// CONCATENATED MODULE: ./src/planner/assign.ts
/**
 * `planShards`: estimates, the shard count, and the assignment. Without a usable previous plan:
 * greedy longest-first plus an improvement pass. With one of the same count: sticky (known tests
 * keep their shard, new ones fill the lightest), repaired by as few moves as bring the slowest
 * shard within `margin` of the lower bound, else replanned, the new shards numbered to overlap
 * the old ones most. Stale timings make a perfect split on paper worth little; keeping tests in
 * place keeps per-shard caches warm and the plan readable. On the corpus replay (median realised
 * makespan ÷ floor, mean share of tests moved per plan): margin 0 replans every time (1.030, 38%),
 * 0.01 gives 1.031 / 2.7%, 0.03 gives 1.037 / 2.0% and 0.05 gives 1.052 / 0.9%.
 */



const DEFAULT_MARGIN = 0.03;
/** GitHub runs at most 256 jobs per matrix. */
const MAX_SHARDS = 256;
const UNMATCHED_LISTED = 20;
/** Float slack for comparisons of summed seconds. */
const EPS = 1e-9;
function planShards(input, options = {}) {
    const margin = input.margin ?? DEFAULT_MARGIN;
    if (!(margin >= 0 && Number.isFinite(margin)))
        throw new RangeError(`margin must be a finite number ≥ 0, got ${margin}`);
    const work = prepare(input, margin, options.estimate);
    if (typeof input.shards === 'number') {
        const k = checkCount('shards', input.shards, Number.MAX_SAFE_INTEGER);
        const placed = place(work, Math.min(k, work.keys.length), Infinity);
        return toPlan(work, placed);
    }
    return planAuto(work, input.shards);
}
function prepare(input, margin, estimate) {
    const raw = estimateArrays(input.tests, input.history, estimate);
    const order = longestFirst(raw.seconds, input.tests);
    const n = order.length;
    const keys = new Array(n);
    const est = new Float64Array(n);
    const timed = new Uint8Array(n);
    const history = SOURCES.indexOf('history');
    let total = 0;
    for (let p = 0; p < n; p++) {
        const i = order[p];
        keys[p] = input.tests[i];
        est[p] = raw.seconds[i];
        timed[p] = raw.source[i] === history ? 1 : 0;
        total += est[p];
    }
    const prev = input.previous;
    const previousCount = prev && Number.isInteger(prev.shards) && prev.shards > 0 ? prev.shards : 0;
    let previous;
    if (prev && previousCount > 0) {
        previous = new Int32Array(keys.length).fill(-1);
        for (let i = 0; i < n; i++) {
            const index = prev.assignment.get(keys[i]);
            if (index !== undefined && Number.isInteger(index) && index >= 1 && index <= previousCount)
                previous[i] = index - 1;
        }
    }
    return { keys, est, timed, total, largest: est[0] ?? 0, previous, previousCount, margin };
}
function checkCount(name, value, max) {
    if (!Number.isInteger(value) || value < 1 || value > max)
        throw new RangeError(`${name} must be a whole number from 1 to ${max}, got ${value}`);
    return value;
}
/** max(total / k, largest): no plan can beat it. */
function floorOf(work, k) {
    return k === 0 ? 0 : Math.max(work.total / k, work.largest);
}
/** Greedy plus improvement, from nothing. */
function fresh(work, k) {
    const assignment = greedy(work.est, k);
    improve(work.est, assignment);
    return assignment;
}
/**
 * The assignment for `k` shards: sticky when the previous plan has `k` shards and knows at least
 * one of the tests, and repair reaches the smaller of (1 + margin) × floor and `limit` (auto's
 * budget); otherwise fresh, its shards renamed to overlap the previous plan most.
 */
function place(work, k, limit) {
    if (k === 0)
        return { assignment: { shardOf: new Int32Array(0), loads: new Float64Array(0) }, sticky: false };
    const prev = work.previous;
    if (prev && work.previousCount === k && prev.some((s) => s >= 0)) {
        const kept = greedy(work.est, k, Int32Array.from(prev));
        fillEmpty(work.est, kept);
        if (repair(work.est, kept, Math.min((1 + work.margin) * floorOf(work, k), limit)))
            return { assignment: kept, sticky: true };
    }
    const assignment = fresh(work, k);
    if (prev)
        relabel(assignment, prev, work.previousCount);
    return { assignment, sticky: false };
}
/**
 * Renames the shards of a fresh plan so each keeps as many tests as possible where the previous
 * plan had them (greedy on overlap, ties by shard index): a replan then moves only the tests it
 * must, and caches keyed by shard stay warm.
 */
function relabel(a, previous, previousCount) {
    const k = a.loads.length;
    const overlap = new Map(); // new shard × previousCount + old shard → tests
    for (let i = 0; i < previous.length; i++) {
        const old = previous[i];
        if (old < 0 || old >= k)
            continue; // a label this plan does not have cannot be kept
        const pair = a.shardOf[i] * previousCount + old;
        overlap.set(pair, (overlap.get(pair) ?? 0) + 1);
    }
    const pairs = [...overlap.keys()].sort((x, y) => overlap.get(y) - overlap.get(x) || x - y);
    const label = new Int32Array(k).fill(-1);
    const taken = new Uint8Array(k);
    for (const pair of pairs) {
        const [s, old] = [Math.floor(pair / previousCount), pair % previousCount];
        if (label[s] === -1 && !taken[old])
            [label[s], taken[old]] = [old, 1];
    }
    let free = 0;
    for (let s = 0; s < k; s++) {
        if (label[s] !== -1)
            continue;
        while (taken[free])
            free++;
        [label[s], taken[free]] = [free, 1];
    }
    const loads = Float64Array.from(a.loads);
    for (let s = 0; s < k; s++)
        a.loads[label[s]] = loads[s];
    for (let i = 0; i < a.shardOf.length; i++)
        a.shardOf[i] = label[a.shardOf[i]];
}
/**
 * Auto: the fewest shards whose slowest fresh shard plus overhead meets the target. The count
 * needs at least total ÷ budget shards and cannot help when the largest test alone exceeds the
 * budget; between those, a binary search (the fresh makespan falls as shards are added, up to
 * greedy's small wobbles).
 *
 * When even `maxShards` misses the target, more shards are not better by themselves: one long
 * test bounds the wall time however many jobs there are, and every extra job bills its overhead.
 * Then the count is the fewest whose wall time is within `NEAR_BEST` of the best one reachable
 * (the wall time at `maxShards`), found by the same search with that as the budget.
 */
function planAuto(work, auto) {
    const max = Math.min(checkCount('maxShards', auto.maxShards, MAX_SHARDS), work.keys.length);
    if (!(auto.targetSeconds > 0) || !(auto.overheadSeconds >= 0) || !Number.isFinite(auto.targetSeconds + auto.overheadSeconds)) {
        throw new RangeError(`targetSeconds must be > 0 and overheadSeconds ≥ 0, got ${auto.targetSeconds} and ${auto.overheadSeconds}`);
    }
    if (work.keys.length === 0)
        return { ...toPlan(work, place(work, 0, Infinity)), choices: [], targetMet: true };
    const memo = new Map();
    const loadsFor = (k) => {
        if (!memo.has(k))
            memo.set(k, fresh(work, k).loads);
        return memo.get(k);
    };
    const target = auto.targetSeconds - auto.overheadSeconds;
    const feasible = target >= 0 && work.largest <= target && Math.ceil(work.total / target - EPS) <= max && maxOf(loadsFor(max)) <= target;
    const budget = feasible ? target : nearBest(maxOf(loadsFor(max)), auto.overheadSeconds);
    const k = fewestWithin(work, budget, max, (c) => maxOf(loadsFor(c)) <= budget);
    const placed = place(work, k, budget);
    const plan = toPlan(work, placed);
    const counts = new Set();
    for (let c = Math.max(1, k - 2); c <= Math.min(max, k + 2); c++)
        counts.add(c);
    if (!feasible)
        counts.add(max); // what the most shards would cost for (almost) the same wall time
    const choices = [...counts].map((c) => choice(c === k ? placed.assignment.loads : loadsFor(c), auto.overheadSeconds));
    return { ...plan, choices, targetMet: feasible };
}
/**
 * How far above the best reachable wall time a shard count may end, as a share of that wall
 * time. Estimates rest on past runs that vary ±5% on shared runners, so a 2% difference cannot be
 * told from noise, while each extra job bills at least its overhead, rounded up to a minute.
 */
const NEAR_BEST = 0.02;
/** The makespan budget that keeps the wall time (makespan + overhead) within `NEAR_BEST` of the best. */
function nearBest(bestMakespan, overhead) {
    return bestMakespan + NEAR_BEST * (bestMakespan + overhead);
}
/** The fewest shards from ⌈total ÷ budget⌉ to `max` that `meets` the budget (binary search; `max` meets it). */
function fewestWithin(work, budget, max, meets) {
    let lo = work.total > 0 ? Math.min(max, Math.max(1, Math.ceil(work.total / budget - EPS))) : 1;
    let hi = max;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (meets(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
function choice(loads, overhead) {
    let billed = 0;
    for (const load of loads)
        billed += Math.ceil((load + overhead) / 60 - EPS);
    return { shards: loads.length, wallSeconds: (0,format/* storedSeconds */.Pm)(maxOf(loads) + overhead), billedMinutes: billed };
}
function maxOf(loads) {
    return loads.length === 0 ? 0 : loads[slowest(loads)];
}
function toPlan(work, placed) {
    const { shardOf, loads } = placed.assignment;
    const k = loads.length;
    const lists = Array.from({ length: k }, () => []);
    let moved = 0;
    work.keys.forEach((key, i) => {
        // longest first, so a runner that parallelises inside the shard (jest workers, xdist) starts
        // the long tests first and does not end on one
        lists[shardOf[i]].push(key);
        const before = work.previous?.[i] ?? -1;
        if (before >= 0 && before !== shardOf[i])
            moved++;
    });
    const shards = lists.map((tests, s) => ({ index: s + 1, tests, estimatedSeconds: loads[s] }));
    const makespan = maxOf(loads);
    return {
        shards,
        floorSeconds: floorOf(work, k),
        makespanSeconds: makespan,
        efficiency: makespan > 0 ? work.total / (k * makespan) : 1,
        totalSeconds: work.total,
        ...matching(work),
        moved,
        sticky: placed.sticky
    };
}
/** How much of the plan rests on timings, and the tests it had to guess (largest first). */
function matching(work) {
    let matched = 0;
    let matchedSeconds = 0;
    const guessed = [];
    for (let i = 0; i < work.keys.length; i++) {
        if (work.timed[i]) {
            matched++;
            matchedSeconds += work.est[i];
        }
        else
            guessed.push(i); // in plan order: largest estimate first
    }
    const n = work.keys.length;
    return {
        matchedShare: n === 0 ? 1 : matched / n,
        matchedTimeShare: work.total > 0 ? matchedSeconds / work.total : n === 0 ? 1 : matched / n,
        unmatched: guessed.slice(0, UNMATCHED_LISTED).map((i) => work.keys[i]),
        newTests: guessed.length
    };
}

// EXTERNAL MODULE: ./src/ingest/paths.ts
var paths = __webpack_require__(33540);
;// CONCATENATED MODULE: ./src/planner/test-keys.ts
/**
 * Test keys: the names the planner balances. A key is a repo-relative file (`tests/a_test.py`,
 * `spec/models/user_spec.rb`) or a pytest node id (`tests/a_test.py::TestX::test_y[1]`). Pure
 * string handling, so the shell can list tests from a command's output or a file and match them
 * with timings recorded on another machine.
 */

/**
 * Repo-relative key for a path or node id written by a tool: absolute runner paths, `./`,
 * `file://` URIs and Windows separators are handled by the same rules as coverage paths. Only the
 * file part is touched: a case id such as `test_url[http://x]` keeps its characters.
 */
function normalizeTestPath(raw, root) {
    const trimmed = raw.trim();
    const cut = trimmed.indexOf('::');
    const file = cut < 0 ? trimmed : trimmed.slice(0, cut);
    const rest = cut < 0 ? '' : trimmed.slice(cut);
    return new paths/* RepoPaths */.h(root).place(file).path + rest;
}
/** The file a key belongs to: `path::Class::test` → `path`; a file key is its own file. */
function fileOf(key) {
    const cut = key.indexOf('::'); // a Windows drive (`C:`) has one colon, never two
    return cut < 0 ? key : key.slice(0, cut);
}
/** The folder of a key's file (`''` for a file at the root). */
function folderOf(key) {
    const file = fileOf(key);
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}
/**
 * A case-level snapshot summed per file. When the caller knows suite times (JUnit `<testsuite
 * time>`), a file counts max(suite, sum of cases): set-up and fixtures run outside the cases, and
 * a file's shard pays for them too.
 */
function aggregateToFiles(snapshot, suiteSeconds) {
    const files = new Map();
    for (const [key, seconds] of snapshot) {
        const file = fileOf(key);
        files.set(file, (files.get(file) ?? 0) + seconds);
    }
    for (const [file, seconds] of suiteSeconds ?? []) {
        files.set(file, Math.max(files.get(file) ?? 0, seconds));
    }
    return files;
}
// pytest `--collect-only -q` trailers: "12 tests collected in 0.3s", "1 test collected, 2 errors
// in 0.1s", "no tests ran in 0.01s", "no tests collected".
const PYTEST_TRAILER = /^(\d+ tests? collected\b|\d+\/\d+ tests? collected\b|no tests (ran|collected)\b)/;
// `=== warnings summary ===` and friends: pytest's report sections, which follow the list.
const PYTEST_SECTION = /^={3,}.*={3,}$/;
// `--collect-only -qq` prints one file per line with its count: `tests/test_a.py: 12`.
const PYTEST_FILE_COUNT = /^(.+\.py): \d+$/;
const ANSI = /\x1b\[[0-9;]*m/g;
/**
 * Test keys from a command's output or a list file: one per line; blank lines and `#` comments
 * skipped; pytest's `--collect-only -q`/`-qq` output and `jest --listTests` (absolute paths, or
 * its `--json` array) understood. With `root`, each key is made repo-relative. Duplicates are
 * dropped, first occurrence kept.
 */
function parseTestList(text, root) {
    const seen = new Set();
    for (const raw of listLines(text)) {
        const line = raw.replace(ANSI, '').trim();
        if (line === '' || line.startsWith('#') || PYTEST_TRAILER.test(line))
            continue;
        if (PYTEST_SECTION.test(line))
            break;
        const key = PYTEST_FILE_COUNT.exec(line)?.[1] ?? line;
        seen.add(root === undefined ? key : normalizeTestPath(key, root));
    }
    return [...seen];
}
/** Lines of the text, or the strings of a JSON array (`jest --listTests --json`). */
function listLines(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
                return parsed;
        }
        catch {
            // not JSON after all: read it line by line
        }
    }
    return text.split(/\r?\n|\r/);
}

;// CONCATENATED MODULE: ./src/planner/index.ts
/** The shard planner's public API: pure functions over plain data (see `types.ts`). */





/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export codeCell */
/**
 * Everything that comes from a report (test names, messages, paths) is untrusted text. These
 * helpers make it inert in GitHub-flavoured markdown: no HTML, no @mentions, no broken tables or
 * code fences. Renderers must pass every user-controlled string through one of them.
 */
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Inline text: HTML-escaped, markdown punctuation backslash-escaped, mentions defused. */
function inline(text) {
    return defuseMentions(text
        .replace(/[&<>]/g, (c) => HTML[c] ?? c)
        .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
        .replace(/\r?\n|\r/g, ' '));
}
/** A table cell: like inline text, and never longer than `max` characters of source text. */
function cell(text, max = 200) {
    const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
    return inline(short);
}
/**
 * A fenced code block that the content cannot close: the fence is longer than any backtick run
 * inside. Mentions in code are not linked by GitHub, so only the fence needs care.
 */
function codeBlock(text, lang = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}
/** Text inside an HTML element such as <summary>: only HTML escaping and mention defusing apply. */
function htmlText(text) {
    return defuseMentions(text.replace(/[&<>]/g, (c) => HTML[c] ?? c).replace(/\r?\n|\r/g, ' '));
}
/** A zero-width space after "@" stops GitHub from treating `@team` as a mention. */
function defuseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}
/** An inline code span for identifiers such as file paths. */
function code(text) {
    const clean = text.replace(/\r?\n|\r/g, ' ');
    const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean}${pad}${ticks}`;
}
/** A code span inside a table cell: GFM splits cells on "|" even inside code, unless escaped. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 76130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ renderPlan)
/* harmony export */ });
/* harmony import */ var _planner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54135);
/* harmony import */ var _model_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60826);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);



/** The plan as markdown: per shard, the balance against the lower bound, and what was matched. */
function renderPlan(result, title = 'Test shard plan') {
    const { plan } = result;
    const rows = plan.shards.map((s) => [String(s.index), String(s.tests.length), (0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .wallTime */ .Ow)(s.estimatedSeconds), bar(s.estimatedSeconds, plan.makespanSeconds)]);
    const parts = [
        `## ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(title)}: ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.shards.length, 'shard')}`,
        [
            `**Slowest shard** ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .wallTime */ .Ow)(plan.makespanSeconds)} against a lower bound of ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .wallTime */ .Ow)(plan.floorSeconds)} (×${ratio(plan.makespanSeconds, plan.floorSeconds)})`,
            `**Expected efficiency** ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(plan.efficiency, 1)} (sum ÷ shards × slowest)`,
            `**Timings matched** ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(plan.matchedShare, 1)} of tests, ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(plan.matchedTimeShare, 1)} of estimated time; ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.newTests, 'new test')}`,
            plan.moved || plan.sticky ? `**Stickiness** ${plan.sticky ? 'kept the previous plan' : 'replanned'}; ${(0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(plan.moved, 'test')} changed shard` : ''
        ]
            .filter(Boolean)
            .join('  \n'),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Shard', 'Tests', 'Estimated', ''], rows)
    ];
    if (result.hints.length)
        parts.push(result.hints.map((h) => `⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(h)}`).join('\n\n'));
    if (plan.choices?.length)
        parts.push(`### Shard count\n\n${choices(plan.choices, plan.shards.length, plan.targetMet)}`);
    if (plan.unmatched.length)
        parts.push(`### Tests without timings\n\n${plan.unmatched.slice(0, 10).map((t) => `- ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(t)}`).join('\n')}${plan.unmatched.length > 10 ? `\n- …and ${plan.unmatched.length - 10} more` : ''}`);
    if (result.notes.length)
        parts.push(`<sub>${result.notes.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG).join(' · ')}</sub>`);
    return `${parts.join('\n\n')}\n`;
}
function choices(list, chosen, met) {
    const rows = list.map((c) => [`${c.shards}${c.shards === chosen ? ' (chosen)' : ''}`, (0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .wallTime */ .Ow)(c.wallSeconds), String(c.billedMinutes)]);
    const most = list[list.length - 1];
    const warn = met === false
        ? `\n\n⚠️ No shard count meets the target, not even ${most.shards}. ${chosen} ${chosen === 1 ? 'shard reaches' : 'shards reach'} the best wall time within ${Math.round(_planner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .NEAR_BEST */ .AG * 100)}%${most.shards > chosen ? `; more would only add billed minutes` : ''}.`
        : '';
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Shards', 'Wall time', 'Billed minutes'], rows)}${warn}`;
}
function bar(value, max) {
    const width = max > 0 ? Math.round((10 * value) / max) : 0;
    return '█'.repeat(width) + '░'.repeat(10 - width);
}
function ratio(a, b) {
    return b > 0 ? (0,_model_format_js__WEBPACK_IMPORTED_MODULE_1__/* .sig3 */ .tH)(a / b) : '—';
}


/***/ }),

/***/ 32951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand),
/* harmony export */   p: () => (/* binding */ commandOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99437);



/**
 * Splits a command line into words the way a POSIX shell would for plain words, quotes and
 * backslashes, and nothing more: no variables, globs, pipes or substitutions. The command is then
 * run directly (no shell), so an input can never inject one.
 */
function splitCommand(line) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < line.length && /["\\$`]/.test(line[i + 1]))
                word += line[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < line.length) {
            word += line[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The command has an unclosed ${quote} quote: ${line}`);
    if (inWord)
        words.push(word);
    return words;
}
/** Runs a command (no shell) and returns its standard output; a failure names the command. */
async function commandOutput(line, cwd) {
    const [file, ...args] = splitCommand(line);
    if (!file)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e('The tests command is empty.');
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000 });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The tests command "${file}" was not found (commands run without a shell: no pipes or variables).`);
        const tail = (e.stderr ?? '').trim().split('\n').slice(-5).join('\n');
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`The tests command "${line}" failed (exit ${String(e.code)})${tail ? `:\n${tail}` : '.'}`);
    }
}


/***/ }),

/***/ 75269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ localPlanIo)
/* harmony export */ });
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99437);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32951);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73920);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73312);
/* harmony import */ var _safe_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15974);





/** A tests list is one path per line; even 10⁶ tests stay far below this. */
const MAX_TESTS_FILE_BYTES = 64 * 1024 * 1024;
/** The plan job's I/O on this machine: files under `root`, the tests file, the tests command. */
async function localPlanIo(root) {
    return {
        files: (0,_report_files_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFiles */ .I)(root),
        repo: await (0,_repo_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRepoPaths */ .$)(root),
        readTestsFile: async (file) => {
            try {
                return (await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readInside */ .xO)(file, root, await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readRoots */ .Mi)(root), MAX_TESTS_FILE_BYTES)).toString('utf8');
            }
            catch (err) {
                throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`The tests file ${file} could not be read: ${err.message}.`);
            }
        },
        testsCommandOutput: (line) => (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .commandOutput */ .p)(line, root),
        root,
        clock: () => performance.now(),
        now: new Date()
    };
}


/***/ })

};
