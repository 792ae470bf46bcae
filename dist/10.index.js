export const id = 10;
export const ids = [10];
export const modules = {

/***/ 88131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ checkRevision),
/* harmony export */   JH: () => (/* binding */ REVISION_RULE)
/* harmony export */ });
/* unused harmony exports MAX_REVISION_LENGTH, isFullSha, refNameProblem */
/**
 * Which base revisions may reach git. A base comes from a user (`--base`, the `base-ref` dispatch
 * input) or an event payload, and git reads a word that starts with "-" as an option
 * (`--upload-pack=CMD` runs CMD on fetch). So a revision is accepted only as a full commit SHA or a
 * name git itself would accept as a ref (`git check-ref-format --allow-onelevel`), optionally
 * followed by `~N` / `^N` steps, and never with a leading "-" or "+" (a forced refspec).
 */
/** Longer than any real ref name; bounds what a message or cache key can carry. */
const MAX_REVISION_LENGTH = 255;
/** What to tell a user whose value was refused. */
const REVISION_RULE = 'a commit SHA or a branch or tag name (such as main, origin/main, release/1.x or HEAD~1)';
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/** `~`, `~N`, `^`, `^N` steps after a name: HEAD~1, main^2. */
const STEPS = /(?:[~^]\d{0,6})+$/;
function isFullSha(value) {
    return FULL_SHA.test(value);
}
function checkRevision(value) {
    if (value === '')
        return { ok: false, reason: 'it is empty' };
    if (value.length > MAX_REVISION_LENGTH)
        return { ok: false, reason: `it is longer than ${MAX_REVISION_LENGTH} characters` };
    if (value.startsWith('-'))
        return { ok: false, reason: 'it starts with "-", which git would read as an option' };
    if (value.startsWith('+'))
        return { ok: false, reason: 'it starts with "+"' };
    if (isFullSha(value))
        return { ok: true, kind: 'sha' };
    const steps = STEPS.exec(value);
    const name = steps ? value.slice(0, steps.index) : value;
    const bad = refNameProblem(name);
    if (bad)
        return { ok: false, reason: bad };
    return { ok: true, kind: steps ? 'relative' : 'name' };
}
/** The rules of `git check-ref-format --allow-onelevel`, as git-check-ref-format(1) lists them. */
function refNameProblem(name) {
    if (name === '')
        return 'it has no name before its ~ or ^ steps';
    if (name === '@')
        return 'it is the single character "@"';
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'it contains ".."';
    if (name.includes('@{'))
        return 'it contains "@{"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'it starts or ends with "/" or has "//"';
    if (name.endsWith('.'))
        return 'it ends with "."';
    for (const part of name.split('/')) {
        if (part.startsWith('.'))
            return 'a part of it starts with "."';
        if (part.endsWith('.lock'))
            return 'a part of it ends with ".lock"';
    }
    return undefined;
}


/***/ }),

/***/ 78363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   s4: () => (/* binding */ emptyHistory),
/* harmony export */   vj: () => (/* binding */ recordRun)
/* harmony export */ });
/* unused harmony exports HISTORY_SCHEMA, HISTORY_VERSION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38816);

/**
 * The history document: one versioned JSON file per config id, bounded to the last N runs. It is
 * its own format (never parsed back out of markdown), validated on every read.
 */
const HISTORY_SCHEMA = 'pipeline-gates/history';
const HISTORY_VERSION = 1;
const historyRun = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    conclusion: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['success', 'failure', 'neutral']),
    /** Seconds per test id (see `testId`); empty when the run had more tests than we time one by one. */
    tests: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative()),
    /** Seconds per test file: max(suite time, sum of its cases). */
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative()).optional(),
    /** Overall coverage in percent: the base for `auto` targets, drops and deltas. */
    coverage: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ lines: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(), branches: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional() }).optional(),
    /** `findingKey` of every finding: what "new" means for `new-only` security gates. */
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
    /** Samples per benchmark (bounded): history-mode comparisons and trends. */
    benchmarks: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ unit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['bigger-is-better', 'smaller-is-better']), samples: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()) })).optional(),
    /** Metric values, for trends in the report. */
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()).optional(),
    /** Per cache (setup action and package manager, or key prefix): what the run's jobs found and saved. */
    caches: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        hit: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
        partial: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
        miss: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
        saved: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nonnegative(),
        bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(),
        seconds: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative()
    }))
        .optional()
});
const historyDocument = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(HISTORY_SCHEMA),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(HISTORY_VERSION),
    configId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Oldest first. */
    runs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(historyRun),
    lastGreen: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), runId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), runUrl: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
    /** The last plan a default-branch run used: tests keep their shard next time (fewer cold caches). */
    plan: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ granularity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['file', 'case']), shards: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1), assignment: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1)) })
        .optional()
});
function emptyHistory(configId) {
    return { schema: HISTORY_SCHEMA, version: HISTORY_VERSION, configId, runs: [] };
}
/** Accepts only our own document for this config; anything else is a reason, never an exception. */
function readHistory(json, configId) {
    const head = (json ?? {});
    if (head.schema === HISTORY_SCHEMA && typeof head.version === 'number' && head.version > HISTORY_VERSION) {
        return { ok: false, kind: 'newer', reason: `it is a version ${head.version} history document, newer than this Pipeline Gates reads (${HISTORY_VERSION})` };
    }
    const parsed = historyDocument.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
        return { ok: false, kind: 'invalid', reason: `not a Pipeline Gates history document (v${HISTORY_VERSION})${where}: ${issue?.message ?? 'invalid'}` };
    }
    if (parsed.data.configId !== configId) {
        return { ok: false, kind: 'foreign', reason: `it belongs to config "${parsed.data.configId}", not "${configId}"` };
    }
    return { ok: true, history: parsed.data };
}
/** Appends a run (replacing an earlier attempt of the same run) and keeps the newest `maxRuns`. */
function recordRun(history, record, maxRuns) {
    const { run } = record;
    const runs = [...history.runs.filter((r) => r.runId !== run.runId), run].slice(-maxRuns);
    const lastGreen = run.conclusion === 'success' ? { sha: run.sha, runId: run.runId, runUrl: record.runUrl, at: run.at } : history.lastGreen;
    return { ...history, runs, ...(lastGreen ? { lastGreen } : {}) };
}


