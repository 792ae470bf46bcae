export const id = 938;
export const ids = [938];
export const modules = {

/***/ 4781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ cacheStore),
  x: () => (/* binding */ currentRun)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
        // A deleted fork has head.repo null: treat it as a fork (the token is read-only either way).
        isFork: headRepo === undefined || headRepo !== baseRepo
    };
}
function unique(items) {
    return [...new Set(items.filter((x) => !!x))];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
var local_store = __webpack_require__(9987);
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
        const cache = await __webpack_require__.e(/* import() */ 735).then(__webpack_require__.bind(__webpack_require__, 5735));
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
        const cache = await __webpack_require__.e(/* import() */ 735).then(__webpack_require__.bind(__webpack_require__, 5735));
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

// EXTERNAL MODULE: ./src/shell/config-file.ts + 1 modules
var config_file = __webpack_require__(5935);
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

/***/ 5938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateStep: () => (/* binding */ gateStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(4661);
// EXTERNAL MODULE: ./src/engine/record.ts
var record = __webpack_require__(2861);
// EXTERNAL MODULE: ./src/engine/gate-job.ts + 3 modules
var gate_job = __webpack_require__(414);
// EXTERNAL MODULE: ./src/history/plan-store.ts
var plan_store = __webpack_require__(1361);
;// CONCATENATED MODULE: ./src/engine/shard-balance.ts
/** What the pinned plan expected beside what this run's reports say each shard took. */
function shardBalance(plan, tests) {
    const times = plan.granularity === 'file' ? tests.fileSeconds : tests.caseSeconds;
    if (!times || times.size === 0)
        return undefined;
    const shards = plan.shards.map((s) => {
        let realised = 0;
        let reported = 0;
        for (const t of s.tests) {
            const seconds = times.get(t);
            if (seconds === undefined)
                continue;
            realised += seconds;
            reported++;
        }
        return { index: s.index, estimatedSeconds: s.estimatedSeconds, realisedSeconds: realised, reported, tests: s.tests.length };
    });
    const slowest = Math.max(...shards.map((s) => s.realisedSeconds));
    const sum = shards.reduce((a, s) => a + s.realisedSeconds, 0);
    return { shards, efficiency: slowest > 0 ? sum / (shards.length * slowest) : 1, slowestSeconds: slowest };
}

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 1 modules
var config_file = __webpack_require__(5935);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(3920);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(3312);
// EXTERNAL MODULE: ./src/action/context.ts + 3 modules
var context = __webpack_require__(4781);
;// CONCATENATED MODULE: ./src/github/checks.ts
/** GitHub takes at most 50 annotations per request; more go out as updates that append. */
const ANNOTATIONS_PER_REQUEST = 50;
/** output.summary and output.text are limited to 65,535 characters each. */
const CHECK_TEXT_LIMIT = 65535;
/**
 * Creates the check run on the given head SHA with every annotation: the first 50 on create, the
 * rest in updates of 50, and the conclusion on the last request, so the check is never shown as
 * completed before all its annotations are in.
 */
async function publishCheckRun(client, req) {
    const batches = chunk(req.annotations, ANNOTATIONS_PER_REQUEST);
    const output = (annotations) => ({
        title: req.title,
        summary: req.summary.slice(0, CHECK_TEXT_LIMIT),
        ...(annotations.length ? { annotations: [...annotations] } : {})
    });
    const done = { status: 'completed', conclusion: req.conclusion };
    const [first = [], ...rest] = batches;
    const created = await client.rest.checks.create({
        owner: req.owner,
        repo: req.repo,
        name: req.name,
        head_sha: req.headSha,
        ...(req.detailsUrl ? { details_url: req.detailsUrl } : {}),
        ...(rest.length ? { status: 'in_progress' } : done),
        output: output(first)
    });
    const id = created.data.id;
    for (const [i, batch] of rest.entries()) {
        const last = i === rest.length - 1;
        await client.rest.checks.update({ owner: req.owner, repo: req.repo, check_run_id: id, ...(last ? done : {}), output: output(batch) });
    }
    return { id, url: created.data.html_url ?? undefined, requests: 1 + rest.length };
}
function chunk(items, size) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/github/comments.ts
/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65536;
/** The hidden marker that finds our comment again; the config id keeps configs apart. */
function commentMarker(configId) {
    return `<!-- pipeline-gates:sticky-comment id=${configId} -->`;
}
/**
 * Edits our earlier comment in place, or creates one. Two jobs racing may both create; whoever
 * looks afterwards keeps the oldest and deletes the rest, so the PR settles on one comment.
 */
async function upsertStickyComment(client, req) {
    const marker = commentMarker(req.configId);
    const body = `${marker}\n${req.body}`;
    const where = { owner: req.owner, repo: req.repo };
    const before = await ourComments(client, req, marker);
    let action;
    let id;
    if (before[0]) {
        id = before[0];
        action = 'updated';
        await client.rest.issues.updateComment({ ...where, comment_id: id, body });
    }
    else {
        action = 'created';
        id = (await client.rest.issues.createComment({ ...where, issue_number: req.issueNumber, body })).data.id;
    }
    const after = action === 'created' ? await ourComments(client, req, marker) : before;
    const keep = after[0] ?? id;
    const extra = after.filter((c) => c !== keep);
    for (const dup of extra)
        await client.rest.issues.deleteComment({ ...where, comment_id: dup });
    if (keep !== id)
        await client.rest.issues.updateComment({ ...where, comment_id: keep, body });
    return { action, id: keep, removedDuplicates: extra.length };
}
/** Ids of our comments on the PR, oldest first, across every page. */
async function ourComments(client, req, marker) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: req.owner,
        repo: req.repo,
        issue_number: req.issueNumber,
        per_page: 100
    });
    return comments.filter((c) => c.body?.includes(marker)).map((c) => c.id).sort((a, b) => a - b);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/octokit.ts



