export const id = 3;
export const ids = [3];
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
/* harmony import */ var _planner_shard_output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50508);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32432);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82108);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81729);







/**
 * A matrix job's tests, read from the plan pinned for this run: never recomputed, so "re-run
 * failed jobs" repeats exactly the split the first attempt had.
 */
async function shardStep(inputs, io) {
    const index = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readShardInput */ .PJ)(io.input);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfigFile */ .HT)(inputs.configPath);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_4__/* .currentRun */ .x)();
    const store = new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_2__/* .CachePlanStore */ .Zz(config.id, run.runId);
    const loaded = await store.load();
    if (!loaded.plan) {
        const why = loaded.problem ? `: ${loaded.problem}` : '';
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`No plan is pinned for run ${run.runId} (${store.description})${why}. Run the plan job first in the same workflow run (needs: plan), with the same config.`);
    }
    const found = (0,_planner_shard_output_js__WEBPACK_IMPORTED_MODULE_6__/* .shardTests */ .S)(loaded.plan, index);
    if (!found.ok)
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`Shard ${index}: ${found.message}. Pass shard: \${{ matrix.shard }} from the plan job's matrix.`);
    const { shard } = found;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', config.id);
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

/***/ 54087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ toPlanDocument),
/* harmony export */   rk: () => (/* binding */ readPlanDocument),
/* harmony export */   tq: () => (/* binding */ assignmentOf)
/* harmony export */ });
/* unused harmony export PLAN_SCHEMA */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38816);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12011);


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
    const share = (x) => (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .roundHalfUp */ .bS)(x, 4);
    return {
        schema: PLAN_SCHEMA,
        version: 1,
        ...meta,
        shards: plan.shards.map((s) => ({ index: s.index, tests: [...s.tests], estimatedSeconds: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(s.estimatedSeconds) })),
        floorSeconds: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.floorSeconds),
        makespanSeconds: (0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .storedSeconds */ .Pm)(plan.makespanSeconds),
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

/***/ 12011:
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
 * number reads the same in the summary, the CLI and the plan. Pure.
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


/***/ })

};