/***/ }),

/***/ 69362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vn: () => (/* binding */ LocalHistoryStore),
  tG: () => (/* binding */ readHistoryFile),
  An: () => (/* binding */ writeJsonFile)
});

// UNUSED EXPORTS: MAX_HISTORY_BYTES, loadHistoryFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(32432);
// EXTERNAL MODULE: ./src/shell/safe-read.ts
var safe_read = __webpack_require__(15974);
// EXTERNAL MODULE: ./src/history/document.ts
var history_document = __webpack_require__(78363);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/history/lock.ts



class LockBusy extends Error {
}
async function withLock(file, work, options = {}) {
    const lock = `${file}.lock`;
    const me = { token: (0,external_node_crypto_.randomUUID)(), pid: process.pid, host: external_node_os_default().hostname(), at: new Date().toISOString() };
    await acquire(lock, me, options.waitMs ?? 30_000, options.staleMs ?? 120_000);
    try {
        return await work();
    }
    finally {
        // Only our own lock: had it been taken over as stale, the new holder's stays.
        if ((await readHolder(lock))?.token === me.token)
            await (0,promises_.rm)(lock, { force: true });
    }
}
async function acquire(lock, me, waitMs, staleMs) {
    const deadline = Date.now() + waitMs;
    for (let attempt = 0;; attempt++) {
        try {
            const handle = await (0,promises_.open)(lock, 'wx');
            try {
                await handle.writeFile(JSON.stringify(me));
            }
            finally {
                await handle.close();
            }
            return;
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
        }
        const holder = await readHolder(lock);
        if (await isStale(lock, holder, staleMs)) {
            // Re-read just before removing: another waiter may have taken it over already.
            if ((await readHolder(lock))?.token === holder?.token)
                await (0,promises_.rm)(lock, { force: true });
            continue;
        }
        if (Date.now() >= deadline) {
            const who = holder ? `process ${holder.pid} on ${holder.host} since ${holder.at}` : 'another process';
            throw new LockBusy(`${lock} is held by ${who}; remove it if no Pipeline Gates run is writing there`);
        }
        // Jittered backoff, 5 ms growing to 100 ms: ten waiters do not wake in step.
        await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())));
    }
}
async function readHolder(lock) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(lock, 'utf8'));
        return typeof parsed.token === 'string' && typeof parsed.pid === 'number' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
async function isStale(lock, holder, staleMs) {
    const age = await (0,promises_.stat)(lock).then((s) => Date.now() - s.mtimeMs, () => 0);
    if (age > staleMs)
        return true;
    // An unreadable lock may be one being written this instant: only age can make it stale.
    if (!holder || holder.host !== external_node_os_default().hostname())
        return false;
    try {
        process.kill(holder.pid, 0);
        return false;
    }
    catch (err) {
        return err.code === 'ESRCH';
    }
}

;// CONCATENATED MODULE: ./src/history/merge.ts
/**
 * The document to write when the file changed since this run read it: every run either side has
 * (a run recorded twice keeps its later attempt, else ours), oldest first, the newest `maxRuns`;
 * the later last-green commit; our plan, else theirs. Concurrent local runs all land this way.
 */
function mergeHistories(onDisk, ours, maxRuns) {
    const byRun = new Map();
    for (const run of [...onDisk.runs, ...ours.runs]) {
        const seen = byRun.get(run.runId);
        if (!seen || run.attempt >= seen.attempt)
            byRun.set(run.runId, run);
    }
    // ISO timestamps sort as strings; the sort is stable, so equal times keep disk-then-ours order.
    const runs = [...byRun.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-Math.max(1, maxRuns));
    const greens = [onDisk.lastGreen, ours.lastGreen].filter((g) => g !== undefined);
    const lastGreen = greens.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).at(-1);
    const plan = ours.plan ?? onDisk.plan;
    return { ...ours, runs, ...(lastGreen ? { lastGreen } : {}), ...(plan ? { plan } : {}) };
}