/**
 * Octokit with retries for transient faults and the throttling plugin, which refuses to start
 * unless both rate-limit handlers exist. We retry a limited number of times and then let the
 * caller turn the failure into a warning: reporting must never hang a CI job.
 */
function createClient(token, options) {
    return (0,github/* getOctokit */.Q)(token, {
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (retryAfter, opts, _o, retryCount) => {
                options.onLimit(`GitHub rate limit hit on ${opts.method} ${opts.url}; ${retryCount < 1 ? `retrying after ${retryAfter}s` : 'giving up'}.`);
                return retryCount < 1 && retryAfter <= 60;
            },
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => {
                options.onLimit(`GitHub secondary rate limit on ${opts.method} ${opts.url}; ${retryCount < 1 ? `retrying after ${retryAfter}s` : 'giving up'}.`);
                return retryCount < 1 && retryAfter <= 60;
            }
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

// EXTERNAL MODULE: ./src/ingest/text.ts
var ingest_text = __webpack_require__(2061);
;// CONCATENATED MODULE: ./src/report/annotations.ts

/** GitHub's limits: 255 characters of title, 64 KB of message and raw details. */
const TITLE_MAX = 255;
const MESSAGE_MAX = 64 * 1024 - 1024;
/**
 * One annotation per failed or errored test, a warning per flaky test, then one per unreadable report. `toPath` turns a
 * path from a report into a repo-relative one; a test without a known source file is annotated on
 * its report file so it is still listed.
 */
function buildAnnotations(outcome, toPath) {
    const out = [];
    for (const c of outcome.tests.failures)
        out.push(testAnnotation(c, toPath));
    for (const c of outcome.tests.flaky)
        out.push(flakyAnnotation(c, toPath));
    for (const p of outcome.problems) {
        const line = p.line ?? 1;
        out.push({ path: toPath(p.file), start_line: line, end_line: line, annotation_level: 'failure', title: 'Unreadable test report', message: clip(p.message) });
    }
    return out;
}
function testAnnotation(c, toPath) {
    const line = c.file && c.line ? c.line : 1;
    const title = `${c.status === 'error' ? 'Error' : 'Failed'}: ${[c.suite, c.name].filter(Boolean).join(' › ')}`;
    const message = c.details ?? c.message ?? `${c.name} ${c.status === 'error' ? 'errored' : 'failed'}`;
    return {
        path: toPath(c.file ?? c.reportFile),
        start_line: line,
        end_line: line,
        annotation_level: 'failure',
        title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title,
        message: clip(message)
    };
}
/** The API counts bytes, so the cut is made in bytes, keeping both ends of a stack trace. */
function flakyAnnotation(c, toPath) {
    const line = c.file && c.line ? c.line : 1;
    const title = `Flaky: ${[c.suite, c.name].filter(Boolean).join(' › ')}`;
    const failed = c.attempts?.find((a) => a.status === 'failed' || a.status === 'error');
    return {
        path: toPath(c.file ?? c.reportFile),
        start_line: line,
        end_line: line,
        annotation_level: 'warning',
        title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title,
        message: clip(`Passed after ${c.attempts?.length ?? 2} attempts. The failed attempt said:\n${failed?.details ?? failed?.message ?? '(no message)'}`)
    };
}
function clip(text) {
    return (0,ingest_text/* clipMiddleBytes */.rr)(text, MESSAGE_MAX);
}

;// CONCATENATED MODULE: ./src/action/publish.ts






/**
 * Posts the check run and the sticky comment. Reporting is best effort: any API failure (missing
 * permission, rate limit, outage) becomes a warning, because the verdict, outputs and summary are
 * already written and the exit code must follow the gates alone.
 */
async function publishToGitHub(req, runner) {
    const { run, settings, outcome } = req;
    if (!req.token) {
        runner.notice('No github-token: the check run and PR comment were skipped (the job summary has the report).');
        return;
    }
    if (run.pullRequest?.isFork) {
        runner.notice('This pull request comes from a fork, whose token is read-only: the check run and PR comment were skipped; the job summary has the report.');
        return;
    }
    const client = createClient(req.token, { onLimit: runner.warning });
    const { owner, repo } = run;
    await attempt(runner, 'create the check run', 'checks: write', async () => {
        const result = await publishCheckRun(client, {
            owner,
            repo,
            name: settings.checkName,
            headSha: run.sha,
            conclusion: outcome.verdict.conclusion,
            title: checkTitle(outcome),
            summary: (0,summary/* renderMarkdown */.G)(outcome, req.report, 65535),
            annotations: buildAnnotations(outcome, (f) => (0,report_files/* toWorkspacePath */.C)(process.cwd(), f)),
            detailsUrl: run.runUrl
        });
        runner.info(`Check run "${settings.checkName}" on ${run.sha.slice(0, 7)}: ${result.url ?? result.id} (${result.requests} requests).`);
    });
    if (!run.pullRequest || settings.commentMode === 'off')
        return;
    const pr = run.pullRequest;
    await attempt(runner, 'update the PR comment', 'pull-requests: write', async () => {
        const budget = COMMENT_LIMIT - commentMarker(settings.configId).length - 1;
        const result = await upsertStickyComment(client, {
            owner,
            repo,
            issueNumber: pr.number,
            configId: settings.configId,
            body: (0,summary/* renderMarkdown */.G)(outcome, req.report, budget)
        });
        const removed = result.removedDuplicates ? `, removed ${result.removedDuplicates} duplicate(s)` : '';
        runner.info(`PR #${pr.number} comment ${result.action} (id ${result.id}${removed}).`);
    });
}
function checkTitle(outcome) {
    const failed = outcome.verdict.gates.filter((g) => g.status === 'failed').map((g) => g.gate);
    const c = outcome.tests.counts;
    const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
    return failed.length ? `Failed: ${failed.join(', ')} — ${tests}` : `Passed — ${tests}`;
}
async function attempt(runner, what, permission, fn) {
    try {
        await fn();
    }
    catch (err) {
        const status = err.status;
        const hint = status === 403 || status === 404 ? ` Does the workflow grant \`${permission}\`?` : '';
        runner.warning(`Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${firstLine(err)}.${hint} The verdict and job summary are unaffected.`);
    }
}
function firstLine(err) {
    const text = err instanceof Error ? err.message : String(err);
    return text.split('\n', 1)[0] ?? text;
}

;// CONCATENATED MODULE: ./src/action/gate-step.ts















/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;
/** The gate job: inputs → engine → report → GitHub → history. */
async function gateStep(inputs, io) {
    const settings = (0,config_settings/* resolveSettings */.M)(await (0,config_file/* loadConfigFile */.HT)(inputs.configPath), inputs.overrides);
    const run = (0,context/* currentRun */.x)();
    const store = inputs.history === 'cache' ? (0,context/* cacheStore */.w)(settings.configId, run) : undefined;
    const root = process.cwd();
    const read = await (0,gate_job/* runGateJob */.C)(settings, { files: (0,report_files/* reportFiles */.I)(root), repo: await (0,repo/* loadRepoPaths */.$)(root), ...(store ? { history: store } : {}) });
    const plan = store ? (await new plan_store/* CachePlanStore */.Zz(settings.configId, run.runId).load()).plan : undefined;
    const balance = plan ? shardBalance(plan, read.tests) : undefined;
    const outcome = balance ? { ...read, shards: balance } : read;
    const report = reportContext(settings, run, store?.description);
    const markdown = (0,summary/* renderMarkdownBytes */.b)(outcome, report, SUMMARY_BYTES);
    const reportPath = await writeReport(outcome, settings, run, markdown);
    await io.summary(markdown);
    io.output('passed', String(outcome.verdict.passed));
    io.output('conclusion', outcome.verdict.conclusion);
    io.output('report', reportPath);
    for (const w of outcome.warnings)
        io.warning(w);
    await publishToGitHub({ token: inputs.token, settings, outcome, run, report }, io);
    if (store)
        await saveHistory(store, outcome, settings, run, io, plan);
    concludeStep(outcome, io);
}
function reportContext(settings, run, historyStore) {
    const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
    return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
}
async function writeReport(outcome, settings, run, markdown) {
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_path_default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', settings.configId);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'report.json');
    const json = (0,json_report/* buildJsonReport */.X)(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
    await (0,promises_.writeFile)(file, `${JSON.stringify(json, null, 2)}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'report.md'), markdown);
    return file;
}
async function saveHistory(store, outcome, settings, run, io, plan) {
    if (!run.historyWriteBranch) {
        io.info(`History not saved: only pushes to the default branch write it (this is a ${run.eventName || 'local'} run).`);
        return;
    }
    const update = (0,record/* historyAfterRun */.S)(outcome, settings.configId, run, new Date(), settings.maxRuns, plan);
    if (!update.save) {
        io.info(`History not saved: ${update.reason}.`);
        return;
    }
    const result = await store.save(update.history);
    (result.saved ? io.info : io.warning)(`History ${result.saved ? 'saved' : 'not saved'}: ${result.detail}.`);
}
function concludeStep(outcome, io) {
    for (const p of outcome.problems)
        io.problem(p);
    const blocking = outcome.verdict.gates.filter((g) => g.status === 'failed' && g.action === 'block');
    if (outcome.problems.length)
        io.fail(`Unreadable reports: ${outcome.problems.map(problems/* formatProblem */.V).join('; ')}`);
    else if (blocking.length)
        io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}


/***/ }),

/***/ 4661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ resolveSettings)
/* harmony export */ });
/* unused harmony export defaultCheckName */
function resolveSettings(config, o) {
    const tests = config.gates.tests;
    return {
        configId: config.id,
        junitPatterns: o.junit ?? config.reports.junit ?? [],
        formats: config.reports.formats,
        tests: {
            action: tests.action,
            minTests: o.minTests ?? tests['min-tests'],
            maxFailures: o.maxFailures ?? tests['max-failures']
        },
        maxRuns: config.history['max-runs'],
        checkName: o.checkName ?? config['check-name'] ?? defaultCheckName(config.id),
        commentMode: o.commentMode ?? config.comment.mode
    };
}
/** Stable, so it can be made a required status check; the id keeps several configs apart. */
function defaultCheckName(configId) {
    return configId === 'default' ? 'Pipeline Gates' : `Pipeline Gates (${configId})`;
}


/***/ }),

/***/ 414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runGateJob)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/problems.ts
var model_problems = __webpack_require__(9437);
;// CONCATENATED MODULE: ./src/gates/reports-gate.ts

/**
 * A report we could not read is a failure of its own: silently skipping it could hide the very
 * failures it holds. Other reports are still read and gated.
 */
function evaluateReportsGate(problems) {
    const base = { gate: 'reports', action: 'block', metric: 'unreadable reports', comparator: '==', threshold: 0 };
    if (problems.length === 0) {
        return { ...base, status: 'passed', actual: 0, message: 'All reports were read.', suggestions: [] };
    }
    const files = new Set(problems.map((p) => p.file));
    return {
        ...base,
        status: 'failed',
        actual: files.size,
        message: `${files.size} ${files.size === 1 ? 'report' : 'reports'} could not be read: ${problems.slice(0, 3).map(model_problems/* formatProblem */.V).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}`,
        suggestions: ['Check that the test run finished writing the file (a crashed runner leaves truncated XML).']
    };
}

// EXTERNAL MODULE: ./src/model/tests.ts
var tests = __webpack_require__(4700);
;// CONCATENATED MODULE: ./src/gates/tests-gate.ts

/**
 * Fails when more tests failed or errored than allowed, or when fewer than `minTests` ran. "No
 * tests" is a failure by default (minTests 1) because a broken glob looks exactly like a green run.
 */
function evaluateTestsGate(input, options) {
    const { counts } = input;
    const ran = (0,tests/* ranCount */.f$)(counts);
    const broken = counts.failed + counts.errors;
    const base = { gate: 'tests', action: options.action };
    if (ran < options.minTests) {
        return {
            ...base,
            status: failStatus(options.action),
            metric: 'tests run',
            comparator: '>=',
            threshold: options.minTests,
            actual: ran,
            message: tooFewMessage(input, ran, options.minTests),
            suggestions: tooFewSuggestions(input)
        };
    }
    const ok = broken <= options.maxFailures;
    return {
        ...base,
        status: ok ? 'passed' : failStatus(options.action),
        metric: 'failed tests',
        comparator: '<=',
        threshold: options.maxFailures,
        actual: broken,
        message: ok ? passMessage(counts) : failMessage(counts, options.maxFailures),
        suggestions: ok ? [] : ['Fix the failing tests listed below, or raise gates.tests.max-failures if they are known.']
    };
}
function failStatus(action) {
    return action === 'block' ? 'failed' : 'warning';
}
function tooFewMessage(input, ran, min) {
    const searched = input.patterns.filter((p) => !p.startsWith('!'));
    if (searched.length === 0)
        return 'No test results were given: set the junit input or reports.junit in the config.';
    if (ran === 0 && input.unmatchedPatterns.length === searched.length) {
        return `No test results: ${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files.`;
    }
    const unmatched = input.unmatchedPatterns.length ? ` (${input.unmatchedPatterns.map((p) => `"${p}"`).join(', ')} matched no files)` : '';
    return `${ran} ${ran === 1 ? 'test' : 'tests'} ran; at least ${min} required${unmatched}.`;
}
function tooFewSuggestions(input) {
    const out = ['Check that the test step wrote its report before this step, and that the path is relative to the workspace.'];
    if (input.unmatchedPatterns.length)
        out.push('If no tests is expected here, set gates.tests.min-tests: 0 (or the `min-tests` input).');
    return out;
}
function passMessage(c) {
    const skipped = c.skipped ? `, ${c.skipped} skipped` : '';
    const broken = c.failed + c.errors;
    return broken ? `${c.passed} passed, ${broken} failed (within the allowance)${skipped}.` : `${c.passed} passed${skipped}.`;
}
function failMessage(c, max) {
    const parts = [`${c.failed} failed`];
    if (c.errors)
        parts.push(`${c.errors} errored`);
    const allowance = max ? ` (at most ${max} allowed)` : '';
    return `${parts.join(', ')} of ${c.total} tests${allowance}.`;
}

// EXTERNAL MODULE: ./src/ingest/read.ts + 22 modules
var read = __webpack_require__(7005);
// EXTERNAL MODULE: ./src/model/test-summary.ts
var test_summary = __webpack_require__(4204);
;// CONCATENATED MODULE: ./src/model/verdict.ts
/** The verdict is plain data: renderers, outputs and the exit code all derive from it. */
/** A gate that failed with action `block` fails the run; `warn` failures only warn. */
function concludeVerdict(gates) {
    const blocked = gates.some((g) => g.status === 'failed' && g.action === 'block');
    return { conclusion: blocked ? 'failure' : 'success', passed: !blocked, gates };
}

;// CONCATENATED MODULE: ./src/engine/gate-job.ts






/** Ingest → gates. Shared line for line by the Action and the CLI. */
async function runGateJob(settings, deps) {
    const restoring = deps.history ? deps.history.restore() : Promise.resolve({ warnings: [] });
    const { matched, unmatched } = await resolvePatterns(settings.junitPatterns, deps.files);
    const collector = new test_summary/* TestCollector */.g();
    const problems = [];
    const files = [];
    for (const file of matched) {
        const format = formatFor(file, settings.formats);
        const result = await (0,read/* readReport */.t)(file, deps.files.open, { ctx: { repo: deps.repo }, tests: collector, kind: 'tests', ...(format ? { format } : {}) });
        problems.push(...result.problems);
        if (result.kind === 'tests')
            files.push({ file, format: result.format });
    }
    const restored = await restoring;
    const tests = collector.summary();
    const gates = [
        evaluateTestsGate({ counts: tests.counts, patterns: settings.junitPatterns, unmatchedPatterns: unmatched }, settings.tests),
        ...(problems.length ? [evaluateReportsGate(problems)] : [])
    ];
    return {
        verdict: concludeVerdict(gates),
        tests,
        problems,
        files,
        unmatchedPatterns: unmatched,
        ...(restored.history ? { previous: restored.history } : {}),
        ...(restored.source ? { historySource: restored.source } : {}),
        warnings: restored.warnings
    };
}
/** The first `reports.formats` glob that matches the file names its format. */
function formatFor(file, formats) {
    for (const [glob, format] of Object.entries(formats))
        if (external_node_path_default().matchesGlob(file, glob))
            return format;
    return undefined;
}
async function resolvePatterns(patterns, files) {
    const matched = new Set();
    const unmatched = [];
    // "!pattern" lines exclude from every other pattern, as in actions/upload-artifact.
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const found = await files.find(pattern, exclude);
        if (found.length === 0)
            unmatched.push(pattern);
        for (const f of found)
            matched.add(f);
    }
    return { matched: [...matched], unmatched };
}


/***/ }),

/***/ 2861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ historyAfterRun)
/* harmony export */ });
/* harmony import */ var _history_document_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8363);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4087);


/**
 * The history after this run, or why it must not be written: a run whose reports were unreadable
 * or empty has incomplete results, and recording it would poison timings and the last green SHA.
 */
function historyAfterRun(outcome, configId, run, now, maxRuns, plan) {
    if (outcome.problems.length)
        return { save: false, reason: 'some reports could not be read, so the results are incomplete' };
    if (outcome.tests.counts.total === 0)
        return { save: false, reason: 'no test results were read' };
    const tests = rounded(outcome.tests.caseSeconds ?? new Map());
    const files = rounded(outcome.tests.fileSeconds);
    const history = (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRun */ .vj)(outcome.previous ?? (0,_history_document_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)(configId), {
        run: { runId: run.runId, attempt: run.attempt, sha: run.sha, ref: run.ref, at: now.toISOString(), conclusion: outcome.verdict.conclusion, tests, files },
        runUrl: run.runUrl
    }, maxRuns);
    // The plan this run used is the one the next plan keeps tests on (fewer cold caches).
    const withPlan = plan ? { ...history, plan: { granularity: plan.granularity, shards: plan.shards.length, assignment: Object.fromEntries((0,_planner_document_js__WEBPACK_IMPORTED_MODULE_1__/* .assignmentOf */ .tq)(plan)) } } : history;
    return { save: true, history: withPlan };
}
/** Millisecond precision is all a timing needs, and it keeps the document small. */
function rounded(seconds) {
    const out = {};
    for (const [key, value] of seconds)
        out[key] = Math.round(value * 1000) / 1000;
    return out;
}


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zz: () => (/* binding */ CachePlanStore),
/* harmony export */   vR: () => (/* binding */ FilePlanStore)
/* harmony export */ });
/* unused harmony exports pinnedPlanKey, readPlanFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4087);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9987);





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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(735), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 5735));
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(735), __webpack_require__.e(838)]).then(__webpack_require__.bind(__webpack_require__, 5735));
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
        return { problem: `${file} is not valid JSON: ${err.message}` };
    }
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ buildJsonReport)
/* harmony export */ });
/* unused harmony export REPORT_SCHEMA */
const REPORT_SCHEMA = 'pipeline-gates/report';
/** The machine-readable verdict: the `report` output points at this, and `--json` prints it. */
function buildJsonReport(outcome, configId, run = {}) {
    return {
        schema: REPORT_SCHEMA,
        version: 1,
        configId,
        conclusion: outcome.verdict.conclusion,
        passed: outcome.verdict.passed,
        gates: outcome.verdict.gates,
        tests: outcome.tests.counts,
        failures: outcome.tests.failures.map(brief),
        failuresOmitted: outcome.tests.failuresOmitted,
        flaky: outcome.tests.flaky.map(brief),
        problems: outcome.problems,
        inputs: { files: outcome.files, unmatchedPatterns: outcome.unmatchedPatterns },
        history: { source: outcome.historySource ?? null, runs: outcome.previous?.runs.length ?? 0 },
        warnings: outcome.warnings,
        run
    };
}
/** A test as the JSON report lists it: where and why, without the full stack trace. */
function brief({ suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts }) {
    return { suite, name, classname, status, file, line, message, durationSeconds, reportFile, attempts: attempts?.length };
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ renderMarkdown),
/* harmony export */   b: () => (/* binding */ renderMarkdownBytes)
/* harmony export */ });
/* harmony import */ var _plan_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6130);
/* harmony import */ var _ingest_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2061);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);



const STATUS_ICON = { passed: '✅', failed: '❌', warning: '⚠️', skipped: '⏭️' };
/** Failure bodies shown per test; the check run and the JSON report carry more. */
const DETAILS_PER_FAILURE = 3000;
/**
 * Renders the verdict as markdown within `budget` characters. When the full text does not fit it
 * degrades in steps: shorter failure bodies, then names only, then fewer failures, and says so.
 */
function renderMarkdown(outcome, ctx, budget) {
    const failures = outcome.tests.failures;
    const steps = [
        { shown: failures.length, detail: DETAILS_PER_FAILURE },
        { shown: failures.length, detail: 500 },
        { shown: failures.length, detail: 0 }
    ];
    for (let shown = Math.min(failures.length, 200); shown > 0; shown = Math.floor(shown / 2))
        steps.push({ shown, detail: 0 });
    steps.push({ shown: 0, detail: 0 });
    for (const step of steps) {
        const text = compose(outcome, ctx, failures, step.shown, step.detail);
        if (text.length <= budget)
            return text;
    }
    return (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddle */ .e9)(compose(outcome, ctx, failures, 0, 0), budget);
}
function compose(outcome, ctx, failures, shown, detail) {
    const parts = [heading(outcome, ctx), gatesTable(outcome.verdict.gates)];
    if (failures.length || outcome.tests.failuresOmitted)
        parts.push(failureSection(failures, ctx, shown, detail, outcome.tests.failuresOmitted));
    if (outcome.tests.flaky.length)
        parts.push(flakySection(outcome.tests.flaky, ctx));
    if (outcome.shards)
        parts.push(shardSection(outcome.shards));
    const notes = [...outcome.problems.map((p) => `Unreadable report ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(p.file)}${p.line ? ` line ${p.line}` : ''}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(p.message)}`), ...outcome.warnings.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)];
    if (notes.length)
        parts.push(`### Notes\n${notes.map((n) => `- ${n}`).join('\n')}`);
    parts.push(footer(outcome, ctx));
    return `${parts.join('\n\n')}\n`;
}
function heading(outcome, ctx) {
    const { verdict } = outcome;
    const { counts } = outcome.tests;
    const icon = verdict.passed ? (verdict.gates.some((g) => g.status === 'warning') ? '⚠️' : '✅') : '❌';
    const word = verdict.passed ? 'passed' : 'failed';
    const flaky = counts.flaky ? ` (${counts.flaky} flaky)` : '';
    const tests = `**${counts.total} ${counts.total === 1 ? 'test' : 'tests'}**: ${counts.passed} passed${flaky}, ${counts.failed} failed${counts.errors ? `, ${counts.errors} errored` : ''}, ${counts.skipped} skipped`;
    const files = `${outcome.files.length} report ${outcome.files.length === 1 ? 'file' : 'files'}`;
    const sha = ctx.sha ? ` · commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(ctx.sha.slice(0, 7))}` : '';
    return `## ${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(ctx.title)}: ${word}\n\n${tests} · ${files}${sha}`;
}
function gatesTable(gates) {
    const rows = gates.map((g) => [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(g.gate),
        `${STATUS_ICON[g.status]} ${g.status}${g.action === 'warn' && g.status !== 'passed' ? ' (warn only)' : ''}`,
        g.actual === null ? '—' : `${g.actual} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(g.metric)}`,
        `${g.comparator} ${g.threshold}`,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(g.message, 300)
    ]);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Gate', 'Status', 'Actual', 'Threshold', 'Details'], rows);
}
function failureSection(failures, ctx, shown, detail, omitted) {
    const items = failures.slice(0, shown).map((c) => failureItem(c, ctx, detail));
    const total = failures.length + omitted;
    const more = total - items.length;
    const tail = more > 0 ? `\n\n…and ${more} more failed ${more === 1 ? 'test' : 'tests'} not shown here (see the check run annotations and the JSON report).` : '';
    return `### Failed tests (${total})${items.length ? `\n\n${items.join('\n')}` : ''}${tail}`;
}
/** Flaky tests passed in the end; listed by name so they get fixed before they start failing. */
function flakySection(flaky, ctx) {
    const shown = flaky.slice(0, 20).map((c) => {
        const where = location(c, ctx);
        const tries = c.attempts?.length ? ` after ${c.attempts.length} attempts` : '';
        return `- ⚠️ ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)([c.suite, c.name].filter(Boolean).join(' › '))}${where ? ` — ${where}` : ''}: passed${tries}`;
    });
    const more = flaky.length > shown.length ? `\n\n…and ${flaky.length - shown.length} more.` : '';
    return `### Flaky tests (${flaky.length})\n\n${shown.join('\n')}${more}`;
}
/** What the plan expected per shard beside what the reports say each took. */
function shardSection(balance) {
    const rows = balance.shards.map((s) => [String(s.index), `${s.reported}/${s.tests}`, (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(s.estimatedSeconds), (0,_plan_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .seconds */ .Y)(s.realisedSeconds)]);
    const efficiency = `Realised efficiency ${(100 * balance.efficiency).toFixed(1)}% (sum ÷ shards × slowest; test time only, job start-up not included).`;
    return `### Shard balance\n\n${efficiency}\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Shard', 'Tests reported', 'Estimated', 'Realised'], rows)}`;
}
function failureItem(c, ctx, detail) {
    const name = [c.suite, c.name].filter(Boolean).join(' › ');
    const where = location(c, ctx);
    const icon = c.status === 'error' ? '💥' : '❌';
    if (detail === 0)
        return `- ${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(name)}${where ? ` — ${where}` : ''}${c.message ? `: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(c.message, 150)}` : ''}`;
    const body = (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddle */ .e9)(c.details ?? c.message ?? '', detail);
    return `<details><summary>${icon} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(name)}</summary>\n\n${where ? `${where}\n\n` : ''}${body ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(body) : '(no message)'}\n\n</details>`;
}
function location(c, ctx) {
    if (!c.file)
        return '';
    const label = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(c.line ? `${c.file}:${c.line}` : c.file);
    const segments = c.file.replace(/\\/g, '/').split('/');
    const relative = !c.file.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(c.file) && !segments.includes('..');
    if (!ctx.repoUrl || !ctx.sha || !relative)
        return label;
    // encodeURIComponent leaves ( and ) alone, and an unbalanced one would end the markdown link.
    const path = segments.map((s) => encodeURIComponent(s).replace(/[()]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
    return `[${label}](${ctx.repoUrl}/blob/${ctx.sha}/${path}${c.line ? `#L${c.line}` : ''})`;
}
function footer(outcome, ctx) {
    const runs = outcome.previous?.runs.length ?? 0;
    const history = outcome.historySource
        ? `history: ${runs} earlier ${runs === 1 ? 'run' : 'runs'} from ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(outcome.historySource)}`
        : `history: ${ctx.historyStore ? `none yet in ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)(ctx.historyStore)}` : 'off'}`;
    const bits = [history, ...(ctx.notes ?? []).map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inline */ .mG)];
    if (ctx.runUrl)
        bits.push(`[workflow run](${ctx.runUrl})`);
    return `<sub>${bits.join(' · ')}</sub>`;
}
/** Like renderMarkdown, but the limit is in UTF-8 bytes (the job summary's 1 MiB is bytes). */
function renderMarkdownBytes(outcome, ctx, maxBytes) {
    for (let budget = maxBytes; budget >= 256; budget = Math.floor(budget * 0.8)) {
        const md = renderMarkdown(outcome, ctx, budget);
        if ((0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(md) <= maxBytes)
            return md;
    }
    return (0,_ingest_text_js__WEBPACK_IMPORTED_MODULE_1__/* .clipMiddleBytes */ .rr)(renderMarkdown(outcome, ctx, maxBytes), maxBytes);
}


/***/ })

};
