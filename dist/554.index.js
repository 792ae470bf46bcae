export const id = 554;
export const ids = [554];
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

/***/ 554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateStep: () => (/* binding */ gateStep),
  summaryLine: () => (/* binding */ summaryLine)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/settings.ts
var config_settings = __webpack_require__(40460);
// EXTERNAL MODULE: ../../work/main/node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(30518);
// EXTERNAL MODULE: ../../work/main/node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(5935);
// EXTERNAL MODULE: ../../work/main/node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(34112);
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

;// CONCATENATED MODULE: ./src/github/reviews.ts
/**
 * Logins whose latest deciding review is APPROVED. A later CHANGES_REQUESTED or DISMISSED review
 * replaces an approval; COMMENTED and PENDING reviews decide nothing. Reviews come oldest first.
 */
function currentApprovers(reviews) {
    const latest = new Map();
    for (const r of reviews) {
        const login = r.user?.login;
        if (!login || !r.state || r.state === 'COMMENTED' || r.state === 'PENDING')
            continue;
        latest.set(login, r.state);
    }
    return [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login);
}
async function listApprovers(client, where) {
    const reviews = await client.paginate(client.rest.pulls.listReviews, { owner: where.owner, repo: where.repo, pull_number: where.pullNumber, per_page: 100 });
    return currentApprovers(reviews);
}

// EXTERNAL MODULE: ./src/model/verdict.ts
var verdict = __webpack_require__(4553);
// EXTERNAL MODULE: ./src/shell/command.ts
var command = __webpack_require__(15746);
// EXTERNAL MODULE: ./src/shell/git-change.ts + 1 modules
var git_change = __webpack_require__(33993);
// EXTERNAL MODULE: ./src/engine/record.ts
var record = __webpack_require__(18272);
// EXTERNAL MODULE: ./src/engine/gate-job.ts + 9 modules
var gate_job = __webpack_require__(31088);
// EXTERNAL MODULE: ./src/history/plan-store.ts
var plan_store = __webpack_require__(85234);
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
var problems = __webpack_require__(80406);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(83774);
// EXTERNAL MODULE: ./src/report/summary.ts + 2 modules
var summary = __webpack_require__(99847);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 2 modules
var config_file = __webpack_require__(24643);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(70199);
// EXTERNAL MODULE: ./src/shell/repo.ts
var repo = __webpack_require__(13559);
// EXTERNAL MODULE: ./src/action/context.ts + 3 modules
var context = __webpack_require__(85513);
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
    const found = await ourComments(client, req, marker);
    const before = found.map((c) => c.id);
    const mode = req.mode ?? 'always';
    if (mode === 'failures' && !req.failing && !found[0])
        return { action: 'skipped', reason: 'the run passed and there is no earlier comment to update (comment-mode failures)' };
    if (mode === 'changes' && found[0] && sameContent(found[0].body, body))
        return { action: 'skipped', reason: 'the results are the same as in the existing comment (comment-mode changes)' };
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
    const after = action === 'created' ? (await ourComments(client, req, marker)).map((c) => c.id) : before;
    const keep = after[0] ?? id;
    const extra = after.filter((c) => c !== keep);
    for (const dup of extra)
        await client.rest.issues.deleteComment({ ...where, comment_id: dup });
    if (keep !== id)
        await client.rest.issues.updateComment({ ...where, comment_id: keep, body });
    return { action, id: keep, removedDuplicates: extra.length };
}
/** Bodies equal but for the footer, whose run link changes on every run. */
function sameContent(a, b) {
    const strip = (t) => t.replace(/^<sub>.*<\/sub>$/gm, '').trim();
    return strip(a) === strip(b);
}
/** Our comments on the PR, oldest first, across every page. */
async function ourComments(client, req, marker) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: req.owner,
        repo: req.repo,
        issue_number: req.issueNumber,
        per_page: 100
    });
    return comments
        .filter((c) => c.body?.includes(marker))
        .map((c) => ({ id: c.id, body: c.body ?? '' }))
        .sort((a, b) => a.id - b.id);
}

