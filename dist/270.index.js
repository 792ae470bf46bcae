export const id = 270;
export const ids = [270];
export const modules = {

/***/ 38985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shardStep: () => (/* binding */ shardStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71361);
/* harmony import */ var _planner_shard_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50508);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32432);
/* harmony import */ var _shell_work_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25483);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82108);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81729);
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(99437);









/**
 * A matrix job's tests, read from the plan pinned for this run: never recomputed, so "re-run
 * failed jobs" repeats exactly the split the first attempt had.
 */
async function shardStep(inputs, io) {
    const index = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readShardInput */ .PJ)(io.input);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .H)(inputs.configPath);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_5__/* .currentRun */ .x)();
    const store = new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .CachePlanStore */ .Zz(config.id, run.runId);
    const loaded = await store.load();
    if (!loaded.plan) {
        const why = loaded.problem ? `: ${loaded.problem}` : '';
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`No plan is pinned for run ${run.runId} (${store.description})${why}. Run the plan job first in the same workflow run (needs: plan), with the same config.`);
    }
    const found = (0,_planner_shard_output_js__WEBPACK_IMPORTED_MODULE_8__/* .shardTests */ .S)(loaded.plan, index);
    if (!found.ok)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_7__/* .UsageError */ .e(`Shard ${index}: ${found.message}. Pass shard: \${{ matrix.shard }} from the plan job's matrix.`);
    const { shard } = found;
    const dir = (0,_shell_work_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .workDir */ .H)(config.id);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `shard-${index}.txt`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, shard.lines);
    io.output('tests', shard.words);
    io.output('tests-file', file);
    io.output('tests-json', shard.json);
    io.output('count', String(shard.tests.length));
    io.output('total', String(shard.total));
    io.info(`Shard ${index} of ${shard.total}: ${shard.tests.length} tests.`);
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

/***/ 24664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kb: () => (/* binding */ excerpt),
/* harmony export */   NH: () => (/* binding */ hideExcerpts),
/* harmony export */   UQ: () => (/* binding */ jsonSyntaxError)
/* harmony export */ });
/* unused harmony export EXCERPT_MAX */
/**
 * File content quoted in a message. A report path can be a link to a secret (.git/config holds
 * the checkout token's header, a dotenv file holds keys), and GitHub masks secrets in logs, not in
 * what we post. So a message quotes content only through `excerpt()`: at most 40 characters, no
 * control characters, between “curly quotes” that nothing else in our messages uses; and what we
 * post (PR comment, check run, job summary, JSON report) shows `hideExcerpts(message)`, which
 * keeps the quotes and drops what is between them. The log and the CLI's stderr keep the excerpt.
 */
const EXCERPT_MAX = 40;
const OPEN = '“';
const CLOSE = '”';
const HIDDEN = `${OPEN}…${CLOSE}`;
// C0 and C1 controls, DEL, bidi overrides and isolates, zero-width and line/paragraph separators.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
/** A clipped, inert quotation of `value` (a string as is, anything else as JSON; `nothing` for undefined). */
function excerpt(value) {
    if (value === undefined)
        return 'nothing';
    const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
    // Bounded before any regex work: a 1 GB "line" costs no more than a short one.
    const head = Array.from(text.slice(0, EXCERPT_MAX * 4));
    const clean = Array.from(head
        .join('')
        .replace(/[\t\n\r]+/g, ' ')
        .replace(INVISIBLE, '')
        .replace(/[“”]/g, '"'));
    const clipped = clean.length > EXCERPT_MAX || text.length > EXCERPT_MAX * 4 ? `${clean.slice(0, EXCERPT_MAX - 1).join('')}…` : clean.join('');
    return `${OPEN}${clipped}${CLOSE}`;
}
/** The message with every excerpt replaced by “…”: for anything posted or uploaded. */
function hideExcerpts(message) {
    return message.includes(OPEN) ? message.replace(/“[^“”]*”/g, HIDDEN) : message;
}
/**
 * A JSON.parse error without the piece of text V8 quotes in its message ("Unexpected token 'c',
 * "[core]…" is not valid JSON"): what went wrong and where, as far as the message says.
 */
