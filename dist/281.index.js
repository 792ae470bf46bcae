export const id = 281;
export const ids = [281];
export const modules = {

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
// EXTERNAL MODULE: ./src/model/history.ts
var model_history = __webpack_require__(38585);
// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/shell/safe-read.ts
var safe_read = __webpack_require__(15974);
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
    const read = (0,model_history/* readHistory */.Lu)(json, configId);
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
            throw new problems/* UsageError */.e(`--history: ${this.file} is ${found.isDirectory() ? 'a directory' : 'not a regular file'}, not a history file; remove it or choose another --history folder.`);
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

/***/ 38585:
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
        .optional(),
    /**
     * Benchmarks history mode was watching after this run: worse in one default-branch run, not yet
     * confirmed by the next ones. Optional: documents written before it lack it and stay readable,
     * and older readers drop it.
     */
    watching: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional()
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

/***/ 32432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ loadConfigFile)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/gates/metric-gate.ts
var metric_gate = __webpack_require__(20796);
;// CONCATENATED MODULE: ./src/config/presets.ts
/**
 * `preset: strict` — the five mandatory gates of the original plan. The user's own settings are
 * merged over it key by key, so any of them can be loosened or tightened in the same file.
 * 1. compliance score ≥ 70 (a metric);
 * 2. import time < 5 s, no regression > 20%, memory no regression > 30% (the `measure` command,
 *    named "import");
 * 3. line coverage ≥ 90% and every test passes;
 * 4. zero vulnerabilities (SARIF security severities) and a clean secrets scan (gitleaks SARIF);
 * 5. a changelog entry when source changes.
 */
const STRICT = {
    measure: { command: '', name: 'import' },
    gates: {
        tests: { 'max-failures': 0, 'min-tests': 1 },
        coverage: { lines: 90 },
        performance: {
            limits: ['import wall time < 5s'],
            'max-regression': { 'import wall time': 0.2, 'import peak RSS': 0.3 }
        },
        security: { max: { critical: 0, high: 0, medium: 0, low: 0 } },
        secrets: { tools: ['gitleaks'], 'max-level': { error: 0, warning: 0, note: 0 } },
        docs: { when: ['src/**', 'lib/**'], require: ['CHANGELOG.md', 'CHANGES.md', 'docs/**'] },
        metrics: ['compliance.score >= 70']
    }
};
/** Deep merge for plain config objects: `over` wins; arrays are replaced, not concatenated. */
function mergeConfig(under, over) {
    if (!isPlain(under) || !isPlain(over))
        return over === undefined ? under : over;
    const out = { ...under };
    for (const [k, v] of Object.entries(over))
        out[k] = mergeConfig(under[k], v);
    return out;
}
function isPlain(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** The preset under the user's config, or the config itself. `measure` needs a command from the user. */
function withPreset(raw) {
    if (!isPlain(raw) || raw.preset !== 'strict')
        return raw;
    const merged = mergeConfig(STRICT, raw);
    const measure = merged.measure;
    // Without the user's command the preset's measure block is only a name: drop it.
    if (measure && !measure.command)
        delete merged.measure;
    return merged;
}

// EXTERNAL MODULE: ./src/config/schema.ts + 1 modules
var schema = __webpack_require__(92490);
;// CONCATENATED MODULE: ./src/config/load.ts




/** The config when no file exists: every default. */
function defaultConfig() {
    return schema/* configSchema */.Qn.parse({});
}
/**
 * Parses and validates a config file's text. Every problem names the file, the line and column
 * of the offending key or value, the key path, and what is allowed there.
 */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return {
            ok: false,
            problems: doc.errors.map((e) => ({
                file,
                ...position(lines, e.pos[0]),
                message: `invalid YAML: ${e.message.split('\n', 1)[0]}`
            }))
        };
    }
    const value = withPreset(withoutNulls(doc.toJS() ?? {}));
    // reportInput: a missing key (input undefined) is then explained as required, not as a type.
    const parsed = schema/* configSchema */.Qn.safeParse(value, { reportInput: true });
    if (parsed.success) {
        const problems = conditionProblems(parsed.data, doc, lines, file);
        return problems.length ? { ok: false, problems } : { ok: true, config: parsed.data };
    }
    return { ok: false, problems: parsed.error.issues.map((i) => locateIssue(i, doc, lines, file)) };
}
/** Metric conditions are strings with their own grammar: check each where it was written. */
function conditionProblems(config, doc, lines, file) {
    const lists = [
        [['gates', 'metrics'], config.gates.metrics],
        [['gates', 'performance', 'limits'], config.gates.performance?.limits ?? []]
    ];
    const problems = [];
    for (const [path, items] of lists) {
        items.forEach((item, i) => {
            const text = typeof item === 'string' ? item : item.condition;
            const parsed = (0,metric_gate/* parseMetricCondition */.t)(text);
            if (parsed.ok)
                return;
            const at = typeof item === 'string' ? [...path, String(i)] : [...path, String(i), 'condition'];
            problems.push({ file, ...position(lines, valueOffset(doc, at)), message: `${at.join('.')}: ${parsed.error}` });
        });
    }
    return problems;
}
function locateIssue(issue, doc, lines, file) {
    const path = issue.path.map(String);
    const offset = issue.code === 'unrecognized_keys' ? keyOffset(doc, path, issue.keys[0]) : valueOffset(doc, path);
    const key = path.length ? path.join('.') : '(top level)';
    return { file, ...position(lines, offset), message: `${key}: ${describeIssue(issue)}` };
}
/**
 * A key with nothing after it (`gates:` with every line below commented out) is YAML null; it
 * means "not set", so it takes the defaults instead of failing as "expected object".
 */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}
