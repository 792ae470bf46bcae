export const id = 65;
export const ids = [65];
export const modules = {

/***/ 85513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ cacheStore),
  x: () => (/* binding */ currentRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/github/run-context.ts
/**
 * What this workflow run is, worked out once from the runner's env and the event payload: which
 * SHA results belong to, which PR (if any), and which branches history may be read from and
 * written to. Pure, so every event shape is tested without a runner.
 */
function describeRun(env, payload) {
    const p = (payload ?? {});
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? p.repository?.full_name ?? '/').split('/');
    const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
    const runId = env.GITHUB_RUN_ID ?? '0';
    const attempt = Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const defaultBranch = p.repository?.default_branch;
    const base = {
        eventName,
        owner,
        repo,
        ref,
        runId,
        attempt,
        serverUrl,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
        ...(defaultBranch ? { defaultBranch } : {})
    };
    const pr = pullRequestOf(p);
    if (pr)
        return { ...base, sha: pr.headSha, pullRequest: pr, historyReadBranches: unique([pr.baseRef, defaultBranch]) };
    const sha = env.GITHUB_SHA ?? '';
    const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
    const onDefault = branch !== undefined && branch === defaultBranch;
    const writes = eventName === 'push' && onDefault;
    return {
        ...base,
        sha,
        historyReadBranches: unique([branch, defaultBranch]),
        ...(writes ? { historyWriteBranch: branch } : {})
    };
}
function pullRequestOf(p) {
    const pr = p.pull_request;
    if (!pr?.number || !pr.head?.sha || !pr.base?.ref)
        return undefined;
    const headRepo = pr.head.repo?.full_name;
    const baseRepo = pr.base.repo?.full_name;
    return {
        number: pr.number,
        headSha: pr.head.sha,
        baseRef: pr.base.ref,
        headRef: pr.head.ref ?? '',
        ...(pr.base.sha ? { baseSha: pr.base.sha } : {}),
        labels: (pr.labels ?? []).map((l) => l?.name).filter((n) => typeof n === 'string'),
        body: typeof pr.body === 'string' ? pr.body : '',
        // A deleted fork has head.repo null: treat it as a fork (the token is read-only either way).
        isFork: headRepo === undefined || headRepo !== baseRepo
    };
}
function unique(items) {
    return [...new Set(items.filter((x) => !!x))];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/history/keys.ts
/**
 * Cache keys for history. Fields are separated by ":" because git forbids it in ref names and our
 * config ids cannot hold it, so the restore prefix of branch `main` never matches `main-2` (a
 * "-"-separated key would: `…-main-` is a prefix of `…-main-2-…`).
 */
const KEY_VERSION = 'pipeline-gates-v1';
/** Keys are limited to 512 characters: a pathological branch name is cut (the same way on save and restore). */
const MAX_BRANCH = 400;
function historyKeyPrefix(configId, branch) {
    return `${KEY_VERSION}:${configId}:${branch.replace(/,/g, '_').slice(0, MAX_BRANCH)}:`;
}
function historyKey(configId, branch, runId, attempt) {
    return `${historyKeyPrefix(configId, branch)}${runId}-${attempt}`;
}
/**
 * The literal path handed to @actions/cache on both save and restore. The cache version hashes
 * this string, so it must be identical across runs and runners: `~` is expanded by the library.
 */
function historyCachePath(configId) {
    return `~/.pipeline-gates/history/${configId}`;
}
const HISTORY_FILE = 'history.json';

// EXTERNAL MODULE: ./src/history/local-store.ts
var local_store = __webpack_require__(98762);
;// CONCATENATED MODULE: ./src/history/cache-store.ts





/**
 * History in the Actions cache. Every save uses a new key (run id + attempt) because cache entries
 * are immutable; restore finds the newest entry by key prefix. The library is imported lazily:
 * commands that need no history never pay for loading it.
 */
class CacheHistoryStore {
    options;
    description;
    cachePath;
    dir;
    constructor(options) {
        this.options = options;
        this.cachePath = historyCachePath(options.configId);
        this.dir = external_node_path_default().join(external_node_os_default().homedir(), '.pipeline-gates', 'history', options.configId);
        this.description = `Actions cache (${options.readBranches.map((b) => historyKeyPrefix(options.configId, b)).join(', ')})`;
    }
    async restore() {
        const cache = await __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 23823));
        if (!cache.isFeatureAvailable()) {
            return { warnings: ['The Actions cache service is not available here; continuing without history.'] };
        }
        // A stale file from an earlier step must never pass for the restored one.
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        const { configId, runId, attempt } = this.options;
        const [first, ...rest] = this.options.readBranches;
        if (first === undefined)
            return { warnings: [] };
        const prefixes = [first, ...rest].map((b) => historyKeyPrefix(configId, b));
        let hit;
        try {
            // The primary key is this run's own (never present); the prefixes find the newest entry.
            hit = await cache.restoreCache([this.cachePath], historyKey(configId, first, runId, attempt), prefixes);
        }
        catch (err) {
            return { warnings: [`Restoring history from the Actions cache failed (${err.message}); continuing without it.`] };
        }
        if (!hit)
            return { warnings: [] };
        return (0,local_store/* readHistoryFile */.tG)(external_node_path_default().join(this.dir, HISTORY_FILE), configId, `cache key ${hit}`);
    }
    async save(history) {
        const { configId, writeBranch, runId, attempt } = this.options;
        if (writeBranch === undefined)
            return { saved: false, detail: 'this run only reads history' };
        const cache = await __webpack_require__.e(/* import() */ 823).then(__webpack_require__.bind(__webpack_require__, 23823));
        if (!cache.isFeatureAvailable())
            return { saved: false, detail: 'the Actions cache service is not available' };
        await (0,local_store/* writeJsonFile */.An)(external_node_path_default().join(this.dir, HISTORY_FILE), history);
        const key = historyKey(configId, writeBranch, runId, attempt);
        try {
            const id = await cache.saveCache([this.cachePath], key);
            // -1: the key exists already (this attempt saved before) or the service refused; not an error.
            return id === -1 ? { saved: false, detail: `cache key ${key} was not saved (it exists or the service refused)` } : { saved: true, detail: `cache key ${key}` };
        }
        catch (err) {
            return { saved: false, detail: `saving to the Actions cache failed: ${err.message}` };
        }
    }
}

// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(24643);
;// CONCATENATED MODULE: ./src/action/context.ts




/** This workflow run, from the runner's env and the event payload file. */
function currentRun() {
    return describeRun(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
}
function readEventPayload(file) {
    if (!file)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new config_file/* UsageError */.eb(`The event payload ${file} could not be read: ${err.message}.`);
    }
}
/** History for this run: read from the branches the event allows, written only where it may. */
function cacheStore(configId, run, readOnly = false) {
    return new CacheHistoryStore({
        configId,
        readBranches: run.historyReadBranches,
        ...(run.historyWriteBranch && !readOnly ? { writeBranch: run.historyWriteBranch } : {}),
        runId: run.runId,
        attempt: run.attempt
    });
}


/***/ }),

/***/ 93065:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planStep: () => (/* binding */ planStep)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _engine_plan_job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88060);
/* harmony import */ var _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85234);
/* harmony import */ var _ingest_timings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64824);
/* harmony import */ var _report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72555);
/* harmony import */ var _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24643);
/* harmony import */ var _shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18195);
/* harmony import */ var _shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70199);
/* harmony import */ var _shell_repo_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(13559);
/* harmony import */ var _shell_test_list_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(24760);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(85513);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(42476);













/**
 * The plan job: list the tests, estimate them from history and imported timings, split them, pin
 * the plan for this run (cache key with the run id) and output the matrix. A plan already pinned
 * for this run (the workflow was re-run) is reused, never recomputed.
 */