function jsonSyntaxError(err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = /position (\d+)/.exec(message)?.[1];
    const what = /Unexpected end|Unterminated/.test(message) ? 'it ends too early' : 'an unexpected character';
    return `${what}${at === undefined ? '' : ` at character ${Number(at) + 1}`}`;
}


/***/ }),

/***/ 60826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Ow: () => (/* binding */ wallTime),
/* harmony export */   Pm: () => (/* binding */ storedSeconds),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   bS: () => (/* binding */ roundHalfUp),
/* harmony export */   ee: () => (/* binding */ bytes),
/* harmony export */   tH: () => (/* binding */ sig3),
/* harmony export */   vh: () => (/* binding */ benchmarkValue)
/* harmony export */ });
/* unused harmony exports points, duration */
/**
 * Numbers as the people reading them expect: three significant digits, percentages rounded half
 * up as coverage.py and pytest-cov print them, times in the unit a benchmark tool's users read
 * (ms, µs), and counts with the noun in the right number. Every renderer goes through here, so a
 * number reads the same in the summary, the CLI and the plan; and so do the messages the gates,
 * the planner and the pipeline advisor write, which is why it lives in model/, below them all.
 * Pure, and imports nothing.
 */
/**
 * `x` rounded half up (away from zero) at `decimals` places, judged on the shortest decimal that
 * prints `x`: 1.005 → 1.01, where `toFixed` gives 1.00 because the binary value is 1.00499….
 */
function roundHalfUp(x, decimals) {
    if (!Number.isFinite(x))
        return x;
    const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
    const scaled = Math.round(Number(`${mantissa}e${Number(exponent) + decimals}`));
    const [m2, e2 = '0'] = String(scaled).split('e');
    return Math.sign(x) * Number(`${m2}e${Number(e2) - decimals}`);
}
/** Three significant digits (`0.492`, `12.3`, `919`); whole numbers from 100 up keep every digit. */
function sig3(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const digits = Math.floor(Math.log10(Math.abs(x)));
    return String(roundHalfUp(x, Math.max(0, 2 - digits)));
}
/** `fraction` (0.4286) as a percentage with up to `decimals` places: `42.86%`. */
function percent(fraction, decimals = 2) {
    return `${roundHalfUp(100 * fraction, decimals)}%`;
}
/** A difference of two percentages, in percentage points: `−1.5 pp`. Only for differences. */
function points(difference, decimals = 2) {
    return `${roundHalfUp(difference, decimals)} pp`;
}
/** `n` and the noun, in the right number: `1 test`, `2 tests`, `1 match`, `3 matches`. */
function plural(n, one, many = /(?:s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
// The plural nouns gate metrics are named with ("failed tests", "regressed benchmarks").
const SINGULAR = {
    tests: 'test', benchmarks: 'benchmark', files: 'file', findings: 'finding', reports: 'report', shards: 'shard', runs: 'run', lines: 'line', metrics: 'metric'
};
/** `n` before a plural phrase, the phrase made singular for one: `1 failed test`, `2 failed tests`. */
function count(n, phrase) {
    if (n !== 1)
        return `${n} ${phrase}`;
    return `${n} ${phrase.replace(/\b(tests|benchmarks|files|findings|reports|shards|runs|lines|metrics)\b/, (w) => SINGULAR[w])}`;
}
/** Seconds in the unit that reads best: `820 ns`, `12.3 µs`, `1.09 ms`, `0.492 s` → `492 ms`, `12.3 s`. */
function duration(s) {
    const a = Math.abs(s);
    if (a === 0 || !Number.isFinite(a))
        return `${s} s`;
    if (a < 1e-6)
        return `${sig3(s * 1e9)} ns`;
    if (a < 1e-3)
        return `${sig3(s * 1e6)} µs`;
    if (a < 1)
        return `${sig3(s * 1e3)} ms`;
    return `${sig3(s)} s`;
}
/** Wall-clock spans of a plan or a job: `42.5 s`, `13 min 10 s`. */
function wallTime(s) {
    if (s < 60)
        return `${sig3(s)} s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    return rest === 60 ? `${m + 1} min 0 s` : `${m} min ${rest} s`;
}
/** Bytes in binary units: `512 B`, `1.5 KiB`, `12.3 MiB`. */
function bytes(b) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = b;
    let u = 0;
    while (Math.abs(v) >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${u === 0 ? Math.round(v) : sig3(v)} ${units[u]}`;
}
/**
 * A benchmark value in its tool's unit, as the tool's users read it. Times in seconds scale to
 * ms/µs (hyperfine prints `491.9 ms`); pytest-benchmark's rate (`iter/sec`, kept as the stored
 * value so github-action-benchmark histories carry over) shows as time per round, as
 * pytest-benchmark's own table does; everything else keeps its unit with three digits.
 */
function benchmarkValue(value, unit) {
    if (unit === 's' || unit === 'sec' || unit === 'seconds')
        return duration(value);
    if (unit === 'iter/sec' && value > 0)
        return `${duration(1 / value)} per round`;
    return `${sig3(value)} ${unit}`;
}
/** Seconds kept in JSON (plans, reports): to the millisecond, far below timing noise. */
function storedSeconds(s) {
    return roundHalfUp(s, 3);
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

/***/ 50508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ shardTests)
/* harmony export */ });
/* unused harmony export shellQuote */
function shardTests(plan, index) {
    const shard = plan.shards.find((s) => s.index === index);
    if (!shard)
        return { ok: false, message: `the plan has shards 1 to ${plan.shards.length}; there is no shard ${index}` };
    const tests = shard.tests;
    return {
        ok: true,
        shard: { index, total: plan.shards.length, tests, words: tests.map(shellQuote).join(' '), lines: tests.length ? `${tests.join('\n')}\n` : '', json: JSON.stringify(tests) }
    };
}
/** Leaves plain paths alone and single-quotes anything else ('it'"'"'s' style for quotes). */
function shellQuote(word) {
    if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'"'"'`)}'`;
}


