export const id = 943;
export const ids = [943];
export const modules = {

/***/ 18943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planCommand: () => (/* binding */ planCommand),
/* harmony export */   shardCommand: () => (/* binding */ shardCommand)
/* harmony export */ });
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48709);
/* harmony import */ var _history_local_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69362);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71361);
/* harmony import */ var _ingest_timings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55083);
/* harmony import */ var _planner_shard_output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50508);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76130);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32432);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73920);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73312);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75269);










/** `pipeline-gates plan`: the same planning the plan job does, with local files for history. */
async function planCommand(o, io) {
    const root = process.cwd();
    const tests = await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_8__/* .listTests */ .k)({ globs: o.tests, ...(o.testsFile ? { file: o.testsFile } : {}), ...(o.testsCommand ? { command: o.testsCommand } : {}) }, root);
    const repo = await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_7__/* .loadRepoPaths */ .$)(root);
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_6__/* .reportFiles */ .I)(root);
    const timings = [];
    for (const file of o.timings) {
        const t = await (0,_ingest_timings_js__WEBPACK_IMPORTED_MODULE_3__/* .readTimings */ .k)(file, files.open, { repo });
        if (t.problems.length)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`Timings file ${file} could not be read.`, t.problems);
        timings.push(t);
    }
    const history = o.history ? await new _history_local_store_js__WEBPACK_IMPORTED_MODULE_1__/* .LocalHistoryStore */ .vn(o.history, o.configId).restore() : undefined;
    for (const w of history?.warnings ?? [])
        io.err(`warning: ${w}\n`);
    const previous = o.previousPlan ? await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.previousPlan).load() : undefined;
    if (previous?.problem)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`Previous plan: ${previous.problem}.`);
    const settings = { configId: o.configId, granularity: o.granularity, shards: o.shards };
    const started = process.hrtime.bigint();
    const result = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_0__/* .buildPlan */ .G)(settings, {
        tests,
        timings,
        ...(history?.history ? { history: history.history } : {}),
        ...(previous?.plan ? { previous: previous.plan } : {}),
        root,
        runId: `local-${Date.now()}`,
        now: new Date()
    });
    const planningMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (o.out)
        await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.out).save(result.document);
    if (o.json)
        io.out(`${JSON.stringify({ ...result.document, ...(result.plan.choices ? { choices: result.plan.choices, targetMet: result.plan.targetMet } : {}), sticky: result.plan.sticky, planningMs }, null, 2)}\n`);
    else
        io.out((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPlan */ .E)(result));
    return 0;
}
/** `pipeline-gates shard --plan F --shard N`: one shard's tests from a pinned plan. */
async function shardCommand(o, io) {
    const loaded = await new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .FilePlanStore */ .vR(o.plan).load();
    if (!loaded.plan)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`Plan: ${loaded.problem ?? 'not found'}.`);
    const found = (0,_planner_shard_output_js__WEBPACK_IMPORTED_MODULE_9__/* .shardTests */ .S)(loaded.plan, o.shard);
    if (!found.ok)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`Shard ${o.shard}: ${found.message}.`);
    const { shard } = found;
    io.out(o.format === 'json' ? `${shard.json}\n` : o.format === 'lines' ? shard.lines : `${shard.words}\n`);
    return 0;
}


/***/ }),

/***/ 48709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ buildPlan)
/* harmony export */ });
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54087);
/* harmony import */ var _planner_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47989);
/* harmony import */ var _planner_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89667);


/** Tests + timings + previous plan → the pinned plan. Pure apart from the data it is given. */
function buildPlan(settings, sources) {
    const key = keyFor(settings.granularity, sources.root);
    const tests = [...new Set(sources.tests.map(key))].sort();
    const history = snapshots(settings.granularity, sources, key);
    const previous = previousPlan(settings.granularity, sources, key);
    const plan = (0,_planner_index_js__WEBPACK_IMPORTED_MODULE_1__/* .planShards */ .tF)({
        tests,
        history: history.snapshots,
        ...(previous.plan ? { previous: previous.plan } : {}),
        shards: settings.shards,
        ...(settings.margin !== undefined ? { margin: settings.margin } : {})
    });
    const document = (0,_planner_document_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlanDocument */ .CF)(plan, { configId: settings.configId, runId: sources.runId, createdAt: sources.now.toISOString(), granularity: settings.granularity });
    return { plan, document, notes: [...history.notes, ...previous.notes] };
}
/** The same test named the same way whatever source it came from: repo-relative, `/`-separated. */
function keyFor(granularity, root) {
    return (raw) => {
        const file = (0,_planner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeTestPath */ .pf)((0,_planner_index_js__WEBPACK_IMPORTED_MODULE_2__/* .fileOf */ .W7)(raw), root);
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
    for (const run of runs) {
        const record = granularity === 'file' ? run.files : run.tests;
        if (!record || Object.keys(record).length === 0)
            continue;
        out.push(rekey(new Map(Object.entries(record)), key, granularity));
        used++;
    }
    if (runs.length)
        notes.push(`timings: ${used} of ${runs.length} runs in history`);
    return { snapshots: out, notes };
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
        return { plan: { shards: sources.previous.shards.length, assignment: rekey((0,_planner_document_js__WEBPACK_IMPORTED_MODULE_0__/* .assignmentOf */ .tq)(sources.previous), key, 'case') }, notes: ['previous plan: given'] };
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
/* harmony export */   Zz: () => (/* binding */ CachePlanStore),
/* harmony export */   vR: () => (/* binding */ FilePlanStore)
/* harmony export */ });
/* unused harmony exports pinnedPlanKey, readPlanFile */
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