;// CONCATENATED MODULE: ./src/history/local-store.ts









/** A history file bigger than this is neither read nor overwritten (500 runs of 10,000 tests fit). */
const MAX_HISTORY_BYTES = 64 * 1024 * 1024;
/** Reads and classifies the file at `file`; never throws. `label` names it in the warning. */
async function loadHistoryFile(file, configId, label = file) {
    const unusable = (kind, reason, warning) => ({ state: 'unusable', kind, reason, warning: `History ${label} ${warning}.` });
    let text;
    try {
        const handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        try {
            const { size } = await handle.stat();
            const over = `is ${(0,safe_read/* bytesText */.pV)(size)}, over the ${(0,safe_read/* bytesText */.pV)(MAX_HISTORY_BYTES)} a history file may have`;
            if (size > MAX_HISTORY_BYTES)
                return unusable('too-big', `it ${over}`, `${over}; continuing without history`);
            text = await handle.readFile('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { state: 'missing' };
        const message = err.message;
        return unusable('unreadable', `it could not be read (${message})`, `could not be read (${message}); continuing without history`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        const why = `is not valid JSON (${(0,excerpt/* jsonSyntaxError */.UQ)(err)})`;
        return unusable('invalid', `it ${why}`, `${why}; ignoring it`);
    }
    const read = (0,history_document/* readHistory */.Lu)(json, configId);
    return read.ok ? { state: 'ok', history: read.history } : unusable(read.kind, read.reason, `was ignored: ${read.reason}`);
}
/**
 * Reads a history file from disk; a missing file is "no history", a bad one a warning. `label`
 * names where it came from in messages (the file, or the cache key it was restored from).
 */
async function readHistoryFile(file, configId, label = file) {
    const loaded = await loadHistoryFile(file, configId, label);
    if (loaded.state === 'missing')
        return { warnings: [] };
    if (loaded.state === 'ok')
        return { history: loaded.history, warnings: [], source: label };
    return { warnings: [loaded.warning], unusable: loaded.kind };
}
/**
 * Writes through a temporary file and a rename, so a crash never leaves half a document; the
 * temporary file is removed when the write fails.
 */
async function writeJsonFile(file, value) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
    try {
        await (0,promises_.writeFile)(tmp, `${JSON.stringify(value)}\n`, { flag: 'wx' });
        await (0,promises_.rename)(tmp, file);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true });
        throw err;
    }
}
/**
 * History in a local folder: one `<config-id>.history.json` per config (CLI and tests). Saves
 * hold a lock file and merge with what is on disk, so concurrent runs each add their run. A file
 * it cannot read is never overwritten: a newer version's document is left alone (not saved), and
 * anything else is kept aside as `<file>.bak-<time>` with a warning before a new one is written.
 */
class LocalHistoryStore {
    configId;
    options;
    description;
    file;
    constructor(dir, configId, options = {}) {
        this.configId = configId;
        this.options = options;
        this.file = external_node_path_default().join(dir, `${configId}.history.json`);
        this.description = `local folder ${dir}`;
    }
    /** Throws a UsageError when the history path is a folder (or anything but a file). */
    async check() {
        const found = await (0,promises_.lstat)(this.file).catch(() => undefined);
        if (found && !found.isFile()) {
            throw new config_file/* UsageError */.eb(`--history: ${this.file} is ${found.isDirectory() ? 'a directory' : 'not a regular file'}, not a history file; remove it or choose another --history folder.`);
        }
    }
    restore() {
        return readHistoryFile(this.file, this.configId);
    }
    async save(history) {
        await this.check();
        await (0,promises_.mkdir)(external_node_path_default().dirname(this.file), { recursive: true });
        return withLock(this.file, () => this.mergeAndWrite(history)).catch((err) => {
            if (err instanceof LockBusy)
                return { saved: false, detail: err.message };
            throw err;
        });
    }
    async mergeAndWrite(history) {
        const current = await loadHistoryFile(this.file, this.configId);
        if (current.state === 'unusable' && (current.kind === 'newer' || current.kind === 'too-big' || current.kind === 'unreadable')) {
            const advice = current.kind === 'newer' ? 'Upgrade Pipeline Gates or use another --history folder' : 'Move it away or use another --history folder';
            return { saved: false, detail: `${this.file}: ${current.reason}; it is left as it is. ${advice}` };
        }
        const warnings = [];
        if (current.state === 'unusable')
            warnings.push(await this.keepAside(current.reason));
        const merged = current.state === 'ok' ? mergeHistories(current.history, history, this.options.maxRuns ?? history.runs.length) : history;
        const bytes = JSON.stringify(merged).length;
        if (bytes > MAX_HISTORY_BYTES)
            return { saved: false, detail: `the document would be ${(0,safe_read/* bytesText */.pV)(bytes)}, over the ${(0,safe_read/* bytesText */.pV)(MAX_HISTORY_BYTES)} a history file may have; lower history.max-runs`, ...(warnings.length ? { warnings } : {}) };
        await writeJsonFile(this.file, merged);
        return { saved: true, detail: `written to ${this.file}`, ...(warnings.length ? { warnings } : {}) };
    }
    /** Renames the unreadable file to `<file>.bak-<UTC time>`; returns the warning that says so. */
    async keepAside(reason) {
        const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
        const aside = `${this.file}.bak-${stamp}`;
        await (0,promises_.rename)(this.file, aside);
        return `${this.file} was kept aside as ${external_node_path_default().basename(aside)}: ${reason}.`;
    }
}