/***/ }),

/***/ 15974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ patternOutside),
/* harmony export */   Mi: () => (/* binding */ readRoots),
/* harmony export */   Nn: () => (/* binding */ inspect),
/* harmony export */   X$: () => (/* binding */ openInside),
/* harmony export */   Xj: () => (/* binding */ isReadableFolder),
/* harmony export */   pV: () => (/* binding */ bytesText),
/* harmony export */   xO: () => (/* binding */ readInside)
/* harmony export */ });
/* unused harmony exports RefusedFile, patternRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Where a file we read from a pull request's checkout may live. A PR can commit a report path as a
 * symbolic link to `.git/config` (which holds the checkout token's extraheader) or to a dotenv file
 * outside the workspace; we post what we read. So a file is read only when it is a regular file
 * whose real path lies inside one of the roots (the workspace, GITHUB_WORKSPACE, RUNNER_TEMP) and
 * not inside any `.git` directory. It is opened by that real path without following a last
 * symbolic link, and the opened file must be the very file that was checked (same device and
 * inode), so swapping it between the check and the open does not work either.
 *
 * A path you name yourself (a CLI argument, an action input such as `config`) that lies outside
 * the roots is read as named: a pull request cannot put anything there, and `parse /tmp/x.xml`
 * should work. It still must be a regular file outside any `.git` directory. Globs (report
 * patterns, which a PR's config can set) never reach outside the roots.
 *
 * Not covered: hard links (git cannot commit them; code that runs in the job can read the token
 * anyway).
 */
/** A file we will not open, with the reason as a phrase: "it is a symbolic link to …". */
class RefusedFile extends Error {
    code = 'EREFUSED';
}
/**
 * The folders files may be read from: the workspace, GITHUB_WORKSPACE and RUNNER_TEMP, each as
 * given and as its real path (they differ when a parent folder is a link, e.g. /tmp on macOS).
 */
async function readRoots(workspace, env = process.env) {
    const candidates = [workspace, env.GITHUB_WORKSPACE, env.RUNNER_TEMP].filter((d) => !!d);
    const roots = [];
    for (const dir of candidates) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir)).catch(() => undefined);
        if (!real)
            continue;
        for (const form of [node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(dir), real])
            if (!roots.includes(form))
                roots.push(form);
    }
    return roots;
}
/**
 * Whether `file` (relative to `base`) may be read, and if not, why; never opens it. `named`: the
 * user named this path (see the module comment); glob matches are not named.
 */
