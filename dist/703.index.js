export const id = 703;
export const ids = [703];
export const modules = {

/***/ 67568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ publishToGitHub)
});

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

// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/ingest/stream/text.ts
var stream_text = __webpack_require__(8954);
// EXTERNAL MODULE: ./src/model/excerpt.ts
var excerpt = __webpack_require__(24664);
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
        out.push({ path: toPath(p.file), start_line: line, end_line: line, annotation_level: 'failure', title: 'Unreadable test report', message: clip((0,excerpt/* hideExcerpts */.NH)(p.message)) });
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
    return (0,stream_text/* clipMiddleBytes */.rr)(text, MESSAGE_MAX);
}
const LEVEL_ORDER = { failure: 0, warning: 1, notice: 2 };
/**
 * Failures first, then warnings, then notices (each in report order), at most `max` of them: the
 * cap keeps a run with thousands of findings from spending the rate limit, and the most important
 * ones are never the ones dropped.
 */
function selectAnnotations(all, max) {
    const ordered = byImportance(all);
    const kept = ordered.slice(0, Math.max(0, max));
    const omitted = { failure: 0, warning: 0, notice: 0 };
    for (const a of ordered.slice(kept.length))
        omitted[a.annotation_level]++;
    return { kept, omitted };
}
/** Failures, then warnings, then notices; report order within a level (the sort is stable). */
function byImportance(all) {
    return [...all].sort((x, y) => LEVEL_ORDER[x.annotation_level] - LEVEL_ORDER[y.annotation_level]);
}
/** Workflow-command annotations show at most this many per level and step. */
const WORKFLOW_COMMAND_LIMIT = 10;
/** The most important annotations per level that a step can show without the Checks API. */
function workflowCommandAnnotations(all) {
    const ordered = byImportance(all);
    return ['failure', 'warning', 'notice'].flatMap((level) => ordered.filter((a) => a.annotation_level === level).slice(0, WORKFLOW_COMMAND_LIMIT));
}
/** "12 failures, 3 warnings" for what a cap left out; '' when nothing was. */
function describeOmitted(o) {
    const parts = [['failure', 'failures'], ['warning', 'warnings'], ['notice', 'notices']].filter(([k]) => o[k] > 0).map(([k, word]) => `${o[k]} ${o[k] === 1 ? k : word}`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/report/summary.ts + 4 modules
var report_summary = __webpack_require__(64365);
// EXTERNAL MODULE: ./src/shell/report-files.ts
var report_files = __webpack_require__(73920);
;// CONCATENATED MODULE: ./src/action/publish.ts






/**
 * Posts the check run and the sticky comment where the event allows them. Reporting is best
 * effort: any API failure (missing permission, rate limit, outage, timeout) becomes a warning,
 * because the verdict, outputs and summary are already written and the exit code follows the
 * gates alone, unless the config asks for fail-on-report-error.
 */
async function publishToGitHub(req, runner) {
    const { run, settings, outcome } = req;
    const errors = [];
    const annotations = buildAnnotations(outcome, (f) => (0,report_files/* toWorkspacePath */.C)(process.cwd(), f));
    const checkSha = run.policy.checkSha;
    const prNumber = req.prNumber ?? run.pullRequest?.number;
    const comment = run.policy.comment && prNumber !== undefined && settings.commentMode !== 'off';
    if (!req.token || (!checkSha && !comment)) {
        if (!req.token)
            runner.notice('No github-token: the check run and PR comment were skipped (the job summary has the report).');
        annotateInLog(annotations, runner, 'no check run was created');
        return { errors };
    }
    const client = (0,octokit/* createClient */.UU)(req.token, { onLimit: runner.warning });
    const { owner, repo } = run;
    if (checkSha) {
        const selection = selectAnnotations(annotations, settings.maxAnnotations);
        const omitted = describeOmitted(selection.omitted);
        const failure = await attempt(runner, errors, 'create the check run', 'checks: write', async () => {
            const summary = (0,report_summary/* renderMarkdown */.G)(outcome, req.report, 65535 - 400);
            const result = await publishCheckRun(client, {
                owner,
                repo,
                name: settings.checkName,
                headSha: checkSha,
                conclusion: outcome.verdict.conclusion,
                title: checkTitle(outcome),
                summary: omitted ? `${summary}\n**Annotations:** ${selection.kept.length} of ${annotations.length} shown; left out by \`max-annotations: ${settings.maxAnnotations}\`: ${omitted}.\n` : summary,
                annotations: selection.kept,
                detailsUrl: run.runUrl
            });
            runner.info(`Check run "${settings.checkName}" on ${checkSha.slice(0, 7)}: ${result.url ?? result.id} (${result.requests} requests${omitted ? `; ${omitted} left out by max-annotations` : ''}).`);
        });
        if (failure)
            annotateInLog(annotations, runner, 'the check run could not be created');
    }
    if (!comment || prNumber === undefined)
        return { errors };
    await attempt(runner, errors, 'update the PR comment', 'pull-requests: write', async () => {
        const budget = COMMENT_LIMIT - commentMarker(settings.configId).length - 1;
        const result = await upsertStickyComment(client, {
            owner,
            repo,
            issueNumber: prNumber,
            configId: settings.configId,
            body: (0,report_summary/* renderMarkdown */.G)(outcome, req.report, budget),
            mode: settings.commentMode === 'off' ? 'always' : settings.commentMode,
            failing: !outcome.verdict.passed
        });
        if (result.action === 'skipped') {
            runner.info(`PR #${prNumber} comment not posted: ${result.reason}.`);
            return;
        }
        const removed = result.removedDuplicates ? `, removed ${result.removedDuplicates} duplicate(s)` : '';
        runner.info(`PR #${prNumber} comment ${result.action} (id ${result.id}${removed}).`);
    });
    return { errors };
}
/**
 * Without a check run, the step's own log annotations are all that is left; the runner shows 10
 * per level and step, so the most important ones go first, and the log says what was left out.
 */
function annotateInLog(all, runner, why) {
    if (!all.length)
        return;
    const shown = workflowCommandAnnotations(all);
    for (const a of shown)
        runner.annotate(a);
    const rest = all.length - shown.length;
    runner.info(`Annotated ${shown.length} of ${all.length} items in the job log because ${why}${rest ? ` (GitHub shows 10 per level; the other ${rest} are in the job summary and report)` : ''}.`);
}
function checkTitle(outcome) {
    const failed = outcome.verdict.gates.filter((g) => g.status === 'failed').map((g) => g.gate);
    const c = outcome.tests.counts;
    const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
    return failed.length ? `Failed: ${failed.join(', ')} — ${tests}` : `Passed — ${tests}`;
}
/** Runs one delivery; a failure becomes a warning (and an entry in `errors`). Returns the failure, if any. */
async function attempt(runner, errors, what, permission, fn) {
    try {
        await (0,octokit/* withDeadline */.NE)(fn(), (0,octokit/* deliveryTimeoutMs */.mq)(process.env.PIPELINE_GATES_DELIVERY_TIMEOUT_MS), what);
        return undefined;
    }
    catch (err) {
        const status = err.status;
        const hint = status === 403 || status === 404 ? ` Does the workflow grant \`${permission}\`?` : '';
        const message = `Could not ${what}${status ? ` (HTTP ${status})` : ''}: ${firstLine(err)}.${hint}`;
        runner.warning(`${message} The verdict and job summary are unaffected.`);
        errors.push(message);
        return { ...(status ? { status } : {}) };
    }
}
function firstLine(err) {
    const text = err instanceof Error ? err.message : String(err);
    return text.split('\n', 1)[0] ?? text;
}


/***/ }),