/***/ }),

/***/ 20232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ metricsFormat)
/* harmony export */ });
/* harmony import */ var _stats_median_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78269);
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13712);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24664);




/**
 * A metrics file is one JSON object of named numbers; nested objects make dotted paths.
 * - A number is a metric: `{"compliance": {"score": 72}}` gives `compliance.score` = 72.
 * - An array of numbers is a metric's samples (canary analysis uses them); its value is the median.
 * - An object whose `value` or `samples` key holds anything but an object is ONE metric with
 *   metadata, not a group: `{"p99_latency": {"value": 8.2, "unit": "ms", "direction":
 *   "smaller-is-better"}}`. It may only have value, samples, unit and direction, so a misspelt
 *   `unti` or a sibling metric beside `value` is reported instead of silently dropped. (A group
 *   that needs a metric called "value" nests it: `{"g": {"value": {"value": 1}, "x": 2}}`.)
 * - Booleans are rejected, not read as 1/0: a gate compares a quantity in a direction, and a flag
 *   has neither; writing 1 or 0 on purpose costs nothing, while coercion would turn metadata such
 *   as `"cached": true` into a gated number by accident. Strings (even "72") and null are rejected
 *   the same way, each with its line and column.
 * - A file that is not valid JSON yields no metrics, only the located problem: half a file of
 *   named numbers cannot be told from a whole one with fewer metrics.
 */