// EXTERNAL MODULE: ./src/ingest/text.ts
var ingest_text = __webpack_require__(50396);
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
    for (const g of outcome.verdict.gates)
        out.push(...gateAnnotations(g, toPath));
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
        title: clipTitle(title),
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
        title: clipTitle(title),
        message: clip(`Passed after ${c.attempts?.length ?? 2} attempts. The failed attempt said:\n${failed?.details ?? failed?.message ?? '(no message)'}`)
    };
}
/** Gate items that point at a place (a finding, uncovered changed lines) as annotations there. */
function gateAnnotations(g, toPath) {
    if ((g.status !== 'failed' && g.status !== 'warning') || g.gate === 'tests' || g.gate === 'tests.flaky')
        return [];
    return (g.items ?? []).flatMap((item) => {
        if (!item.location)
            return [];
        const start = item.location.line ?? 1;
        const title = `${g.gate}: ${g.status === 'failed' ? 'failed' : 'warning'}`;
        return [{
                path: toPath(item.location.file),
                start_line: start,
                end_line: Math.max(start, item.location.endLine ?? start),
                annotation_level: g.status === 'failed' ? 'failure' : 'warning',
                title: clipTitle(title),
                message: clip(item.text)
            }];
    });
}
function clipTitle(title) {
    return title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title;
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
            body: (0,summary/* renderMarkdown */.G)(outcome, req.report, budget),
            mode: settings.commentMode === 'off' ? 'always' : settings.commentMode,
            failing: !outcome.verdict.passed
        });
        if (result.action === 'skipped') {
            runner.info(`PR #${pr.number} comment not posted: ${result.reason}.`);
            return;
        }
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
    const settings = (0,config_settings/* resolveSettings */.Mo)(await (0,config_file/* loadConfigFile */.HT)(inputs.configPath), inputs.overrides);
    const run = (0,context/* currentRun */.x)();
    const store = inputs.history === 'cache' ? (0,context/* cacheStore */.w)(settings.configId, run) : undefined;
    const root = process.cwd();
    const pr = run.pullRequest;
    const change = pr?.baseSha ? await (0,git_change/* changeAgainst */.oh)(root, pr.baseSha) : undefined;
    const facts = pr ? { labels: pr.labels, body: pr.body, approvedBy: await approvers(settings, inputs.token, run, io) } : undefined;
    const measured = settings.measure ? await measureStep(settings.measure, io) : undefined;
    const read = await (0,gate_job/* runGateJob */.C)(settings, {
        files: (0,report_files/* reportFiles */.I)(root),
        repo: await (0,repo/* loadRepoPaths */.$)(root),
        ...(store ? { history: store } : {}),
        ...(change ? { change } : {}),
        ...(facts ? { pr: facts } : {}),
        ...(measured ? { measured } : {}),
        current: { sha: run.sha, runId: run.runId },
        // After a merge (and on schedules) the default-branch history is searched for level shifts.
        changePoints: !!run.historyWriteBranch || run.eventName === 'schedule'
    });
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
    io.output('summary', summaryLine(outcome));
    io.output('failed-gates', JSON.stringify(outcome.verdict.gates.filter(verdict/* isBlocking */.Us).map((g) => g.gate)));
    io.output('regressions', JSON.stringify(regressionsOf(outcome)));
    for (const w of outcome.warnings)
        io.warning(w);
    await publishToGitHub({ token: inputs.token, settings, outcome, run, report }, io);
    if (store)
        await saveHistory(store, outcome, settings, run, io, plan);
    concludeStep(outcome, io);
}
/** Approving reviewers, fetched only when a gate can need them; a failure leaves the gate unapproved. */
async function approvers(settings, token, run, io) {
    if (!run.pullRequest || !token || !(0,config_settings/* needsApproval */.vb)(settings))
        return [];
    try {
        const client = createClient(token, { onLimit: io.warning });
        return await listApprovers(client, { owner: run.owner, repo: run.repo, pullNumber: run.pullRequest.number });
    }
    catch (err) {
        io.warning(`Could not read the pull request's reviews (${err.message.split('\n', 1)[0]}): require-approval gates count it as not approved.`);
        return [];
    }
}
/** The configured command, timed here (ABBA against base-dir when given), as benchmarks. */
async function measureStep(m, io) {
    const out = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_path_default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', 'measure');
    // Loaded only when a measure command is configured: it is not on the usual gate path.
    const { describeMeasured, measure } = await __webpack_require__.e(/* import() */ 527).then(__webpack_require__.bind(__webpack_require__, 24527));
    const measured = await measure({ argv: (0,command/* splitCommand */.G)(m.command), runs: m.runs, warmup: m.warmup, name: m.name, out, ...(m['base-dir'] ? { baseDir: m['base-dir'] } : {}) }, { err: (t) => io.warning(t.replace(/^warning: /, '').trimEnd()) });
    io.info(describeMeasured(measured).trimEnd());
    return { head: measured.head, base: measured.base ?? [] };
}
/** The outputs' one-line summary: what a notification or a later step can show. */
function summaryLine(outcome) {
    const c = outcome.tests.counts;
    const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
    const failed = outcome.verdict.gates.filter(verdict/* isBlocking */.Us).map((g) => g.gate);
    const warned = outcome.verdict.gates.filter((g) => g.status === 'warning').map((g) => g.gate);
    return [tests, failed.length ? `failed: ${failed.join(', ')}` : 'passed', ...(warned.length ? [`warnings: ${warned.join(', ')}`] : [])].join('; ');
}
function regressionsOf(outcome) {
    return (outcome.performance?.comparisons ?? []).filter((c) => c.verdict === 'regression').map((c) => ({ name: c.name, ratio: c.ratio, ci: c.ci, qValue: c.qValue }));
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
    const blocking = outcome.verdict.gates.filter(verdict/* isBlocking */.Us);
    if (outcome.problems.length)
        io.fail(`Unreadable reports: ${outcome.problems.map(problems/* formatProblem */.V).join('; ')}`);
    else if (blocking.length)
        io.fail(blocking.map((g) => `Gate "${g.gate}" failed: ${g.message}`).join('\n'));
}


/***/ }),

/***/ 85234:
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
/* harmony import */ var _planner_document_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47948);
/* harmony import */ var _local_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98762);





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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(823), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 23823));
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
        const cache = await Promise.all(/* import() */[__webpack_require__.e(823), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 23823));
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

/***/ 15746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand),
/* harmony export */   p: () => (/* binding */ commandOutput)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24643);



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


/***/ })

};
