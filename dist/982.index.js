export const id = 982;
export const ids = [982];
export const modules = {

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
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
        await (0,local_store/* writeHistoryFile */.U4)(external_node_path_default().join(this.dir, HISTORY_FILE), history);
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

// EXTERNAL MODULE: ./src/model/problems.ts
var problems = __webpack_require__(9437);
// EXTERNAL MODULE: ./src/report/json-report.ts
var json_report = __webpack_require__(4225);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var summary = __webpack_require__(6518);
// EXTERNAL MODULE: ./src/shell/config-file.ts + 1 modules
var config_file = __webpack_require__(5935);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(3920);
// EXTERNAL MODULE: ./src/shell/repo.ts + 1 modules
var repo = __webpack_require__(398);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/action/inputs.ts


/** Every input the action reads, by its action.yml name. Read here and nowhere else. */
const INPUT = {
    command: 'command',
    token: 'github-token',
    config: 'config',
    junit: 'junit',
    minTests: 'min-tests',
    maxFailures: 'max-failures',
    checkName: 'check-name',
    commentMode: 'comment-mode',
    history: 'history'
};
const COMMANDS = ['gate', 'plan', 'shard', 'canary'];
const HISTORY_MODES = ['cache', 'off'];
function readInputs(read) {
    const junit = read(INPUT.junit)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const minTests = optionalInt(read, INPUT.minTests);
    const maxFailures = optionalInt(read, INPUT.maxFailures);
    const checkName = read(INPUT.checkName);
    const commentMode = optionalChoice(read, INPUT.commentMode, schema/* COMMENT_MODES */.p8);
    const configPath = read(INPUT.config);
    return Object.freeze({
        command: optionalChoice(read, INPUT.command, COMMANDS) ?? 'gate',
        token: read(INPUT.token),
        ...(configPath ? { configPath } : {}),
        history: optionalChoice(read, INPUT.history, HISTORY_MODES) ?? 'cache',
        overrides: Object.freeze({
            ...(junit.length ? { junit } : {}),
            ...(minTests !== undefined ? { minTests } : {}),
            ...(maxFailures !== undefined ? { maxFailures } : {}),
            ...(checkName ? { checkName } : {}),
            ...(commentMode ? { commentMode } : {})
        })
    });
}
function optionalInt(read, name) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    if (!/^\d+$/.test(raw))
        throw new config_file/* UsageError */.eb(`Input "${name}" must be a whole number ≥ 0, got "${raw}".`);
    return Number.parseInt(raw, 10);
}
function optionalChoice(read, name, allowed) {
    const raw = read(name);
    if (raw === '')
        return undefined;
    const value = raw.toLowerCase();
    if (!allowed.includes(value)) {
        throw new config_file/* UsageError */.eb(`Input "${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}".`);
    }
    return value;
}

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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
;// CONCATENATED MODULE: ./src/action/runner.ts

/**
 * Everything the action says to the runner goes through here: outputs, the job summary and log
 * lines. Annotated log lines carry file and line so a bad config points at its line in the UI.
 */
const runner = {
    input: (name) => core/* getInput */.V4(name),
    output: (name, value) => core/* setOutput */.uH(name, value),
    info: (message) => core/* info */.pq(message),
    notice: (message) => core/* notice */.lm(message),
    warning: (message) => core/* warning */.$e(message),
    problem: (p) => core/* error */.z3(p.message, { file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) }),
    fail: (message) => core/* setFailed */.C1(message),
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return false;
        await core/* summary */.z.addRaw(markdown, true).write({ overwrite: false });
        core/* summary */.z.emptyBuffer();
        return true;
    }
};

;// CONCATENATED MODULE: ./src/action/run.ts

















/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;
/** The Action: inputs → engine → report → GitHub → history. Anything thrown fails the step. */
async function runAction(io = runner) {
    try {
        const inputs = readInputs(io.input);
        if (inputs.command !== 'gate') {
            throw new config_file/* UsageError */.eb(`The "${inputs.command}" command is not available in this version yet; use command: gate.`);
        }
        const settings = (0,config_settings/* resolveSettings */.M)(await (0,config_file/* loadConfigFile */.HT)(inputs.configPath), inputs.overrides);
        const run = describeRun(process.env, readEventPayload(process.env.GITHUB_EVENT_PATH));
        const store = inputs.history === 'cache' ? cacheStore(settings, run) : undefined;
        const root = process.cwd();
        const outcome = await (0,gate_job/* runGateJob */.C)(settings, { files: (0,report_files/* reportFiles */.I)(root), repo: await (0,repo/* loadRepoPaths */.$)(root), ...(store ? { history: store } : {}) });
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
            await saveHistory(store, outcome, settings, run, io);
        concludeStep(outcome, io);
    }
    catch (err) {
        failStep(err, io);
    }
}
function cacheStore(settings, run) {
    return new CacheHistoryStore({
        configId: settings.configId,
        readBranches: run.historyReadBranches,
        ...(run.historyWriteBranch ? { writeBranch: run.historyWriteBranch } : {}),
        runId: run.runId,
        attempt: run.attempt
    });
}
function reportContext(settings, run, historyStore) {
    const repoUrl = `${run.serverUrl}/${run.owner}/${run.repo}`;
    return { title: settings.checkName, sha: run.sha, repoUrl, runUrl: run.runUrl, ...(historyStore ? { historyStore } : {}) };
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
async function writeReport(outcome, settings, run, markdown) {
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_path_default().join(process.cwd(), '.pipeline-gates'), 'pipeline-gates', settings.configId);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'report.json');
    const json = (0,json_report/* buildJsonReport */.X)(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
    await (0,promises_.writeFile)(file, `${JSON.stringify(json, null, 2)}\n`);
    await (0,promises_.writeFile)(external_node_path_default().join(dir, 'report.md'), markdown);
    return file;
}
async function saveHistory(store, outcome, settings, run, io) {
    if (!run.historyWriteBranch) {
        io.info(`History not saved: only pushes to the default branch write it (this is a ${run.eventName || 'local'} run).`);
        return;
    }
    const update = (0,record/* historyAfterRun */.S)(outcome, settings.configId, run, new Date(), settings.maxRuns);
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
function failStep(err, io) {
    if (err instanceof config_file/* UsageError */.eb) {
        for (const p of err.problems)
            io.problem(p);
        io.fail([err.message, ...err.problems.map(problems/* formatProblem */.V)].join('\n'));
        return;
    }
    // Anything else, thrown strings included, still fails the step with something readable.
    io.fail(`Pipeline Gates stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}`);
}


/***/ })

};