const metricsFormat = {
    id: 'metrics',
    kind: 'metrics',
    description: 'a JSON object of named numbers (nested objects make dotted paths)',
    sniff: sniffMetrics,
    parse: parseMetrics
};
const LEAF_KEYS = ['value', 'samples', 'unit', 'direction'];
const DIRECTIONS = ['bigger-is-better', 'smaller-is-better'];
async function parseMetrics(file, chunks) {
    const starts = new Map();
    const duplicates = [];
    let root;
    let locator;
    const read = await (0,_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .streamJson */ .fM)(file, chunks, undefined, (event, l) => {
        locator = l;
        if (event.path.length === 0)
            root = event.value;
        // Numbers inside sample arrays are not located: a long array stays cheap.
        if (typeof event.value === 'number' && typeof event.path[event.path.length - 1] === 'number')
            return;
        const key = JSON.stringify(event.path);
        if (starts.has(key))
            duplicates.push([...event.path]);
        starts.set(key, event.start);
    });
    if (read.problem)
        return { metrics: [], problems: [read.problem] };
    const collector = new Collector(file, starts, locator);
    for (const path of duplicates)
        collector.fail(path, 'this key appears twice in its object; only the last value is read');
    if (read.root === 'object')
        collector.group(root, []);
    else if (read.root)
        collector.fail([], `expected a JSON object of named numbers, found ${read.root === 'array' ? 'an array' : 'a single value'}`);
    else
        collector.fail([], 'the file is empty: expected a JSON object of named numbers');
    return { metrics: collector.metrics(), problems: collector.problems };
}
class Collector {
    file;
    starts;
    locator;
    problems = [];
    found = [];
    names = new Set();
    constructor(file, starts, locator) {
        this.file = file;
        this.starts = starts;
        this.locator = locator;
    }
    group(node, prefix) {
        for (const [key, child] of Object.entries(node)) {
            const path = [...prefix, key];
            if (key === '')
                this.fail(path, 'a metric name cannot be empty');
            else if (isObject(child) && !isLeaf(child))
                this.group(child, path);
            else if (isObject(child))
                this.leaf(path, child);
            else if (Array.isArray(child))
                this.add(path, {}, this.samples(path, child));
            else
                this.add(path, { value: this.number(path, child) });
        }
    }
    /** `value` wins when given; otherwise the median of `samples`. */
    leaf(path, node) {
        for (const key of Object.keys(node)) {
            if (!LEAF_KEYS.includes(key)) {
                this.fail([...path, key], `${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(key)} is not a metric field: an object with "value" or "samples" is one metric and may only have ${LEAF_KEYS.join(', ')}`);
            }
        }
        const samples = 'samples' in node ? this.samples([...path, 'samples'], node.samples) : undefined;
        if ('samples' in node && !samples)
            return;
        const unit = node.unit;
        if (unit !== undefined && (typeof unit !== 'string' || !unit))
            this.fail([...path, 'unit'], 'unit must be a non-empty string');
        const direction = node.direction;
        if (direction !== undefined && !DIRECTIONS.includes(direction)) {
            this.fail([...path, 'direction'], `direction must be ${DIRECTIONS.map((d) => `"${d}"`).join(' or ')}, found ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(direction)}`);
        }
        const meta = {
            ...('value' in node && { value: this.number([...path, 'value'], node.value) }),
            ...(typeof unit === 'string' && unit && { unit }),
            ...(DIRECTIONS.includes(direction) && { direction: direction })
        };
        this.add(path, meta, samples);
    }
    add(path, meta, samples) {
        if (meta.value === undefined && 'value' in meta)
            return; // a bad value, already reported
        const value = meta.value ?? (samples && (0,_stats_median_js__WEBPACK_IMPORTED_MODULE_3__/* .median */ .J)(samples));
        if (value === undefined)
            return;
        const name = path.join('.');
        if (this.names.has(name))
            return this.fail(path, `the metric "${name}" is given twice (a dotted key and a nested object name the same path)`);
        this.names.add(name);
        this.found.push({ metric: { path: name, ...meta, value, ...(samples && { samples }) }, start: this.startOf(path) ?? 0 });
    }
    samples(path, raw) {
        if (!Array.isArray(raw))
            return void this.fail(path, 'samples must be an array of numbers');
        if (raw.length === 0)
            return void this.fail(path, 'an empty array has no samples to take a value from');
        const out = [];
        for (const [i, v] of raw.entries()) {
            const n = this.number([...path, i], v);
            if (n === undefined)
                return undefined;
            out.push(n);
        }
        return out;
    }
    number(path, raw) {
        if (typeof raw === 'number')
            return Number.isFinite(raw) ? raw : void this.fail(path, 'the number is too large');
        if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) {
            return void this.fail(path, `${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(raw)} is a string; write the number ${Number(raw)} without quotes`);
        }
        const found = raw === null ? 'null' : typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(raw) : Array.isArray(raw) ? 'an array' : 'an object';
        const hint = typeof raw === 'boolean' ? ' (write 1 or 0 if it counts something)' : raw === null ? ' (leave out a metric that was not measured)' : '';
        return void this.fail(path, `expected a number, found ${found}${hint}`);
    }
    fail(path, message) {
        const start = this.startOf(path);
        const at = start === undefined ? undefined : this.locator?.locate(start);
        const name = path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
        this.problems.push({ file: this.file, ...at, message: name ? `${name}: ${message}` : message });
    }
    /** Where a value starts; an unlocated one (a number in an array) is placed at its nearest container. */
    startOf(path) {
        for (let n = path.length; n >= 0; n--) {
            const start = this.starts.get(JSON.stringify(path.slice(0, n)));
            if (start !== undefined)
                return start;
        }
        return undefined;
    }
    metrics() {
        return [...this.found].sort((a, b) => a.start - b.start).map((f) => f.metric);
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isLeaf(node) {
    return ['value', 'samples'].some((k) => k in node && !isObject(node[k]));
}
/** Keys that mark another format's JSON whose leaves may also be numbers (never claim those). */
const FOREIGN_KEYS = new Set([
    'runs', '$schema', // SARIF
    'pct', 'covered', 'statementMap', 'fnMap', 'branchMap', // istanbul coverage-summary / coverage-final
    'benchmarks', 'context', 'machine_info', // Google Benchmark, pytest-benchmark
    'results', 'numTotalTests' // hyperfine, Jest --json
]);
/**
 * Conservative: a `.json` file whose head is an object with at least one number, where every
 * string is a `unit` or `direction`, there are no booleans or nulls, and no key looks like another
 * format's or like a test id or file path (pytest-split and knapsack timings are also flat
 * objects of numbers). Anything else needs an explicit `format: metrics`.
 */
function sniffMetrics(head, fileName) {
    if (!/\.json$/i.test(fileName) || !/^\s*\{/.test(head))
        return false;
    const shape = new _stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .Shape */ .yp();
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F();
    let ok = true;
    let numbers = 0;
    let key = '';
    tokenizer.onToken = (t) => {
        const isKey = shape.expecting === 'key' || shape.expecting === 'key-or-close';
        if (!ok || shape.advance(t))
            return void (ok = false);
        if (isKey && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
            key = t.value;
            ok = !FOREIGN_KEYS.has(key) && !/::|[/\\]/.test(key);
        }
        else if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER)
            numbers++;
        else if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING)
            ok = key === 'unit' || key === 'direction';
        else if (_stream_json_stream_js__WEBPACK_IMPORTED_MODULE_1__/* .SCALARS */ .WD.has(t.token))
            ok = false;
    };
    tokenizer.onError = () => void (ok = false);
    tokenizer.write(head); // the head may stop mid-document: judge what it shows, without end()
    return ok && numbers > 0;
}


/***/ }),

/***/ 33540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ RepoPaths)
/* harmony export */ });
/**
 * Turns the paths reports write (absolute runner paths, `./x`, `file:///…` URIs, Windows
 * separators, paths relative to a source root) into repo-relative paths. With the list of tracked
 * files (git ls-files) it also places paths from another machine by their longest matching suffix.
 */