async function planStep(inputs, io) {
    const p = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_12__/* .readPlanInputs */ .jU)(io.input);
    const config = await (0,_shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .loadConfigFile */ .HT)(inputs.configPath);
    const run = (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .currentRun */ .x)();
    const pinned = new _history_plan_store_js__WEBPACK_IMPORTED_MODULE_3__/* .CachePlanStore */ .Zz(config.id, run.runId);
    const existing = await pinned.load();
    if (existing.plan) {
        io.info(`Reusing the plan pinned for run ${run.runId} (${pinned.description}).`);
        await outputs(existing.plan, io);
        await io.summary(`## Test shard plan: ${existing.plan.shards.length} shards\n\nReused the plan pinned for this run (${pinned.description}); a re-run repeats the same split.\n`);
        return;
    }
    const root = process.cwd();
    const shards = (0,_shell_plan_options_js__WEBPACK_IMPORTED_MODULE_7__/* .shardCount */ .o)(p.shards, p.targetSeconds, p.overheadSeconds, p.maxShards);
    const tests = await (0,_shell_test_list_js__WEBPACK_IMPORTED_MODULE_10__/* .listTests */ .k)({ globs: p.tests, ...(p.testsFile ? { file: p.testsFile } : {}), ...(p.testsCommand ? { command: p.testsCommand } : {}) }, root);
    const timings = await importTimings(p.timings, root);
    const history = inputs.history === 'cache' ? await (0,_context_js__WEBPACK_IMPORTED_MODULE_11__/* .cacheStore */ .w)(config.id, run, true).restore() : undefined;
    for (const w of history?.warnings ?? [])
        io.warning(w);
    const result = (0,_engine_plan_job_js__WEBPACK_IMPORTED_MODULE_2__/* .buildPlan */ .G)({ configId: config.id, granularity: p.granularity, shards }, { tests, timings, ...(history?.history ? { history: history.history } : {}), root, runId: run.runId, now: new Date() });
    const saved = await pinned.save(result.document);
    if (!saved.saved) {
        throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`The plan could not be pinned for the shard jobs (${saved.detail}). The shard action reads it from the Actions cache of this run.`);
    }
    io.info(`Plan pinned: ${saved.detail}.`);
    await outputs(result.document, io);
    await io.summary((0,_report_plan_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlan */ .E)(result));
    warnAboutMatching(result, io);
}
async function importTimings(globs, root) {
    const files = (0,_shell_report_files_js__WEBPACK_IMPORTED_MODULE_8__/* .reportFiles */ .I)(root);
    const repo = await (0,_shell_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .loadRepoPaths */ .$)(root);
    const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const out = [];
    for (const glob of globs.filter((g) => !g.startsWith('!'))) {
        const found = await files.find(glob, exclude);
        if (found.length === 0)
            throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Input "timings": "${glob}" matched no files.`);
        for (const file of found) {
            const t = await (0,_ingest_timings_js__WEBPACK_IMPORTED_MODULE_4__/* .readTimings */ .k)(file, files.open, { repo });
            if (t.problems.length)
                throw new _shell_config_file_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`Timings file ${file} could not be read.`, t.problems);
            out.push(t);
        }
    }
    return out;
}
/** `matrix` carries only {shard, total, plan}: a 10,000-test list would not fit a job output. */
async function outputs(plan, io) {
    const total = plan.shards.length;
    const key = `pipeline-gates-plan-v1:${plan.configId}:${plan.runId}`;
    io.output('matrix', JSON.stringify({ include: plan.shards.map((s) => ({ shard: s.index, total, plan: key })) }));
    io.output('shards', String(total));
    io.output('plan', key);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP ?? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', plan.configId);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'plan.json');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(plan, null, 2)}\n`);
    io.output('plan-file', file);
}
/** Never a silent fallback: say how much of the plan rests on real timings. */
function warnAboutMatching(result, io) {
    const { plan } = result;
    if (plan.matchedShare === 0)
        io.warning('No test had timings yet: the shards are split evenly by count. History fills in after the first default-branch run with the gate job.');
    else if (plan.matchedShare < 0.8)
        io.notice(`Timings matched ${(100 * plan.matchedShare).toFixed(0)}% of tests; ${plan.unmatched.slice(0, 3).join(', ')}${plan.unmatched.length > 3 ? ' …' : ''} had none.`);
}


/***/ }),

/***/ 18195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ shardCount)
/* harmony export */ });
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24643);

/** `--shards N`, or `--shards auto` with a target and overhead (GitHub allows 256 jobs per matrix). */
function shardCount(shards, target, overhead, max) {
    if (shards === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('plan needs --shards N or --shards auto --target-seconds S.');
    if (shards !== 'auto') {
        const n = count(shards, '--shards');
        if (!n || n > 256)
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--shards must be a number from 1 to 256, or auto; got "${shards}".`);
        return n;
    }
    const targetSeconds = positive(target, '--target-seconds');
    if (targetSeconds === undefined)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('--shards auto needs --target-seconds S (the wall time one shard job should stay under).');
    const maxShards = count(max, '--max-shards') ?? 256;
    if (maxShards < 1 || maxShards > 256)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--max-shards must be from 1 to 256, got ${maxShards}.`);
    return { targetSeconds, overheadSeconds: positive(overhead, '--overhead-seconds') ?? 0, maxShards };
}
function positive(raw, flag) {
    if (raw === undefined)
        return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0)
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a number of seconds ≥ 0, got "${raw}".`);
    return n;
}
function count(raw, flag) {
    if (raw === undefined)
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new _config_file_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${flag} must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}


/***/ })

};