/***/ 82674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ reportDir),
/* harmony export */   Ux: () => (/* binding */ finishReport),
/* harmony export */   Xv: () => (/* binding */ failOnReportErrors),
/* harmony export */   gW: () => (/* binding */ reportContext),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony export summaryLine */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47088);
/* harmony import */ var _report_json_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4225);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64365);
/* harmony import */ var _shell_work_dir_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25483);






/**
 * What a gate outcome leaves on the runner, for the gate step and the publish step alike: the
 * report files, the job summary, the step outputs, and the step's failure when delivery failed.
 */
/** The job summary may hold 1 MiB per step; keep a margin for what other steps append. */
const SUMMARY_BYTES = 1000 * 1024;
/** Where this config's report files go: under RUNNER_TEMP on a runner. */
function reportDir(configId) {
    return (0,_shell_work_dir_js__WEBPACK_IMPORTED_MODULE_3__/* .workDir */ .H)(configId);
}
/** report.json and report.md (the summary as rendered); returns report.json's path. */
async function writeReport(outcome, settings, run, report) {
    const dir = reportDir(settings.configId);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'report.json');
    const json = (0,_report_json_report_js__WEBPACK_IMPORTED_MODULE_4__/* .buildJsonReport */ .X)(outcome, settings.configId, { sha: run.sha, event: run.eventName, runUrl: run.runUrl });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${JSON.stringify(json, null, 2)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'report.md'), (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownBytes */ .b)(outcome, report, SUMMARY_BYTES));
    return file;
}
/**
 * The job summary (with the artifact link, when there is one) and the outputs; returns the context
 * the check run and comment render with.
 */
async function finishReport(outcome, reportPath, report, io) {
    await io.summary((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMarkdownBytes */ .b)(outcome, report, SUMMARY_BYTES));
    io.output('passed', String(outcome.verdict.passed));
    io.output('conclusion', outcome.verdict.conclusion);
    io.output('report', reportPath);
    io.output('summary', summaryLine(outcome));
    io.output('failed-gates', JSON.stringify(outcome.verdict.gates.filter(_model_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isBlocking */ .Us).map((g) => g.gate)));
    io.output('regressions', JSON.stringify(regressionsOf(outcome)));
    for (const w of outcome.warnings)
        io.warning(w);
    return report;
}
/** The outputs' one-line summary: what a notification or a later step can show. */
function summaryLine(outcome) {
    const c = outcome.tests.counts;
    const tests = `${c.total} tests, ${c.failed + c.errors} failed`;
    const failed = outcome.verdict.gates.filter(_model_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .isBlocking */ .Us).map((g) => g.gate);
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
/** With fail-on-report-error, anything not delivered fails the step too. */
function failOnReportErrors(errors, io) {
    if (errors.length)
        io.fail(errors.map((e) => `${e} (fail-on-report-error is on)`).join('\n'));
}


/***/ }),