class RepoPaths {
    files;
    byBase = new Map();
    root;
    /** `root`: the absolute workspace path; `files`: tracked repo-relative paths, when known. */
    constructor(root, files) {
        this.files = files;
        this.root = clean(root).replace(/\/+$/, '');
        for (const f of files ?? []) {
            const base = f.slice(f.lastIndexOf('/') + 1);
            const list = this.byBase.get(base);
            if (list)
                list.push(f);
            else
                this.byBase.set(base, [f]);
        }
    }
    /** True when the tracked files are known, so placements are checked, not assumed. */
    get knowsFiles() {
        return this.files !== undefined;
    }
    /**
     * `roots`: source roots the report declares (Cobertura `<source>`), tried in order. A relative
     * path is tried under each root first: `app.py` under `<source>/ws/src</source>` is `src/app.py`.
     */
    place(raw, roots = []) {
        const p = clean(raw);
        const candidates = isAbsolute(p) ? [p] : [...roots.map((r) => `${clean(r).replace(/\/+$/, '')}/${p}`), p];
        for (const c of candidates) {
            const rel = this.relative(c);
            if (rel !== undefined && (!this.files || this.files.has(rel)))
                return { path: rel, placed: true };
        }
        const bySuffix = this.files ? this.suffixMatch(p) : undefined;
        if (bySuffix)
            return { path: bySuffix, placed: true };
        return { path: this.relative(p) ?? p, placed: false };
    }
    relative(p) {
        if (p.startsWith(`${this.root}/`))
            return p.slice(this.root.length + 1);
        if (isAbsolute(p))
            return undefined;
        return p.replace(/^(\.\/)+/, '');
    }
    /** The tracked file sharing the longest tail of segments with `p`, if exactly one does. */
    suffixMatch(p) {
        const segments = p.split('/').filter((s) => s && s !== '.');
        const base = segments[segments.length - 1];
        const options = base ? this.byBase.get(base) : undefined;
        if (!options)
            return undefined;
        let best;
        let bestLength = 0;
        let tie = false;
        for (const option of options) {
            const length = sharedTail(option.split('/'), segments);
            if (length > bestLength)
                [best, bestLength, tie] = [option, length, false];
            else if (length === bestLength)
                tie = true;
        }
        return tie ? undefined : best;
    }
}
function sharedTail(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n])
        n++;
    return n;
}
/** `file://` URIs decoded, backslashes to slashes, `C:/` kept recognisable as absolute. */
function clean(raw) {
    let p = raw.trim();
    if (/^file:/i.test(p)) {
        p = p.replace(/^file:(\/\/[^/]*)?/i, '');
        try {
            p = decodeURIComponent(p);
        }
        catch {
            // keep the undecoded path: a stray % is more likely a real character than an escape
        }
        if (/^\/[A-Za-z]:\//.test(p))
            p = p.slice(1);
    }
    return p.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
}
function isAbsolute(p) {
    return p.startsWith('/') || /^[A-Za-z]:\//.test(p);
}


/***/ }),

/***/ 535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ decodeChunks),
/* harmony export */   S: () => (/* binding */ readLines)
/* harmony export */ });
/**
 * Bytes → text for every format: the encoding comes from the byte-order mark (UTF-8, UTF-16 LE/BE)
 * or, without one, from the first bytes of an XML document (`<\0` / `\0<`), else UTF-8. The BOM is
 * dropped. Multi-byte characters split across chunks are decoded correctly.
 */
async function* decodeChunks(chunks) {
    let decoder;
    let pendingHigh = '';
    for await (const chunk of chunks) {
        if (typeof chunk === 'string') {
            // A string chunk may end between the two halves of a surrogate pair: hold the first half.
            let text = pendingHigh + (decoder ? chunk : chunk.replace(/^\uFEFF/, ''));
            decoder ??= new TextDecoder('utf-8');
            const last = text.charCodeAt(text.length - 1);
            pendingHigh = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
            if (pendingHigh)
                text = text.slice(0, -1);
            if (text)
                yield text;
            continue;
        }
        let bytes = chunk;
        if (!decoder) {
            const { encoding, skip } = sniffEncoding(bytes);
            decoder = new TextDecoder(encoding);
            bytes = bytes.subarray(skip);
        }
        const text = decoder.decode(bytes, { stream: true });
        if (text)
            yield text;
    }
    const rest = pendingHigh + (decoder?.decode() ?? '');
    if (rest)
        yield rest;
}
function sniffEncoding(b) {
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
        return { encoding: 'utf-8', skip: 3 };
    if (b[0] === 0xff && b[1] === 0xfe)
        return { encoding: 'utf-16le', skip: 2 };
    if (b[0] === 0xfe && b[1] === 0xff)
        return { encoding: 'utf-16be', skip: 2 };
    if (b[0] === 0x3c && b[1] === 0x00)
        return { encoding: 'utf-16le', skip: 0 };
    if (b[0] === 0x00 && b[1] === 0x3c)
        return { encoding: 'utf-16be', skip: 0 };
    return { encoding: 'utf-8', skip: 0 };
}
/** Splits decoded text into lines (LF, CRLF or CR), without holding more than one line. */
async function* readLines(chunks) {
    let carry = '';
    let number = 0;
    for await (const text of decodeChunks(chunks)) {
        let buffer = carry + text;
        // A chunk ending in "\r" may be the first half of "\r\n": hold the "\r" back.
        const hold = buffer.endsWith('\r') ? '\r' : '';
        if (hold)
            buffer = buffer.slice(0, -1);
        const parts = buffer.split(/\r\n|\n|\r/);
        carry = (parts.pop() ?? '') + hold;
        for (const line of parts)
            yield { text: line, number: ++number };
    }
    carry = carry.replace(/\r$/, '');
    if (carry)
        yield { text: carry, number: ++number };
}