/***/ 55083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readTimings)
/* harmony export */ });
/* harmony import */ var _model_test_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44204);
/* harmony import */ var _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13712);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67767);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24664);




async function readTimings(file, open, ctx) {
    const head = await firstBytes(open(file));
    if (/^\s*[{]/.test(head))
        return readTimingJson(file, open);
    const collector = new _model_test_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .TestCollector */ .g({ maxCaseTimings: Number.MAX_SAFE_INTEGER, maxKeptFailures: 0, detailsBudget: 0 });
    const result = await (0,_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readReport */ .t)(file, open, { ctx, tests: collector, kind: 'tests' });
    const summary = collector.summary();
    return { file, format: result.kind === 'tests' ? result.format : 'unknown', cases: summary.caseSeconds ?? new Map(), files: summary.fileSeconds, problems: result.problems };
}
/** pytest-split ids hold "::" and give cases; Knapsack keys are spec files and give files. */
async function readTimingJson(file, open) {
    const entries = new Map();
    const read = await (0,_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .streamJson */ .fM)(file, open(file), ['$.*'], ({ path, value }) => {
        const key = path[0];
        if (typeof key !== 'string')
            throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonContentError */ ._l('expected an object of test name → seconds');
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            throw new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonContentError */ ._l(`${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_3__/* .excerpt */ .Kb)(key)}: expected seconds (a number ≥ 0)`);
        entries.set(key, value);
    });
    const problems = read.problem ? [read.problem] : read.root !== 'object' ? [{ file, message: 'expected a JSON object of test name → seconds (pytest-split .test_durations or a Knapsack report)' }] : [];
    const isPytest = [...entries.keys()].some((k) => k.includes('::'));
    if (!isPytest)
        return { file, format: 'knapsack', cases: new Map(), files: entries, problems };
    const files = new Map();
    for (const [id, seconds] of entries) {
        const f = id.slice(0, id.indexOf('::') === -1 ? id.length : id.indexOf('::'));
        files.set(f, (files.get(f) ?? 0) + seconds);
    }
    return { file, format: 'pytest-split', cases: entries, files, problems };
}
async function firstBytes(source) {
    for await (const chunk of source)
        return new TextDecoder().decode(chunk.subarray(0, 64)).replace(/^\uFEFF/, '');
    return '';
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

/***/ 89667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W7: () => (/* binding */ fileOf),
/* harmony export */   Yv: () => (/* binding */ parseTestList),
/* harmony export */   pf: () => (/* binding */ normalizeTestPath)
/* harmony export */ });
/* unused harmony exports folderOf, aggregateToFiles */
/* harmony import */ var _ingest_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33540);
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
    return new _ingest_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .RepoPaths */ .h(root).place(file).path + rest;
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
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32432);



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
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`The command has an unclosed ${quote} quote: ${line}`);
    if (inWord)
        words.push(word);
    return words;
}
/** Runs a command (no shell) and returns its standard output; a failure names the command. */
async function commandOutput(line, cwd) {
    const [file, ...args] = splitCommand(line);
    if (!file)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('The tests command is empty.');
    try {
        const { stdout } = await (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { cwd, maxBuffer: 256 * 1024 * 1024, timeout: 10 * 60_000 });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT')
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`The tests command "${file}" was not found (commands run without a shell: no pipes or variables).`);
        const tail = (e.stderr ?? '').trim().split('\n').slice(-5).join('\n');
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`The tests command "${line}" failed (exit ${String(e.code)})${tail ? `:\n${tail}` : '.'}`);
    }
}


/***/ }),

/***/ 75269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ listTests)
/* harmony export */ });
/* harmony import */ var _planner_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(89667);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32951);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32432);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73920);
/* harmony import */ var _safe_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15974);





/** The tests to plan, as listed; an empty list is an error naming where we looked. */
async function listTests(source, root) {
    const tests = [];
    const files = (0,_report_files_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFiles */ .I)(root);
    const exclude = (source.globs ?? []).filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    for (const glob of (source.globs ?? []).filter((g) => !g.startsWith('!')))
        tests.push(...(await files.find(glob, exclude)));
    if (source.file) {
        let text;
        try {
            text = (await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readInside */ .xO)(source.file, root, await (0,_safe_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readRoots */ .Mi)(root), 64 * 1024 * 1024)).toString('utf8');
        }
        catch (err) {
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`The tests file ${source.file} could not be read: ${err.message}.`);
        }
        tests.push(...(0,_planner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTestList */ .Yv)(text));
    }
    if (source.command)
        tests.push(...(0,_planner_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTestList */ .Yv)(await (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .commandOutput */ .p)(source.command, root)));
    if (!source.globs?.length && !source.file && !source.command)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('No tests to plan: give --tests GLOB, --tests-file FILE or --tests-command CMD (inputs tests, tests-file, tests-command).');
    if (tests.length === 0) {
        const where = [...(source.globs ?? []).map((g) => `"${g}"`), source.file, source.command && `the output of "${source.command}"`].filter(Boolean).join(', ');
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`No tests found: ${where} listed none.`);
    }
    return tests;
}


/***/ })

};