function describeIssue(issue) {
    switch (issue.code) {
        case 'unrecognized_keys':
            return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}; allowed: ${allowedKeys(issue.path).join(', ')}`;
        case 'invalid_value':
            return `${issue.input === undefined ? 'is required: ' : ''}must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
        case 'invalid_type': {
            const expected = issue.expected === 'int' ? 'an integer' : issue.expected;
            return issue.input === undefined ? `is required (${expected})` : `expected ${expected}`;
        }
        case 'too_small':
            return issue.origin === 'string' ? (Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`)
                : issue.origin === 'array' ? `must list at least ${String(issue.minimum)}` : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
        case 'too_big':
            return issue.origin === 'string' ? `must be at most ${String(issue.maximum)} characters` : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
        case 'invalid_format':
            return issue.message;
        default:
            return issue.message;
    }
}
/** The keys the schema accepts at a path, for "allowed:" hints. */
function allowedKeys(path) {
    let node = schema/* configSchema */.Qn;
    for (const key of path) {
        const s = unwrap(node);
        // A record (`canary.metrics.<name>`) has one schema for every key.
        node = s?.def?.type === 'record' ? s.def.valueType : s?.def?.shape?.[String(key)];
    }
    const s = unwrap(node);
    return Object.keys(s?.def?.type === 'object' ? (s.def.shape ?? {}) : {}).filter((k) => k !== '$schema');
}
/** Unwraps defaults, optionals and transforms until an object or a record. */
function unwrap(schema) {
    let s = schema;
    for (let i = 0; i < 8 && s?.def && s.def.type !== 'object' && s.def.type !== 'record'; i++) {
        s = (s.def.innerType ?? s.def.in);
    }
    return s;
}
function valueOffset(doc, path) {
    for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return node.range[0];
    }
    return undefined;
}
function keyOffset(doc, path, key) {
    const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if ((0,dist/* isMap */.jh)(parent)) {
        for (const pair of parent.items) {
            if ((0,dist/* isNode */.Ll)(pair.key) && String(pair.key.value) === key)
                return pair.key.range?.[0];
        }
    }
    return valueOffset(doc, path);
}
function position(lines, offset) {
    if (offset === undefined)
        return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
}

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(99437);
// EXTERNAL MODULE: ./src/shell/safe-read.ts
var safe_read = __webpack_require__(15974);
;// CONCATENATED MODULE: ./src/shell/config-file.ts



const DEFAULT_CONFIG_PATH = '.github/pipeline-gates.yml';
const MAX_CONFIG_BYTES = 1024 * 1024;
/**
 * Loads the config file. The default path may be absent (defaults apply); a path the user named
 * must exist. Invalid content throws a UsageError listing every located problem.
 */
async function loadConfigFile(path) {
    const file = path ?? DEFAULT_CONFIG_PATH;
    let text;
    try {
        // A config is a file of the checkout like a report: a link out of it is not followed.
        text = (await (0,safe_read/* readInside */.xO)(file, process.cwd(), await (0,safe_read/* readRoots */.Mi)(process.cwd()), MAX_CONFIG_BYTES)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' && path === undefined)
            return defaultConfig();
        throw new problems/* UsageError */.e(`Config file ${file} could not be read: ${code === 'ENOENT' ? 'it does not exist' : err.message}.`);
    }
    const parsed = parseConfig(text, file);
    if (parsed.ok)
        return parsed.config;
    const n = parsed.problems.length;
    throw new problems/* UsageError */.e(`Config file ${file} has ${n} ${n === 1 ? 'problem' : 'problems'}.`, parsed.problems);
}


/***/ })

};