/***/ }),

/***/ 13712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WD: () => (/* binding */ SCALARS),
/* harmony export */   _l: () => (/* binding */ JsonContentError),
/* harmony export */   fM: () => (/* binding */ streamJson),
/* harmony export */   yp: () => (/* binding */ Shape)
/* harmony export */ });
/* harmony import */ var _streamparser_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75497);
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(535);
/* harmony import */ var _model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24664);



/** Thrown from a value callback to stop parsing: the message becomes a problem at that value. */
class JsonContentError extends Error {
}
/**
 * Feeds decoded chunks to @streamparser/json and calls `onValue` for each complete value matching
 * `paths` (all values when undefined). Emitted values are dropped from their parents
 * (`keepStack: false`), so memory stays at the largest selected value, never the whole document.
 * Structure is checked here, token by token, so an error names what was expected where.
 */
async function streamJson(file, chunks, paths, onValue) {
    const window = new TextWindow();
    const shape = new Shape();
    const tokenizer = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .Tokenizer */ ._F();
    const parser = new _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenParser */ .zb({ paths, keepStack: false });
    let problem;
    let bug;
    const fail = (message, at) => {
        problem ??= { file, ...(at ?? window.end()), message };
    };
    tokenizer.onToken = (token) => {
        if (problem || bug)
            return;
        const expected = shape.advance(token);
        if (expected)
            fail(`invalid JSON: expected ${expected}, found ${describeToken(token)}`, window.locate(token.offset));
        else
            parser.write(token);
    };
    parser.onValue = (info) => {
        if (problem || bug || info.value === undefined)
            return;
        try {
            onValue({ value: info.value, path: pathOf(info), start: shape.lastStart }, window);
        }
        catch (err) {
            if (err instanceof JsonContentError)
                fail(err.message, window.locate(shape.lastStart));
            else
                bug = err;
        }
    };
    // Once the top-level value is complete the tokenizer ends, so any text after it is an error there.
    parser.onEnd = () => {
        if (!tokenizer.isEnded)
            tokenizer.end();
    };
    tokenizer.onError = parser.onError = (err) => {
        if (!problem && !bug)
            fail(...explainError(err, shape, window));
    };
    let carry = '';
    for await (const text of (0,_decode_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeChunks */ .$)(chunks)) {
        // A string chunk may end between the two halves of a surrogate pair: keep the first half back.
        const whole = carry + text;
        const split = /[\uD800-\uDBFF]$/.test(whole) ? whole.length - 1 : whole.length;
        carry = whole.slice(split);
        write(whole.slice(0, split));
        if (problem || bug)
            break;
    }
    if (!problem && !bug) {
        write(carry);
        if (!tokenizer.isEnded)
            tokenizer.end(); // flushes a number at the very end; a token cut short arrives via onError
    }
    if (bug)
        throw bug;
    if (shape.root && shape.expecting !== 'end')
        fail(`unexpected end of file: expected ${shape.expected()}`);
    return { ...(problem && { problem }), ...(shape.root && { root: shape.root }), topLevelKeys: shape.topLevelKeys };
    function write(text) {
        if (!text)
            return;
        window.add(text);
        tokenizer.write(text);
    }
}
function pathOf(info) {
    const path = [];
    for (let i = 1; i < info.stack.length; i++)
        path.push(info.stack[i].key);
    if (info.stack.length > 0)
        path.push(info.key);
    return path;
}
const SCALARS = new Set([_streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE, _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL]);
/** The JSON grammar as a small state machine over tokens: what may come next, and where values start. */
class Shape {
    expecting = 'value';
    root;
    topLevelKeys = new Set();
    /** Start offset of the value completed last (a container's is its opening bracket). */
    lastStart = 0;
    open = [];
    key = '';
    /** Takes one token; returns what was expected instead when it does not fit. */
    advance(t) {
        const e = this.expecting;
        if ((e === 'value' || e === 'value-or-close') && this.isValue(t))
            return undefined;
        if (e === 'value-or-close' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET)
            return this.close();
        if ((e === 'key' || e === 'key-or-close') && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
            this.key = t.value;
            this.expecting = 'colon';
            return undefined;
        }
        if (e === 'key-or-close' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE)
            return this.close();
        if (e === 'colon' && t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COLON) {
            if (this.open.length === 1)
                this.topLevelKeys.add(this.key);
            this.expecting = 'value';
            return undefined;
        }
        if (e === 'comma-or-close') {
            const inObject = this.open[this.open.length - 1]?.bracket === '{';
            if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.COMMA)
                this.expecting = inObject ? 'key' : 'value';
            else if (t.token === (inObject ? _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACE : _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.RIGHT_BRACKET))
                return this.close();
            else
                return this.expected();
            return undefined;
        }
        return this.expected();
    }
    expected() {
        const closer = this.open[this.open.length - 1]?.bracket === '{' ? '"}"' : '"]"';
        const names = {
            value: 'a value',
            'value-or-close': 'a value or "]"',
            key: 'a property name in double quotes',
            'key-or-close': 'a property name in double quotes or "}"',
            colon: '":"',
            'comma-or-close': `"," or ${closer}`,
            end: 'the end of the file'
        };
        return names[this.expecting];
    }
    isValue(t) {
        const object = t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACE;
        if (object || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.LEFT_BRACKET) {
            this.root ??= object ? 'object' : 'array';
            this.open.push({ bracket: object ? '{' : '[', start: t.offset });
            this.expecting = object ? 'key-or-close' : 'value-or-close';
            return true;
        }
        if (!SCALARS.has(t.token))
            return false;
        this.root ??= 'scalar';
        this.lastStart = t.offset;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return true;
    }
    close() {
        this.lastStart = this.open.pop().start;
        this.expecting = this.open.length > 0 ? 'comma-or-close' : 'end';
        return undefined;
    }
}
function describeToken(t) {
    if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.STRING) {
        const s = t.value;
        return `the string ${(0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(s)}`;
    }
    if (t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NUMBER)
        return `the number ${String(t.value)}`;
    return t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.TRUE || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.FALSE || t.token === _streamparser_json__WEBPACK_IMPORTED_MODULE_0__/* .TokenType */ .ks.NULL
        ? String(t.value)
        : JSON.stringify(t.value);
}
/** The library's messages carry a byte offset and its internal state; we turn them into ours. */
function explainError(err, shape, window) {
    const bad = /^Unexpected "[\s\S]*" at chunk position "\d+" \(absolute position "(\d+)"\) in state (\w+)$/.exec(err.message);
    if (bad) {
        const offset = Number(bad[1]);
        return [`invalid JSON: expected ${expectedIn(bad[2], shape)}, found ${window.charAt(offset)}`, window.locate(offset)];
    }
    const cut = /^Tokenizer ended in the middle of a token \(state: (\w+)\)/.exec(err.message);
    if (cut)
        return [`unexpected end of file: expected ${expectedIn(cut[1], shape)}`, undefined];
    return [`invalid JSON: ${err.message}`, undefined];
}
function expectedIn(state, shape) {
    for (const literal of ['true', 'false', 'null']) {
        if (state.startsWith(literal.toUpperCase()))
            return `the rest of "${literal}"`;
    }
    if (state === 'STRING_DEFAULT')
        return 'more string characters and a closing quote (control characters must be escaped, e.g. \\n)';
    if (state === 'STRING_AFTER_BACKSLASH')
        return 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX';
    if (state.startsWith('STRING'))
        return 'a hexadecimal digit of a \\uXXXX escape';
    if (state.startsWith('NUMBER'))
        return 'a digit';
    return shape.expected();
}
/** The last MiB of text read, with the line and column where each piece starts, to locate errors. */
class TextWindow {
    pieces = [];
    total = 0;
    kept = 0;
    line = 1;
    column = 1;
    add(text) {
        const bytes = Buffer.byteLength(text, 'utf8');
        const last = this.pieces[this.pieces.length - 1];
        // Merge small pieces so a stream of tiny chunks does not become a long list.
        if (last && last.bytes < 16 * 1024) {
            last.text += text;
            last.bytes += bytes;
        }
        else
            this.pieces.push({ start: this.total, bytes, text, line: this.line, column: this.column });
        this.total += bytes;
        this.kept += bytes;
        ({ line: this.line, column: this.column } = advance(this.line, this.column, text));
        while (this.pieces.length > 1 && this.kept - this.pieces[0].bytes >= 1024 * 1024)
            this.kept -= this.pieces.shift().bytes;
    }
    end() {
        return { line: this.line, column: this.column };
    }
    locate(offset) {
        if (offset >= this.total)
            return this.end();
        const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
        if (!piece)
            return undefined;
        const before = Buffer.from(piece.text).subarray(0, offset - piece.start).toString('utf8');
        return advance(piece.line, piece.column, before);
    }
    /** The character at a byte offset, quoted for a message. */
    charAt(offset) {
        const piece = this.pieces.find((p) => offset >= p.start && offset < p.start + p.bytes);
        if (!piece)
            return 'an unexpected character';
        const rest = Buffer.from(piece.text).subarray(offset - piece.start, offset - piece.start + 4).toString('utf8');
        return (0,_model_excerpt_js__WEBPACK_IMPORTED_MODULE_2__/* .excerpt */ .Kb)(String.fromCodePoint(rest.codePointAt(0) ?? 0xfffd));
    }
}
function advance(line, column, text) {
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1)
        return { line, column: column + text.length };
    let breaks = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        breaks++;
    return { line: line + breaks, column: text.length - lastBreak };
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

/***/ 78269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ median)
/* harmony export */ });
/** The median of a non-empty list (the mean of the middle two for an even count). */
function median(values) {
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}


/***/ })

};