async function inspect(file, base, roots, named = false) {
    const full = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, file);
    let link;
    try {
        link = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(full);
    }
    catch (err) {
        const code = err.code;
        return { ok: false, reason: code === 'ENOENT' ? 'the file does not exist' : err.message, missing: code === 'ENOENT' };
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(full).catch(() => undefined);
    if (real === undefined)
        return { ok: false, reason: 'it is a symbolic link to nothing' };
    const viaLink = link.isSymbolicLink() ? 'it is a symbolic link to a file' : undefined;
    const root = roots.find((r) => isInside(real, r));
    const outsideAsNamed = named && !roots.some((r) => isInside(full, r));
    if (!root && !outsideAsNamed)
        return { ok: false, reason: viaLink ? `${viaLink} outside the workspace` : 'it is outside the workspace' };
    if (inGitDir(root ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, real) : real))
        return { ok: false, reason: viaLink ? `${viaLink} inside a .git directory` : 'it is inside a .git directory' };
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(real);
    if (!target.isFile())
        return { ok: false, reason: target.isDirectory() ? 'it is a directory' : `it is not a regular file (${kindOf(target)})` };
    return { ok: true, real, stat: target };
}
/** Opens a file that `inspect` allows, or throws RefusedFile / the fs error. The caller closes it. */
async function openInside(file, base, roots) {
    // Files are opened by name: glob matches were inspected (without `named`) when they were found.
    const checked = await inspect(file, base, roots, true);
    if (!checked.ok) {
        if (checked.missing)
            throw Object.assign(new Error(checked.reason), { code: 'ENOENT' });
        throw new RefusedFile(`${checked.reason}; not opened`);
    }
    // O_NONBLOCK: should a FIFO appear here after the check, opening it must not wait for a writer.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(checked.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    try {
        const opened = await handle.stat();
        if (!opened.isFile() || opened.ino !== checked.stat.ino || opened.dev !== checked.stat.dev)
            throw new RefusedFile('it changed while it was being opened; not read');
        return handle;
    }
    catch (err) {
        await handle.close();
        throw err;
    }
}
/**
 * A whole small file (a config, a tests list, canary samples) under the same rules, at most
 * `maxBytes`; a bigger file is refused with the bound named.
 */
async function readInside(file, base, roots, maxBytes) {
    const handle = await openInside(file, base, roots);
    try {
        const { size } = await handle.stat();
        if (size > maxBytes)
            throw new RefusedFile(`it is ${bytesText(size)}, over the ${bytesText(maxBytes)} this file may have`);
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}
/**
 * A glob's fixed leading folder ("reports" of "reports/**\/*.xml", "coverage" of
 * "coverage/lcov.info"), resolved against `base`. The last part is left out even when it is
 * plain, so a link there is judged (and named) as a file.
 */
function patternRoot(pattern, base) {
    const parts = pattern.split(/[\\/]/);
    const fixed = [];
    for (const part of parts.slice(0, -1)) {
        if (/[*?[\]{}!]/.test(part))
            break;
        fixed.push(part);
    }
    const joined = fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(base, joined);
}
/** Whether the fixed part of a glob can only match outside every root (checked on real paths). */
async function patternOutside(pattern, base, roots) {
    let dir = patternRoot(pattern, base);
    // The deepest folder that exists stands for the pattern (a missing one matches nothing anyway).
    for (;;) {
        const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(dir).catch(() => undefined);
        if (real)
            return !roots.some((r) => isInside(real, r) || isInside(r, real));
        const up = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir);
        if (up === dir)
            return true;
        dir = up;
    }
}
/** Whether files directly in this (real) folder may be read: it is inside a root and not in .git. */
function isReadableFolder(real, roots) {
    const root = roots.find((r) => isInside(real, r));
    return root !== undefined && !inGitDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, real));
}
function isInside(file, root) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(rel));
}
function inGitDir(relative) {
    return relative.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).some((part) => part.toLowerCase() === '.git');
}
function kindOf(s) {
    if (s.isFIFO())
        return 'a FIFO';
    if (s.isCharacterDevice() || s.isBlockDevice())
        return 'a device';
    if (s.isSocket())
        return 'a socket';
    return 'not a file';
}
/** "512 bytes", "3.5 KiB", "64 MiB", "65.2 MiB". */
function bytesText(bytes) {
    if (bytes < 1024)
        return `${bytes} bytes`;
    const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / (1024 * 1024), 'MiB'];
    return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
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