/***/ 76719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ runPublishJob),
/* harmony export */   U6: () => (/* binding */ publishContextDocument),
/* harmony export */   _E: () => (/* binding */ PUBLISH_INPUTS),
/* harmony export */   m5: () => (/* binding */ reportArtifactName),
/* harmony export */   qM: () => (/* binding */ PUBLISH_CONTEXT)
/* harmony export */ });
/* unused harmony export readPublishContext */
/* harmony import */ var _model_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99437);
/* harmony import */ var _gate_job_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4284);


/**
 * The publish command (`command: publish`), the `workflow_run` follow-up for fork pull requests.
 * The fork's gate job could not post its results (read-only token), so it uploaded its input
 * reports with a small publish.json in the report artifact. Here they are judged again, by our own
 * parsers and with the base repository's config: the fork's artifact is data, never markdown or
 * code we pass on. The action downloads the artifact and posts what this returns.
 */
/** The artifact the gate job uploads and the publish job downloads. */
function reportArtifactName(configId) {
    return `pipeline-gates-report-${configId}`;
}
/** Inside the artifact: the input reports (same relative paths) and what the fork's run claims. */
const PUBLISH_INPUTS = 'inputs';
const PUBLISH_CONTEXT = 'publish.json';
/** The publish.json a fork PR's gate job puts beside its input reports. */
function publishContextDocument(run) {
    return { schema: 'pipeline-gates/publish', version: 1, prNumber: run.prNumber, headSha: run.headSha, baseSha: run.baseSha ?? null, runId: run.runId };
}
/** publish.json as read (undefined when missing or not JSON), checked. */
function readPublishContext(json) {
    if (json === undefined)
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`The report artifact has no readable ${PUBLISH_CONTEXT}: it was not uploaded by a fork pull request's gate step.`);
    const c = json;
    if (typeof c.prNumber !== 'number' || !Number.isInteger(c.prNumber) || c.prNumber < 1 || typeof c.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(c.headSha)) {
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${PUBLISH_CONTEXT} in the report artifact does not name a pull request and commit.`);
    }
    return { prNumber: c.prNumber, headSha: c.headSha };
}
async function runPublishJob(settings, triggering, io) {
    const claimed = readPublishContext(io.context);
    if (claimed.headSha !== triggering.headSha) {
        throw new _model_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`The report artifact of run ${triggering.id} is for commit ${claimed.headSha.slice(0, 12)}, but that run tested ${triggering.headSha.slice(0, 12)}: nothing was published.`);
    }
    // The PR number came from the fork's run: believe it only if that PR's head is the tested commit.
    const pr = await io.pullRequest(claimed.prNumber);
    if (pr.headSha !== triggering.headSha) {
        return { publish: false, reason: `PR #${claimed.prNumber} has moved on to ${pr.headSha.slice(0, 7)} since run ${triggering.id} tested ${triggering.headSha.slice(0, 7)}: nothing was published (the newer run will publish its own results).` };
    }
    const outcome = await (0,_gate_job_js__WEBPACK_IMPORTED_MODULE_1__/* .runGateJob */ .C)(settings, {
        files: io.files,
        repo: io.repo,
        ...(io.history ? { history: io.history } : {}),
        pr: { labels: [...pr.labels], body: pr.body, approvedBy: [] },
        current: { sha: triggering.headSha, runId: String(triggering.id) },
        change: { note: 'Patch coverage and the docs rule need the PR checkout; the publish step for forks has only its reports.' }
    });
    return { publish: true, outcome, prNumber: claimed.prNumber, headSha: triggering.headSha };
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   mq: () => (/* binding */ deliveryTimeoutMs)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86856);



/**
 * Octokit with retries for transient faults and the throttling plugin, which refuses to start
 * unless both rate-limit handlers exist. We retry a limited number of times and then let the
 * caller turn the failure into a warning: reporting must never hang a CI job.
 */
function createClient(token, options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // Two retries (after 1 s and 4 s): enough for a blip, short enough that an outage costs seconds.
        retry: { retries: 2, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
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
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
}
/**
 * How long one delivery (the check run with its annotation batches, or the comment) may take:
 * 120 s by default, PIPELINE_GATES_DELIVERY_TIMEOUT_MS (a positive whole number) changes it.
 * Octokit has no per-request deadline that survives @actions/github's proxy fetch, so the
 * deadline is put on the delivery, and a hung request is abandoned with it.
 */
function deliveryTimeoutMs(raw) {
    const n = Number(raw);
    return raw && Number.isInteger(n) && n > 0 ? n : 120_000;
}
/** `work`, or a rejection after `ms`: a hung connection becomes an error the caller reports. */
async function withDeadline(work, ms, what) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from GitHub within ${ms / 1000} s (${what})`)), ms);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
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
